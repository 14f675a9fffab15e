import Foundation
import PostgresNIO
import RotationCore
import RotationData
@testable import RotationPostgres
import Testing

/// Imports that do not finish: the connection is killed mid-way, or the server makes the import
/// wait past its timeout. Either way the store is left exactly as it was, and the message says so.
///
/// Each test makes the import block at a known point by holding a lock from a second session,
/// so the interruption lands mid-import every time, not by luck of timing.
@Suite(.enabled(if: PostgresTestServer.runs), .timeLimit(.minutes(2)))
struct PostgresInterruptionTests {
    static let logger = PostgresTestServer.logger

    /// Once failed under load with a 60 s timeout instead of this message (docs/STORAGE.md, "A
    /// lost connection"): postgres-nio's own `withTransaction` sent `ROLLBACK` on the closed
    /// connection, and postgres-nio never answers a query written to a closed connection.
    @Test("an import whose backend is terminated mid-way stores nothing and says the connection was lost")
    func terminatedBackend() async throws {
        let schema = PostgresTestServer.freshSchema()
        let store = try PostgresTestServer.makeStore(schema: schema)
        let rut = try PriceFileForTests.item(named: "RUT")
        _ = try await store.importBatch([rut])
        let before = try await (store.symbols(), store.importLog())
        // The batch writes all of IWM first, then revises RUT's first close: a row the test locks.
        let original = try #require(rut.payload.bars)
        var close = original.close
        close[0] += 1
        let revised = DailyBars(symbol: "RUT", days: original.days, open: original.open, high: original.high,
                                low: original.low, close: close, adjClose: original.adjClose, volume: original.volume)
        let batch = [try PriceFileForTests.item(named: "IWM"),
                     ImportItem(file: rut.file, contentHash: "revised", payload: .bars(revised))]
        let firstDay = revised.days[0].description
        try await PostgresTestServer.withConnection(schema: schema) { holder in
            try await holder.query("BEGIN", logger: Self.logger)
            try await holder.query("SELECT 1 FROM bar WHERE symbol = 'RUT' AND day = \(firstDay)::date FOR UPDATE",
                                   logger: Self.logger)
            let holderPID = try await Self.backendPID(holder)
            let importing = Task { try await store.importBatch(batch) }
            let blocked = try await Self.waitForSessionBlocked(by: holderPID)
            try await PostgresTestServer.withConnection { admin in
                try await admin.query("SELECT pg_terminate_backend(\(blocked))", logger: Self.logger)
            }
            let location = store.location
            await #expect(throws: DataError(.unavailable, "connection to \(location) was lost during the import; the transaction was rolled back and nothing was stored")) {
                try await importing.value
            }
            try await holder.query("ROLLBACK", logger: Self.logger)
        }
        // Nothing of IWM, RUT as before, no new log entry; the pool recovers with a new connection.
        #expect(try await store.symbols() == before.0)
        #expect(try await store.importLog() == before.1)
        #expect(sameBars(try #require(try await store.load(symbol: "RUT").bars), try #require(rut.payload.bars)))
        await store.shutdown()
    }

    @Test("an import made to wait past the operation timeout fails with the timeout and stores nothing")
    func timeout() async throws {
        let schema = PostgresTestServer.freshSchema()
        var location = try PostgresLocation(url: PostgresTestServer.url(adding: "schema=\(schema)"))
        location.timeouts.operation = .seconds(2)
        let store = PostgresStore(location: location)
        // Warm up: the first operation connects and migrates. On a machine busy with parallel
        // tests that can itself take over 2 s; a failed preparation is retried by the next call.
        for attempt in 1...10 {
            do {
                _ = try await store.symbols()
                break
            } catch let error as DataError where attempt < 10 && error.message.contains("within 2 s") {
                continue
            }
        }
        try await PostgresTestServer.withConnection(schema: schema) { holder in
            try await holder.query("BEGIN", logger: Self.logger)
            try await holder.query("LOCK TABLE import_log IN ACCESS EXCLUSIVE MODE", logger: Self.logger)
            await #expect(throws: DataError(.unavailable, "\(location) did not finish the import within 2 s; it was abandoned (importing again is safe)")) {
                try await store.importBatch([Fixtures.item(.bars(Fixtures.bars()))])
            }
            try await holder.query("ROLLBACK", logger: Self.logger)
        }
        let checker = try PostgresTestServer.makeStore(schema: schema)
        #expect(try await checker.symbols().isEmpty)
        #expect(try await checker.importLog().isEmpty)
        await store.shutdown()
        await checker.shutdown()
    }

    /// The cause of the failure above, made deterministic: the server ends an idle session in a
    /// transaction; the next transaction step must fail at once with `ConnectionLost`, not wait.
    /// (With postgres-nio's `withTransaction` or a bare `query`, this waits forever.)
    @Test("a transaction on a session the server has ended fails at once and sends nothing")
    func transactionOnEndedSession() async throws {
        try await PostgresTestServer.withConnection { connection in
            let pid = try await Self.backendPID(connection)
            try await PostgresTestServer.withConnection { admin in
                try await admin.query("SELECT pg_terminate_backend(\(pid))", logger: Self.logger)
            }
            // The server's goodbye arrives asynchronously: wait (at most 5 s) until the client saw it.
            for _ in 0..<250 where !connection.isClosed { try await Task.sleep(for: .milliseconds(20)) }
            #expect(connection.isClosed)
            let started = ContinuousClock.now
            let outcome = try await withDeadline(.seconds(10)) { () -> String in
                do {
                    try await connection.transaction(logger: Self.logger) { connection in
                        _ = try await connection.query("SELECT 1", logger: Self.logger)
                    }
                    return "committed"
                } catch let error as TransactionError where error.underlying is ConnectionLost {
                    return "lost at \(error.step)"
                }
            }
            #expect(outcome == "lost at begin")
            #expect(ContinuousClock.now - started < .seconds(1))
        }
    }

    /// This session's server process id.
    static func backendPID(_ connection: PostgresConnection) async throws -> Int32 {
        for try await pid in try await connection.query("SELECT pg_backend_pid()", logger: logger).decode(Int32.self) {
            return pid
        }
        throw LoopbackSocket.Failure(description: "no backend pid")
    }

    /// Polls (every 20 ms, up to 10 s) for the session that waits on a lock `holder` holds.
    static func waitForSessionBlocked(by holder: Int32) async throws -> Int32 {
        try await PostgresTestServer.withConnection { admin in
            for _ in 0..<500 {
                for try await pid in try await admin.query(
                    "SELECT pid FROM pg_stat_activity WHERE \(holder) = ANY(pg_blocking_pids(pid))", logger: logger)
                    .decode(Int32.self) {
                    return pid
                }
                try await Task.sleep(for: .milliseconds(20))
            }
            throw LoopbackSocket.Failure(description: "no session blocked by \(holder) within 10 s")
        }
    }
}
