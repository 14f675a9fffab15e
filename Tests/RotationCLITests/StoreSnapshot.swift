import Foundation

/// What a store holds, as seen from outside the program: `rotation symbols --json`, the import
/// log and a hash of every table's content (`sqlite3`'s `.sha3sum`, which ignores page layout,
/// so a checkpoint of the write-ahead log does not change it). Two snapshots are equal exactly
/// when no row was added, changed or removed.
struct StoreSnapshot: Equatable, CustomStringConvertible {
    var symbols: String
    var importLog: String
    var contentHash: String

    /// The `sqlite3` shell (Debian package `sqlite3`; scripts/test installs it).
    static let sqlite3 = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Takes a snapshot of the SQLite store at `db`.
    static func take(_ db: String) throws -> StoreSnapshot {
        let symbols = try CLIRunner.run(["symbols", "--db", db, "--json"])
        guard symbols.status == 0 else { throw CocoaError(.fileReadUnknown, userInfo: [NSDebugDescriptionErrorKey: symbols.stderr]) }
        return StoreSnapshot(
            symbols: symbols.stdout,
            importLog: try sqlite(db, "SELECT id, file, content_hash, symbol, imported_at, added, updated, unchanged FROM import_log ORDER BY id;"),
            contentHash: try sqlite(db, ".sha3sum"))
    }

    /// The output of one `sqlite3` command on `db`, opened read-only.
    static func sqlite(_ db: String, _ command: String) throws -> String {
        guard let sqlite3 else { throw CocoaError(.executableNotLoadable) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: sqlite3)
        process.arguments = ["-readonly", db, command]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    var description: String { "\(symbols.prefix(200))… log \(importLog.count) chars, hash \(contentHash)" }
}
