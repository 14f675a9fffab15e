import Foundation
import Testing

/// Several `rotation` processes on one SQLite store at once, as a user's cron job and shell do:
/// writers take turns (write-ahead log, 5-second busy timeout, IMMEDIATE transactions) and
/// readers never wait for or fail because of a writer.
@Suite(.serialized)
struct ConcurrentImportCLITests {
    static let prices = CLIRunner.sharedData.appendingPathComponent("prices")

    /// The price files, sorted by name.
    static func priceFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: prices.path).filter { $0.hasSuffix(".csv") }.sorted()
            .map { prices.appendingPathComponent($0).path }
    }

    /// Starts `rotation` with `arguments`; stdout and stderr go to files in `folder` (pipes could fill).
    static func start(_ arguments: [String], in folder: URL, name: String) throws -> Process {
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = arguments
        FileManager.default.createFile(atPath: folder.appendingPathComponent(name + ".err").path, contents: nil)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: folder.appendingPathComponent(name + ".err"))
        try process.run()
        return process
    }

    /// Every bar in the store, in order: the content two stores must share.
    static func bars(_ db: String) throws -> String {
        try StoreSnapshot.sqlite(db, "SELECT symbol, day, open, high, low, close, adj_close, volume FROM bar ORDER BY symbol, day;")
    }

    @Test("two imports at once, of different and overlapping files, end as the same imports one after the other")
    func twoWritersSerialise() throws {
        try #require(StoreSnapshot.sqlite3 != nil, "install sqlite3 (Debian package sqlite3)")
        let files = try Self.priceFiles()
        try #require(files.count >= 20)
        let first = Array(files[0..<15]), second = Array(files[10...])   // files 10–14 in both
        let dir = try CLIRunner.temporaryDirectory()
        let concurrent = dir.appendingPathComponent("concurrent.sqlite").path
        let sequential = dir.appendingPathComponent("sequential.sqlite").path

        let a = try Self.start(["import"] + first + ["--db", concurrent], in: dir, name: "a")
        let b = try Self.start(["import"] + second + ["--db", concurrent], in: dir, name: "b")
        // Issue 16, case 9: the test passed even when one import had finished before the other
        // began. Watch both until they exit and require a moment when both ran at once.
        var bothRan = false
        while a.isRunning || b.isRunning {
            if a.isRunning && b.isRunning { bothRan = true }
            Thread.sleep(forTimeInterval: 0.002)
        }
        a.waitUntilExit()
        b.waitUntilExit()
        #expect(bothRan, "the two imports never ran at the same time: nothing was tested")
        let errors = try ["a", "b"].map { try String(contentsOf: dir.appendingPathComponent($0 + ".err"), encoding: .utf8) }
        #expect(a.terminationStatus == 0 && b.terminationStatus == 0, "\(errors)")

        for batch in [first, second] {
            let outcome = try CLIRunner.run(["import"] + batch + ["--db", sequential])
            #expect(outcome.status == 0, "\(outcome.stderr)")
        }
        #expect(try Self.bars(concurrent) == Self.bars(sequential))
        #expect(try StoreSnapshot.take(concurrent).symbols == StoreSnapshot.take(sequential).symbols)
        // One log entry per file per import, whichever import went first.
        #expect(try StoreSnapshot.sqlite(concurrent, "SELECT COUNT(*) FROM import_log;") == "\(first.count + second.count)\n")
        #expect(try StoreSnapshot.sqlite(concurrent, "PRAGMA integrity_check;") == "ok\n")
    }

    @Test("readers running throughout an import never fail and see either the old or the new store")
    func readersDuringImport() async throws {
        let files = try Self.priceFiles()
        let dir = try CLIRunner.temporaryDirectory()
        let db = dir.appendingPathComponent("store.sqlite").path
        let seed = try CLIRunner.run(["import", files[0], "--db", db, "--json"])
        #expect(seed.status == 0, "\(seed.stderr)")
        let before = try CLIRunner.run(["symbols", "--db", db, "--json"]).stdout

        // All prices and the 1,996-ticker member matrix: an import of some seconds.
        let writer = try Self.start(["import"] + files + [MembersStoreCLITests.matrix, "--db", db], in: dir, name: "writer")
        // Each read notes whether the import was running both when it began and when it ended
        // (an actual overlap). A reader that cannot even be launched is a failure, not the end of
        // its loop (issue 16, case 9: `try?` swallowed launch failures, and nothing required an
        // overlap, so the test could pass having tested nothing).
        let outcomes = await withTaskGroup(of: [Read].self) { group in
            for _ in 0..<4 {
                group.addTask {
                    var seen: [Read] = []
                    repeat {
                        let began = writer.isRunning
                        do {
                            let outcome = try CLIRunner.run(["symbols", "--db", db, "--json"])
                            seen.append(Read(outcome: outcome, launchError: nil, duringImport: began && writer.isRunning))
                        } catch {
                            seen.append(Read(outcome: nil, launchError: "\(error)", duringImport: false))
                            break
                        }
                    } while writer.isRunning
                    return seen
                }
            }
            return await group.reduce(into: []) { $0 += $1 }
        }
        writer.waitUntilExit()
        #expect(writer.terminationStatus == 0)
        let after = try CLIRunner.run(["symbols", "--db", db, "--json"]).stdout
        #expect(before != after)
        #expect(outcomes.count >= 4)
        #expect(outcomes.allSatisfy { $0.launchError == nil }, "\(outcomes.compactMap(\.launchError))")
        #expect(outcomes.contains { $0.duringImport }, "no read began and ended while the import ran: nothing was tested")
        for outcome in outcomes.compactMap(\.outcome) {
            #expect(outcome.status == 0, "\(outcome.stderr)")
            #expect(outcome.stdout == before || outcome.stdout == after, "a reader saw a partial import")
        }
    }

    /// One read of `readersDuringImport`.
    struct Read: Sendable {
        var outcome: CLIRunner.Outcome?
        var launchError: String?
        var duringImport: Bool
    }
}
