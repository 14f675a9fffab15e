import RotationCore

/// The one error type of the data layer (files, stores): a code for the exit status and a
/// one-line message a user can act on, prefixed with the source location when there is one:
/// `prices/IWM.csv:42: field "close": expected a number, got "n/a"`.
public struct DataError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, in the categories the front ends map to exit codes and HTTP statuses.
    public enum Code: String, Sendable, Equatable {
        /// Malformed or inconsistent input data (exit 65, HTTP 400/422).
        case badInput
        /// A named input file or directory does not exist or cannot be opened (exit 66).
        case missingFile
        /// A symbol the store does not hold (exit 66, HTTP 404).
        case unknownSymbol
        /// A request that selects no data, e.g. a window before the first row (exit 65, HTTP 422).
        case emptyWindow
        /// The database or service cannot be reached or used (exit 69, HTTP 503).
        case unavailable
        /// Reading or writing failed at the operating-system level (exit 74).
        case io
    }

    public var code: Code
    public var location: SourceLocation?
    public var message: String

    public init(_ code: Code, _ message: String, at location: SourceLocation? = nil) {
        self.code = code
        self.message = message
        self.location = location
    }

    /// `LOCATION: MESSAGE`, or the message alone when there is no location.
    public var description: String {
        guard let location else { return message }
        return "\(location): \(message)"
    }
}
