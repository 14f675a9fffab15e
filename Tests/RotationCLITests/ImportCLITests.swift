import Foundation
import Testing

/// The `import` and `symbols` commands, run as a user runs them: the built binary on real files.
@Suite(.serialized)
struct ImportCLITests {
    let prices = CLIRunner.sharedData.appendingPathComponent("prices")

    @Test("importing real files reports rows added, and a second import reports nothing added or updated")
    func importIsIdempotent() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let db = dir.appendingPathComponent("store.sqlite").path
        let files = ["RUT.csv", "GSPC.csv"].map { prices.appendingPathComponent($0).path }
        let first = try CLIRunner.run(["import"] + files + ["--db", db, "--json"])
        #expect(first.status == 0, "\(first.stderr)")
        let imports = try #require(try CLIRunner.json(first)["imports"] as? [[String: Any]])
        // Row counts from data/README.md's table: RUT 9811 rows, GSPC 24777 rows.
        #expect(imports.map { $0["symbol"] as? String } == ["RUT", "GSPC"])
        #expect(imports.map { $0["added"] as? Int } == [9811, 24777])
        #expect(imports[0]["first_date"] as? String == "1987-09-10")
        #expect(imports[0]["last_date"] as? String == "2026-08-21")

        let second = try CLIRunner.run(["import"] + files + ["--db", db, "--json"])
        #expect(second.status == 0)
        let again = try #require(try CLIRunner.json(second)["imports"] as? [[String: Any]])
        #expect(again.map { $0["added"] as? Int } == [0, 0])
        #expect(again.map { $0["updated"] as? Int } == [0, 0])
        #expect(again.map { $0["unchanged"] as? Int } == [9811, 24777])

        let symbols = try CLIRunner.run(["symbols", "--db", db, "--json"])
        let list = try #require(try CLIRunner.json(symbols)["symbols"] as? [[String: Any]])
        #expect(list.map { $0["symbol"] as? String } == ["GSPC", "RUT"])
        #expect(list.map { $0["kind"] as? String } == ["price", "price"])
    }

    @Test("a bad second file aborts the whole import: exit 65, one line naming file, line and field, nothing written")
    func failingImportWritesNothing() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let db = dir.appendingPathComponent("store.sqlite").path
        let bad = dir.appendingPathComponent("BAD.csv")
        try "date,close\n2025-01-02,10\n2025-01-03,n/a\n".write(to: bad, atomically: true, encoding: .utf8)
        let good = prices.appendingPathComponent("RUT.csv").path
        let outcome = try CLIRunner.run(["import", good, bad.path, "--db", db])
        #expect(outcome.status == 65)
        #expect(outcome.stderr == "rotation: error: \(bad.path):3: field \"close\": expected a number, got \"n/a\"\n")
        #expect(outcome.stdout.isEmpty)
        // Every file is read before the store is opened, so a failed import into a new path does
        // not even create the store (and a read of it then exits 66: issue 16, case 2).
        #expect(!FileManager.default.fileExists(atPath: db), "the good first file must not have been imported")
        #expect(try CLIRunner.run(["symbols", "--db", db, "--json"]).status == 66)
        let existing = try CLIRunner.run(["import", good, "--db", db])
        #expect(existing.status == 0, "\(existing.stderr)")
        let again = try CLIRunner.run(["import", bad.path, "--db", db])
        #expect(again.status == 65)
        let list = try #require(try CLIRunner.json(try CLIRunner.run(["symbols", "--db", db, "--json"]))["symbols"] as? [[String: Any]])
        #expect(list.map { $0["symbol"] as? String } == ["RUT"], "the bad file must not have been imported")
    }

    @Test("a missing file exits 66 with the path in the message")
    func missingFile() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let outcome = try CLIRunner.run(["import", "/nonexistent/NOPE.csv", "--db", dir.appendingPathComponent("s.sqlite").path])
        #expect(outcome.status == 66)
        #expect(outcome.stderr == "rotation: error: /nonexistent/NOPE.csv: no such file or directory\n")
    }

    @Test("a file that is not a database exits 69 with one safe sentence naming it")
    func unavailableStore() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let notADatabase = dir.appendingPathComponent("text.sqlite")
        try String(repeating: "not a database, just text\n", count: 200).write(to: notADatabase, atomically: true, encoding: .utf8)
        let outcome = try CLIRunner.run(["symbols", "--db", notADatabase.path])
        #expect(outcome.status == 69)
        #expect(outcome.stderr == "rotation: error: database \"\(notADatabase.path)\" is not a database or is damaged\n")
    }

    @Test("a database path whose folder cannot be created is an I/O error: exit 74")
    func uncreatableFolder() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let blocker = dir.appendingPathComponent("file")
        try "x".write(to: blocker, atomically: true, encoding: .utf8)
        // A database below a regular file cannot be created, even as root.
        let path = blocker.appendingPathComponent("s.sqlite").path
        // `import` creates a store (a read of a missing store exits 66 before trying: issue 16).
        let outcome = try CLIRunner.run(["import", prices.appendingPathComponent("RUT.csv").path, "--db", path])
        #expect(outcome.status == 74)
        #expect(outcome.stderr == "rotation: error: cannot create directory \"\(blocker.path)\" for database \"\(path)\"\n")
    }
}
