import Foundation
import RotationData

/// A parsed `postgres://` (or `postgresql://`) URL: where the server is, who logs in, which
/// database and schema hold the store, and how long to wait.
///
/// `postgres://[USER[:PASSWORD]@]HOST[:PORT][/DATABASE][?PARAMETER=VALUE&…]`. User, password
/// and database are percent-decoded. Defaults: user `postgres`, host `localhost`, port 5432,
/// database = the user name. Parameters (all optional):
/// - `sslmode`: `disable`, `prefer` (default: TLS when the server offers it, certificate not
///   checked, as libpq does), `require` (TLS, certificate not checked) or `verify-full`.
/// - `connect_timeout`: seconds to wait for a connection and login (default 5).
/// - `timeout`: seconds any one store operation may take (default 60).
/// - `schema`: the schema that holds the tables (created if missing; default: the server's
///   search path, normally `public`). Letters, digits and `_`, starting with a letter or `_`.
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
    /// TLS policy, named as libpq names it.
    public enum TLSMode: String, Sendable, Equatable {
        case disable, prefer, require
        case verifyFull = "verify-full"
    }

    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    public var schema: String?
    public var tls: TLSMode
    public var timeouts: PostgresTimeouts

    /// `host:port` as messages name the server (IPv6 hosts in brackets).
    public var endpoint: String {
        host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }

    /// `PostgreSQL at HOST:PORT`: the phrase every message uses. Never carries the password.
    public var description: String { "PostgreSQL at \(endpoint)" }

    /// Parses a URL. Throws `DataError(.badInput)` with a one-line reason for anything else,
    /// never echoing the password.
    public init(url text: String) throws(DataError) {
        guard text.hasPrefix("postgres://") || text.hasPrefix("postgresql://"),
              let components = URLComponents(string: text) else {
            throw DataError(.badInput, "not a PostgreSQL URL: expected postgres://USER:PASSWORD@HOST:PORT/DATABASE")
        }
        user = components.user?.removingPercentEncoding ?? "postgres"
        password = components.password?.removingPercentEncoding
        var host = components.host?.removingPercentEncoding ?? ""
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        self.host = host.isEmpty ? "localhost" : host
        port = components.port ?? 5432
        guard (1...65535).contains(port) else {
            throw DataError(.badInput, "PostgreSQL URL: port \(port) is out of range 1…65535")
        }
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.isEmpty ? user : (path.removingPercentEncoding ?? path)
        schema = nil
        tls = .prefer
        timeouts = PostgresTimeouts()
        for item in components.queryItems ?? [] {
            try apply(parameter: item.name, value: item.value ?? "")
        }
    }

    private mutating func apply(parameter: String, value: String) throws(DataError) {
        switch parameter {
        case "sslmode":
            guard let mode = TLSMode(rawValue: value) else {
                throw DataError(.badInput, "PostgreSQL URL: sslmode must be disable, prefer, require or verify-full, not \"\(value)\"")
            }
            tls = mode
        case "connect_timeout":
            timeouts.connect = try Self.seconds(value, parameter: parameter)
        case "timeout":
            timeouts.operation = try Self.seconds(value, parameter: parameter)
        case "schema":
            guard Self.isPlainIdentifier(value) else {
                throw DataError(.badInput, "PostgreSQL URL: schema must be letters, digits and _ (starting with a letter or _), not \"\(value)\"")
            }
            schema = value
        default:
            throw DataError(.badInput, "PostgreSQL URL: unknown parameter \"\(parameter)\" (known: sslmode, connect_timeout, timeout, schema)")
        }
    }

    /// A positive number of seconds.
    private static func seconds(_ text: String, parameter: String) throws(DataError) -> Duration {
        guard let seconds = Double(text), seconds > 0, seconds.isFinite else {
            throw DataError(.badInput, "PostgreSQL URL: \(parameter) must be a positive number of seconds, not \"\(text)\"")
        }
        return .milliseconds(Int64((seconds * 1000).rounded()))
    }

    /// An identifier that needs no quoting and cannot carry SQL: `[A-Za-z_][A-Za-z0-9_]*`, at
    /// most 63 bytes (PostgreSQL's limit).
    static func isPlainIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, text.utf8.count <= 63 else { return false }
        let letters = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")
        let rest = letters.union(CharacterSet(charactersIn: "0123456789"))
        return letters.contains(first) && text.unicodeScalars.allSatisfy(rest.contains)
    }
}

/// How long the PostgreSQL store waits. postgres-nio's pool would otherwise retry a refused
/// connection for about a minute; every call the store makes runs under one of these.
public struct PostgresTimeouts: Sendable, Equatable {
    /// Establishing a connection and logging in.
    public var connect: Duration = .seconds(5)
    /// One store operation (an import, a load, a listing), including waiting for a connection.
    public var operation: Duration = .seconds(60)

    public init(connect: Duration = .seconds(5), operation: Duration = .seconds(60)) {
        self.connect = connect
        self.operation = operation
    }
}

extension Duration {
    /// Whole or fractional seconds for messages: `5`, `0.5`.
    var secondsText: String {
        let seconds = Double(components.seconds) + Double(components.attoseconds) / 1e18
        return seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
