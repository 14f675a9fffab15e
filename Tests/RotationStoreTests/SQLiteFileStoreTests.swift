import Foundation
import GRDB
import RotationCore
import RotationData
@testable import RotationSQLite
import Testing

/// What only a file store does: directories, persistence, WAL, read-only files, two writers.
struct SQLiteFileStoreTests {
    @Test("a file store creates missing parent directories and keeps its data after reopening")
    func persistsAcrossReopen() async throws {
        let path = try TemporaryDirectory.make().appendingPathComponent("a/b/rotation.sqlite").path
        _ = try await SQLiteStore(path: path).importBatch([Fixtures.item(.bars(Fixtures.bars()))])
        let reopened = try SQLiteStore(path: path)
        #expect(sameBars(try #require(try await reopened.load(symbol: "IWM").bars), Fixtures.bars()))
        #expect(try await reopened.importLog().count == 1)
    }

    @Test("the schema is the named v1, v2 and v3 migrations, recorded by GRDB")
    func migrationsRecorded() async throws {
        let store = try StoreFlavor.makeSQLiteFile()
        let applied = try await store.writer.read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
        }
        #expect(applied == ["v1 symbols, bars, series values, import log", "v2 membership snapshots", "v3 company facts, short interest"])
    }

    @Test("a store written before membership snapshots opens, keeps its data and gains the v2 tables")
    func upgradeFromV1() async throws {
        let path = try TemporaryDirectory.make().appendingPathComponent("v1.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try StoreSchema.migrator.migrate(queue, upTo: "v1 symbols, bars, series values, import log")
        try await queue.write { db in
            try db.execute(sql: "INSERT INTO symbol (symbol, kind) VALUES ('IWM', 'price')")
            try db.execute(sql: "INSERT INTO bar (symbol, day, close) VALUES ('IWM', 20000, 1.5)")
        }
        try queue.close()
        let store = try SQLiteStore(path: path)
        #expect(try await store.symbols().map(\.rows) == [1])
        #expect(try await store.snapshotSummaries().isEmpty)
    }

    @Test("a database migrated by a newer rotation is refused")
    func newerSchema() async throws {
        let path = try TemporaryDirectory.make().appendingPathComponent("newer.sqlite").path
        let store = try SQLiteStore(path: path)
        try await store.writer.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99 from the future')")
        }
        #expect(throws: DataError(.unavailable, "database \"\(path)\" was written by a newer version of rotation")) {
            try SQLiteStore(path: path)
        }
    }

    @Test("a file store runs in WAL mode with a 5-second busy timeout")
    func walAndBusyTimeout() async throws {
        let store = try StoreFlavor.makeSQLiteFile()
        let (mode, timeout) = try await store.writer.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA busy_timeout"))
        }
        #expect(mode == "wal")
        #expect(timeout == 5000)  // milliseconds
    }

    @Test("two stores importing into one file at once take turns and both succeed")
    func concurrentWriters() async throws {
        let path = try TemporaryDirectory.make().appendingPathComponent("shared.sqlite").path
        let first = try SQLiteStore(path: path)
        let second = try SQLiteStore(path: path)
        let rut = try PriceFileForTests.item(named: "RUT")
        async let a = first.importBatch([rut])
        async let b = second.importBatch([rut])
        let reports = try await [a[0], b[0]]
        // Whichever ran first added all 9811 rows (data/README.md); the other found them unchanged.
        #expect(Set(reports.map(\.added)) == [0, 9811])
        #expect(Set(reports.map(\.unchanged)) == [0, 9811])
        #expect(try await first.importLog().count == 2)
    }

    @Test("a read-only database refuses an import with the read-only message")
    func readOnly() async throws {
        let path = try TemporaryDirectory.make().appendingPathComponent("ro.sqlite").path
        _ = try await SQLiteStore(path: path).importBatch([Fixtures.item(.bars(Fixtures.bars()))])
        let store = try SQLiteStore(path: path, readOnly: true)
        #expect(try await store.symbols().map(\.symbol) == ["IWM"])
        await #expect(throws: DataError(.io, "database \"\(path)\" is read-only")) {
            try await store.importBatch([Fixtures.item(.bars(Fixtures.bars("SPY")))])
        }
    }

    @Test("a directory cannot be opened as a database")
    func directoryPath() throws {
        let path = try TemporaryDirectory.make().path
        #expect(throws: DataError(.unavailable, "cannot open database \"\(path)\": unable to open database file")) {
            try SQLiteStore(path: path)
        }
    }

    @Test("a path below a regular file cannot get its directory")
    func parentIsAFile() throws {
        let file = try TemporaryDirectory.make().appendingPathComponent("plain.txt")
        try Data("x".utf8).write(to: file)
        let path = file.appendingPathComponent("rotation.sqlite").path
        #expect(throws: DataError(.io, "cannot create directory \"\(file.path)\" for database \"\(path)\"")) {
            try SQLiteStore(path: path)
        }
    }

    @Test("a file that is not a database is reported as such")
    func notADatabase() throws {
        let file = try TemporaryDirectory.make().appendingPathComponent("notes.sqlite")
        try Data(String(repeating: "not a database\n", count: 100).utf8).write(to: file)
        #expect(throws: DataError(.unavailable, "database \"\(file.path)\" is not a database or is damaged")) {
            try SQLiteStore(path: file.path)
        }
    }
}
