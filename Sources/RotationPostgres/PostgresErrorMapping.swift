import Foundation
import PostgresNIO
import RotationData

/// Turns postgres-nio, NIO and pool errors into `DataError`s with one safe sentence naming the
/// server (`PostgreSQL at HOST:PORT`).
///
/// Driver descriptions carry SQL, bound values and internal state; they never reach a user (the
/// store logs them at debug level instead). Everything about reaching or using the server is
/// `.unavailable` (exit 69). A `DataError` passes through unchanged.
enum PostgresErrorMapping {
    /// What the store was doing when the error arrived; it decides what a lost connection means.
    enum Phase: Sendable {
        case connecting, importing, committing, reading
    }

    /// The `DataError` for `error`, raised while doing `phase` against `location`.
    static func dataError(for error: any Error, location: PostgresLocation, phase: Phase) -> DataError {
        switch error {
        case let error as DataError:
            return error
        case let error as TransactionError:
            switch error.step {
            case .begin, .body: return dataError(for: error.underlying, location: location, phase: phase)
            case .commit: return dataError(for: error.underlying, location: location, phase: phase == .importing ? .committing : phase)
            }
        case is ConnectionLost:
            return lost(location: location, phase: phase)
        case let error as DeadlineExceeded:
            return timeout(error.limit, location: location, phase: phase)
        case let error as PSQLError:
            return psqlError(error, location: location, phase: phase)
        case is CancellationError:
            return DataError(.unavailable, "\(location): the operation was cancelled")
        case is PostgresDecodingError:
            return DataError(.unavailable, "\(location) database \"\(location.database)\" holds values this build cannot read; is it a rotation store?")
        case is NIOSSLError:
            return DataError(.unavailable, "cannot connect to \(location): the TLS handshake failed (sslmode=\(location.tls.rawValue))")
        default:
            return DataError(.unavailable, "\(location) failed unexpectedly")
        }
    }

    /// A time limit ran out.
    static func timeout(_ limit: Duration, location: PostgresLocation, phase: Phase) -> DataError {
        switch phase {
        case .connecting:
            return DataError(.unavailable, "cannot connect to \(location): no answer within \(limit.secondsText) s")
        case .importing, .committing:
            return DataError(.unavailable, "\(location) did not finish the import within \(limit.secondsText) s; it was abandoned (importing again is safe)")
        case .reading:
            return DataError(.unavailable, "\(location) did not answer within \(limit.secondsText) s")
        }
    }

    /// The connection went away (server shut down, backend terminated, network cut).
    static func lost(location: PostgresLocation, phase: Phase) -> DataError {
        switch phase {
        case .connecting:
            return DataError(.unavailable, "cannot connect to \(location): the server closed the connection")
        case .importing:
            return DataError(.unavailable, "connection to \(location) was lost during the import; the transaction was rolled back and nothing was stored")
        case .committing:
            return DataError(.unavailable, "connection to \(location) was lost while committing the import; it may or may not have been stored (importing again is safe)")
        case .reading:
            return DataError(.unavailable, "connection to \(location) was lost")
        }
    }

    private static func psqlError(_ error: PSQLError, location: PostgresLocation, phase: Phase) -> DataError {
        switch error.code {
        case .server:
            return serverError(sqlState: error.serverInfo?[.sqlState] ?? "", location: location, phase: phase)
        case .connectionError:
            let reason = error.underlying.map(connectReason) ?? "network error"
            return DataError(.unavailable, "cannot connect to \(location): \(reason)")
        case .serverClosedConnection, .uncleanShutdown, .clientClosedConnection:
            return lost(location: location, phase: phase)
        case .sslUnsupported:
            return DataError(.unavailable, "cannot connect to \(location): the server does not offer TLS (sslmode=\(location.tls.rawValue))")
        case .authMechanismRequiresPassword:
            return DataError(.unavailable, "\(location) requires a password for user \"\(location.user)\"")
        case .unsupportedAuthMechanism, .saslError:
            return DataError(.unavailable, "\(location) refused the login of user \"\(location.user)\" (unsupported authentication)")
        case .queryCancelled:
            return DataError(.unavailable, "\(location): the operation was cancelled")
        case .poolClosed:
            return DataError(.unavailable, "\(location): the store was already closed")
        default:
            return DataError(.unavailable, "\(location) failed unexpectedly (\(error.code))")
        }
    }

    /// An error the server reported, by its SQLSTATE.
    static func serverError(sqlState: String, location: PostgresLocation, phase: Phase) -> DataError {
        switch sqlState {
        case "28P01", "28000":
            return DataError(.unavailable, "\(location) refused the login of user \"\(location.user)\" (wrong password or no access)")
        case "3D000":
            return DataError(.unavailable, "\(location) has no database \"\(location.database)\"")
        case "53300":
            return DataError(.unavailable, "\(location) has no free connection slots")
        case "57P01", "57P02", "57P03":
            return lost(location: location, phase: phase)
        case "57014":
            return timeout(location.timeouts.operation, location: location, phase: phase)
        case "25P03":
            return lost(location: location, phase: phase)
        case "42501":
            return DataError(.unavailable, "\(location): permission denied for user \"\(location.user)\"")
        case "42P01", "42703":
            return DataError(.unavailable, "\(location) database \"\(location.database)\" is not a usable rotation store")
        case "40001", "40P01":
            return DataError(.unavailable, "\(location): the import conflicted with another one and was rolled back (importing again is safe)")
        default:
            return DataError(.unavailable, "\(location) failed (SQLSTATE \(sqlState.isEmpty ? "unknown" : sqlState))")
        }
    }

    /// Why a TCP connection could not be made, in a few words.
    static func connectReason(_ error: any Error) -> String {
        switch error {
        case let error as NIOConnectionError:
            if let first = error.connectionErrors.first { return connectReason(first.error) }
            return "host not found"
        case let error as IOError:
            switch error.errnoCode {
            case ECONNREFUSED: return "connection refused (is the server running?)"
            case ETIMEDOUT: return "connection timed out"
            case EHOSTUNREACH, ENETUNREACH: return "host unreachable"
            default: return "network error (errno \(error.errnoCode))"
            }
        case let error as ChannelError:
            if case .connectTimeout(let amount) = error {
                return "no answer within \(Duration.nanoseconds(amount.nanoseconds).secondsText) s"
            }
            return "network error"
        case is SocketAddressError:
            return "host not found"
        default:
            return "network error"
        }
    }
}
