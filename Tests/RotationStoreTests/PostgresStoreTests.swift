import Foundation
import PostgresNIO
import RotationCore
import RotationData
@testable import RotationPostgres
import Testing

/// What only the PostgreSQL store does: reaching the server, migrations in a table, NUMERIC and
/// DATE at rest, lost connections, timeouts, two writers.
@Suite(.timeLimit(.minutes(2)))
struct PostgresStoreTests {
    static let logger = PostgresTestServer.logger

    @Test("a closed port is unavailable at once, naming host and port")
    func closedPort() async throws {
        let port = try LoopbackSocket.closedPort()
        let store = try PostgresStore(url: "postgres://rotation@127.0.0.1:\(port)/rotation")
        let start = ContinuousClock.now
        await #expect(throws: DataError(.unavailable,
                                        "cannot connect to PostgreSQL at 127.0.0.1:\(port): connection refused (is the server running?)")) {
            try await store.symbols()
        }
        // In a separate process the CLI answers within 5 s (PostgresCLITests); here other tests
        // share the two cooperative threads, so the bound only proves there is no minute of retries.
        #expect(ContinuousClock.now - start < .seconds(30))
        await store.shutdown()
    }

    @Test("a server that accepts the connection but never answers times out after connect_timeout")
    func silentServer() async throws {
        let (descriptor, port) = try LoopbackSocket.silentListener()
        defer { close(descriptor) }
        let store = try PostgresStore(url: "postgres://rotation@127.0.0.1:\(port)/rotation?connect_timeout=1")
        let start = ContinuousClock.now
        await #expect(throws: DataError(.unavailable, "cannot connect to PostgreSQL at 127.0.0.1:\(port): no answer within 1 s")) {
            try await store.importBatch([Fixtures.item(.bars(Fixtures.bars()))])
        }
        // Without the deadline the login would wait forever; the bound is loose for a busy machine.
        #expect(ContinuousClock.now - start < .seconds(30))
        await store.shutdown()
    }

    @Test("a database that does not exist is named in the error", .enabled(if: PostgresTestServer.runs))
    func missingDatabase() async throws {
        var location = try PostgresLocation(url: PostgresTestServer.requireURL())
        location.database = "no_such_rotation_db"
        let store = PostgresStore(location: location)
        await #expect(throws: DataError(.unavailable, "\(location) has no database \"no_such_rotation_db\"")) {
            try await store.symbols()
        }
        await store.shutdown()
    }

    @Test("migrations are recorded by name; days are DATE and prices NUMERIC holding the shortest decimal",
          .enabled(if: PostgresTestServer.runs))
    func schemaAtRest() async throws {
        let schema = PostgresTestServer.freshSchema()
        let store = try PostgresTestServer.makeStore(schema: schema)
        _ = try await store.importBatch([Fixtures.item(.bars(Fixtures.bars()))])
        try await PostgresTestServer.withConnection(schema: schema) { connection in
            var applied: [String] = []
            for try await identifier in try await connection.query(
                "SELECT identifier FROM rotation_migrations ORDER BY identifier", logger: Self.logger).decode(String.self) {
                applied.append(identifier)
            }
            // The same name as the SQLite migration that means the same.
            #expect(applied == ["v1 symbols, bars, series values, import log", "v2 membership snapshots", "v3 company facts, short interest"])
            var types: [String: String] = [:]
            for try await (column, type) in try await connection.query("""
                SELECT column_name, data_type FROM information_schema.columns
                WHERE table_schema = \(schema) AND table_name = 'bar'
                """, logger: Self.logger).decode((String, String).self) {
                types[column] = type
            }
            #expect(types["day"] == "date" && types["close"] == "numeric" && types["volume"] == "numeric")
            var rows: [[String?]] = []
            for try await (day, open, close, volume) in try await connection.query("""
                SELECT day::text, open::text, close::text, volume::text FROM bar ORDER BY day LIMIT 2
                """, logger: Self.logger).decode((String, String?, String, String?).self) {
                rows.append([day, open, close, volume])
            }
            // Swift's shortest round-trip text of the fixture doubles: 0.1 + 0.2, π, 74 800,
            // 1e-300 (written with its exponent, kept by NUMERIC as 300 decimal places).
            #expect(rows.first == ["2024-01-02", "0.30000000000000004", "3.141592653589793", "74800.0"])
            #expect(rows.last?[1] == "0." + String(repeating: "0", count: 299) + "1")
            #expect(rows.last?[3] == nil)
        }
        await store.shutdown()
    }

    @Test("a store migrated by a newer rotation is refused", .enabled(if: PostgresTestServer.runs))
    func newerSchema() async throws {
        let schema = PostgresTestServer.freshSchema()
        let store = try PostgresTestServer.makeStore(schema: schema)
        _ = try await store.symbols()
        try await PostgresTestServer.withConnection(schema: schema) { connection in
            try await connection.query("INSERT INTO rotation_migrations (identifier) VALUES ('v99 from the future')",
                                       logger: Self.logger)
        }
        let reopened = try PostgresTestServer.makeStore(schema: schema)
        await #expect(throws: DataError(.unavailable,
                                        "\(reopened.location) database \"\(reopened.location.database)\" was written by a newer version of rotation")) {
            try await reopened.symbols()
        }
        await store.shutdown()
        await reopened.shutdown()
    }

    @Test("two stores importing into one database at once take turns and both succeed",
          .enabled(if: PostgresTestServer.runs))
    func concurrentWriters() async throws {
        let schema = PostgresTestServer.freshSchema()
        let first = try PostgresTestServer.makeStore(schema: schema)
        _ = try await first.symbols()
        let second = try PostgresTestServer.makeStore(schema: schema)
        let rut = try PriceFileForTests.item(named: "RUT")
        async let a = first.importBatch([rut])
        async let b = second.importBatch([rut])
        let reports = try await [a[0], b[0]]
        // Whichever ran first added all 9811 rows (data/README.md); the other found them unchanged.
        #expect(Set(reports.map(\.added)) == [0, 9811])
        #expect(Set(reports.map(\.unchanged)) == [0, 9811])
        #expect(try await first.importLog().count == 2)
        await first.shutdown()
        await second.shutdown()
    }
}
