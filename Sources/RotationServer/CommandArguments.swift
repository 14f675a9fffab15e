import RotationApp
import RotationCore
import RotationData

/// A command's options as named text values — the API's query parameters
/// (`as_of=2025-01-02&window=1m&window=ytd`) — with typed readers whose errors are usage
/// failures naming the parameter.
///
/// Names are the CLI's long option names in snake_case. Values that name files pass through
/// `resolveFile`, so a front end decides where files may come from (the server confines them
/// to one folder or refuses them).
public struct CommandArguments: Sendable {
    /// Every value given for each name, in order.
    public var values: [String: [String]]
    /// Maps a file argument to the path to read, or throws a `Failure` refusing it.
    public var resolveFile: @Sendable (String) throws -> String

    public init(_ values: [String: [String]], resolveFile: @escaping @Sendable (String) throws -> String = { $0 }) {
        self.values = values
        self.resolveFile = resolveFile
    }

    /// The one value of a name, or nil; more than one is a usage error.
    public func single(_ name: String) throws -> String? {
        guard let given = values[name], !given.isEmpty else { return nil }
        guard given.count == 1 else { throw Failure(.usage, "\(name): expected one value, got \(given.count)") }
        return given[0]
    }

    /// The one value of a required name.
    public func required(_ name: String) throws -> String {
        guard let value = try single(name), !value.isEmpty else { throw Failure(.usage, "\(name) is required") }
        return value
    }

    /// Every value of a repeatable name, in order.
    public func all(_ name: String) -> [String] {
        values[name] ?? []
    }

    /// A comma-separated list (`symbols=RUT,GSPC`), repeated values concatenated, empty items dropped.
    public func list(_ name: String) -> [String] {
        all(name).flatMap { $0.split(separator: ",").map { String($0).trimmingSpaces } }.filter { !$0.isEmpty }
    }

    /// A `YYYY-MM-DD` date.
    public func day(_ name: String) throws -> TradingDay? {
        guard let text = try single(name) else { return nil }
        guard let day = TradingDay(text) else { throw Failure(.usage, "\(name): expected a date YYYY-MM-DD, got \"\(text)\"") }
        return day
    }

    /// A whole number.
    public func integer(_ name: String) throws -> Int? {
        guard let text = try single(name) else { return nil }
        guard let value = Int(text) else { throw Failure(.usage, "\(name): expected a whole number, got \"\(text)\"") }
        return value
    }

    /// A finite decimal number.
    public func number(_ name: String) throws -> Double? {
        guard let text = try single(name) else { return nil }
        guard let value = Double(text), value.isFinite else { throw Failure(.usage, "\(name): expected a number, got \"\(text)\"") }
        return value
    }

    /// A flag: absent, empty, `true` or `1` for on; `false` or `0` for off.
    public func flag(_ name: String) throws -> Bool {
        guard let text = try single(name) else { return false }
        switch text.lowercased() {
        case "", "true", "1": return true
        case "false", "0": return false
        default: throw Failure(.usage, "\(name): expected true or false, got \"\(text)\"")
        }
    }

    /// One of an enumeration's raw values.
    public func choice<T: RawRepresentable & CaseIterable>(_ name: String, as type: T.Type) throws -> T? where T.RawValue == String {
        guard let text = try single(name) else { return nil }
        guard let value = T(rawValue: text) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw Failure(.usage, "\(name): expected one of \(allowed), got \"\(text)\"")
        }
        return value
    }

    /// A symbol or file argument: file references pass through `resolveFile`.
    public func symbolOrFile(_ text: String) throws -> String {
        InputFiles.isFileReference(text) ? try resolveFile(text) : text
    }

    /// The price basis from `total_return`.
    public func basis() throws -> PriceBasis {
        try flag("total_return") ? .total : .price
    }
}

extension String {
    /// The text without leading and trailing spaces.
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
