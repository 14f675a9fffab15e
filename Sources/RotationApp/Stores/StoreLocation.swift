import Foundation

/// Which store a command uses: the contract's `--db URL` rule.
///
/// `--db` wins, then `$ROTATION_DB`, then `$XDG_DATA_HOME/rotation/rotation.sqlite`
/// (`~/.local/share/rotation/rotation.sqlite` when `XDG_DATA_HOME` is unset). A plain path or
/// `sqlite:PATH` is SQLite; `postgres://…` (or `postgresql://…`) is PostgreSQL.
public enum StoreLocation: Sendable, Equatable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(url: String)

    /// Resolves the store from the `--db` argument and the environment.
    public static func resolve(argument: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> StoreLocation {
        if let argument, !argument.isEmpty { return parse(argument) }
        if let fromEnvironment = environment["ROTATION_DB"], !fromEnvironment.isEmpty { return parse(fromEnvironment) }
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            dataHome = xdg
        } else {
            dataHome = (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        }
        return .sqlite(path: dataHome + "/rotation/rotation.sqlite")
    }

    /// This process's environment without `ROTATION_DB`: resolving with it and no argument
    /// gives the default store (the one `brief` may create to hold its sample).
    public static var environmentWithoutDB: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "ROTATION_DB")
        return environment
    }

    /// Interprets one `--db` value.
    public static func parse(_ text: String) -> StoreLocation {
        if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") { return .postgres(url: text) }
        if text.hasPrefix("sqlite://") { return .sqlite(path: String(text.dropFirst("sqlite://".count))) }
        if text.hasPrefix("sqlite:") { return .sqlite(path: String(text.dropFirst("sqlite:".count))) }
        return .sqlite(path: text)
    }

    /// The location for messages, with any password removed.
    public var description: String {
        switch self {
        case .sqlite(let path): return path
        case .postgres(let url):
            guard let at = url.firstIndex(of: "@"), let scheme = url.range(of: "://") else { return url }
            let credentials = url[scheme.upperBound..<at]
            guard let colon = credentials.firstIndex(of: ":") else { return url }
            return String(url[..<colon]) + ":***" + String(url[at...])
        }
    }
}
