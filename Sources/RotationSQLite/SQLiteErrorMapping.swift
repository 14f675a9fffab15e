import Foundation
import GRDB
import RotationData

/// Turns GRDB and SQLite errors into `DataError`s with one safe sentence naming the database.
///
/// GRDB's own descriptions can carry SQL text and bound values; they never reach a user.
/// Storage trouble (cannot open, locked, damaged, newer schema) is `.unavailable` (exit 69);
/// operating-system refusals while reading or writing (read-only, disk full, I/O error,
/// permission) are `.io` (exit 74). A `DataError` passes through unchanged.
enum SQLiteErrorMapping {
    /// The `DataError` for `error` raised while using `database` (a path, or `:memory:`).
    static func dataError(for error: any Error, database: String) -> DataError {
        if let error = error as? DataError { return error }
        guard let error = error as? DatabaseError else {
            return DataError(.unavailable, "database \"\(database)\" failed unexpectedly")
        }
        return dataError(resultCode: error.resultCode, database: database)
    }

    /// The `DataError` for `error` raised while opening the file at `path`.
    ///
    /// A write-ahead-log database in a folder that cannot be written (a read-only mount) fails
    /// to open with `SQLITE_CANTOPEN`, because SQLite cannot create its `-shm` file beside it:
    /// that is the read-only message (exit 74), like a write refused later, not "cannot open".
    static func openError(for error: any Error, path: String) -> DataError {
        let mapped = dataError(for: error, database: path)
        guard let error = error as? DatabaseError, error.resultCode.primaryResultCode == .SQLITE_CANTOPEN,
              FileManager.default.fileExists(atPath: path) else { return mapped }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard !FileManager.default.isWritableFile(atPath: folder) else { return mapped }
        return dataError(resultCode: .SQLITE_READONLY, database: path)
    }

    /// The `DataError` for a primary SQLite result code.
    static func dataError(resultCode: ResultCode, database: String) -> DataError {
        switch resultCode.primaryResultCode {
        case .SQLITE_CANTOPEN:
            return DataError(.unavailable, "cannot open database \"\(database)\": unable to open database file")
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return DataError(.unavailable, "database \"\(database)\" is not a database or is damaged")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            let seconds = Int(SQLiteStore.busyTimeoutSeconds)
            return DataError(.unavailable,
                             "database \"\(database)\" is busy: another process held it for more than \(seconds) seconds")
        case .SQLITE_READONLY:
            return DataError(.io, "database \"\(database)\" is read-only")
        case .SQLITE_FULL:
            return DataError(.io, "disk full while writing \"\(database)\"")
        case .SQLITE_IOERR:
            return DataError(.io, "I/O error while using database \"\(database)\"")
        case .SQLITE_PERM, .SQLITE_AUTH:
            return DataError(.io, "permission denied for database \"\(database)\"")
        case .SQLITE_ERROR, .SQLITE_SCHEMA:
            return DataError(.unavailable, "database \"\(database)\" is not a usable rotation store")
        default:
            return DataError(.unavailable, "database \"\(database)\" failed (SQLite result code \(resultCode.rawValue))")
        }
    }
}
