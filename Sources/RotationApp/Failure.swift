import RotationCore
import RotationData

/// How any error is presented to a user: one line and a category. The CLI maps the category
/// to a sysexits exit code, the server (`Failure.Category.httpStatus`, in RotationServer) to an
/// HTTP status, so both say the same thing.
public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The contract's exit-code classes.
    public enum Category: String, Sendable {
        case usage, badInput, missingInput, unavailable, io, `internal`
        /// An output file that cannot be created (`--out`).
        case cannotCreate

        /// sysexits(3) code, as fixed in CONTRACT.md.
        public var exitCode: Int32 {
            switch self {
            case .usage: 64
            case .badInput: 65
            case .missingInput: 66
            case .unavailable: 69
            case .internal: 70
            case .cannotCreate: 73
            case .io: 74
            }
        }
    }

    public var category: Category
    public var message: String

    public init(_ category: Category, _ message: String) {
        self.category = category
        self.message = message
    }

    public var description: String { message }

    /// Classifies any error thrown below the front ends.
    public static func from(_ error: any Error) -> Failure {
        switch error {
        case let failure as Failure:
            return failure
        case let data as DataError:
            switch data.code {
            case .badInput, .emptyWindow: return Failure(.badInput, data.description)
            case .missingFile, .unknownSymbol: return Failure(.missingInput, data.description)
            case .unavailable: return Failure(.unavailable, data.description)
            case .io: return Failure(.io, data.description)
            }
        case let window as WindowError:
            return Failure(.usage, window.description)
        default:
            return Failure(.internal, "internal error: \(error)")
        }
    }
}
