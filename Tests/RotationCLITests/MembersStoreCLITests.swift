import Foundation
import Testing

/// Holdings files and the wide matrix imported into a store, then `--members DATE` through the
/// built binary.
struct MembersStoreCLITests {
    static func file(_ name: String) -> String { MembersCLITests.file(name) }

    static let holdings = ["2025-05-13", "2025-11-05", "2026-05-05"].map { file("IWM_holdings_\($0).csv") }
    static let matrix = file("smallcap_adj_closes_wide.csv")

    /// One store for the suite: the three IWM holdings files and the matrix, imported once.
    static let store: Result<(db: String, first: CLIRunner.Outcome), any Error> = Result {
        let db = try CLIRunner.temporaryDirectory().appendingPathComponent("store.sqlite").path
        let first = try CLIRunner.run(["import"] + holdings + [matrix, "--db", db, "--json"])
        return (db, first)
    }

    static func db() throws -> String { try store.get().db }

    /// The top-level keys whose values differ between the two documents (none: same numbers).
    static func differences(_ a: CLIRunner.Outcome, _ b: CLIRunner.Outcome) throws -> [String] {
        let x = try CLIRunner.json(a), y = try CLIRunner.json(b)
        return Set(x.keys).union(y.keys).sorted().filter { key in
            guard let u = x[key], let v = y[key] else { return true }
            let encode = { (value: Any) in try? JSONSerialization.data(withJSONObject: ["k": value], options: [.sortedKeys]) }
            return encode(u) == nil || encode(u) != encode(v)
        }
    }

    @Test("importing three holdings files and the matrix reports one row per file, and again nothing new")
    func importReports() throws {
        let first = try Self.store.get().first
        #expect(first.status == 0, "\(first.stderr)")
        let rows = try #require(try CLIRunner.json(first)["imports"] as? [[String: Any]])
        // Independent counts (Python csv module over the same files): equity tickers other than
        // "" and "-" per holdings file 1933, 1958, 1920; matrix 1996 tickers, 647 days and
        // 1,265,160 non-empty cells.
        #expect(rows.map { $0["kind"] as? String } == ["membership", "membership", "membership", "member_prices"])
        #expect(rows.map { $0["symbol"] as? String } == ["IWM", "IWM", "IWM", nil])
        // CONTRACT's keys are on every row: the matrix row says `"symbol": null`.
        #expect(rows.allSatisfy { $0.keys.contains("symbol") && $0.keys.contains("first_date") })
        #expect(rows.map { $0["added"] as? Int } == [1933, 1958, 1920, 1_265_160])
        #expect(rows.map { $0["first_date"] as? String } == ["2025-05-13", "2025-11-05", "2026-05-05", "2024-01-02"])
        #expect(rows[3]["tickers"] as? Int == 1996 && rows[3]["last_date"] as? String == "2026-07-31")

        let again = try CLIRunner.run(["import", Self.holdings[1], "--db", try Self.db(), "--json"])
        let row = try #require((try CLIRunner.json(again)["imports"] as? [[String: Any]])?.first)
        #expect([row["added"], row["updated"], row["unchanged"], row["removed"]].map { $0 as? Int } == [0, 0, 1958, 0])
    }

    @Test("breadth --members 2025-12-10 from the store equals breadth over the same holdings and matrix files")
    func breadthFromStore() throws {
        let stored = try CLIRunner.run(["breadth", "--members", "2025-12-10", "--db", try Self.db(), "--json"])
        #expect(stored.status == 0, "\(stored.stderr)")
        let files = try CLIRunner.run(["breadth"] + Self.holdings.flatMap { ["--members", $0] }
                                      + ["--prices", Self.matrix, "--as-of", "2025-12-10", "--json"])
        #expect(files.status == 0, "\(files.stderr)")
        let differing = try Self.differences(stored, files)
        #expect(differing == [])
        // The same figures the file-based CLI test checks against the Python reference.
        let document = try CLIRunner.json(stored)
        #expect(document["as_of"] as? String == "2025-12-10" && document["advancers"] as? Int == 1369)
        #expect(document["covered"] as? Int == 1801 && document["members"] as? Int == 1958)
    }

    @Test("IWM@DATE, a date range and an omitted --members read the store's snapshots too")
    func otherForms() throws {
        let db = try Self.db()
        let named = try CLIRunner.run(["breadth", "--members", "iwm@2026-01-09", "--db", db, "--json"])
        let bare = try CLIRunner.run(["breadth", "--as-of", "2026-01-09", "--db", db, "--json"])
        let files = try CLIRunner.run(["breadth"] + Self.holdings.flatMap { ["--members", $0] }
                                      + ["--prices", Self.matrix, "--as-of", "2026-01-09", "--json"])
        #expect(named.status == 0 && bare.status == 0, "\(named.stderr)\(bare.stderr)")
        let namedDiffering = try Self.differences(named, files), bareDiffering = try Self.differences(bare, files)
        #expect(namedDiffering == [] && bareDiffering == [])

        // A range across the 2025-11-05 snapshot: the snapshot in force changes along it.
        let range = try CLIRunner.run(["breadth", "--members", "IWM", "--from", "2025-11-03", "--to", "2025-11-07", "--db", db, "--json"])
        #expect(range.status == 0, "\(range.stderr)")
        let series = try #require(try CLIRunner.json(range)["series"] as? [[String: Any]])
        // 2025-11-03..07 are five trading days; the second snapshot is dated Wednesday 11-05.
        #expect(series.map { $0["as_of"] as? String } == ["2025-11-03", "2025-11-04", "2025-11-05", "2025-11-06", "2025-11-07"])
        #expect(series.map { $0["snapshot_date"] as? String } == ["2025-05-13", "2025-05-13", "2025-11-05", "2025-11-05", "2025-11-05"])
    }

    @Test("contribution --members DATE starts on DATE and equals the file-based run")
    func contributionFromStore() throws {
        let stored = try CLIRunner.run(["contribution", "--members", "2025-12-10", "--to", "2026-01-09", "--db", try Self.db(), "--json"])
        #expect(stored.status == 0, "\(stored.stderr)")
        let files = try CLIRunner.run(["contribution"] + Self.holdings.flatMap { ["--members", $0] }
                                      + ["--prices", Self.matrix, "--from", "2025-12-10", "--to", "2026-01-09", "--json"])
        let differing = try Self.differences(stored, files)
        #expect(differing == [])
        #expect(try CLIRunner.json(stored)["start_date"] as? String == "2025-12-10")
    }

    @Test("a date before the first stored snapshot exits 65 naming the first snapshot")
    func beforeFirstSnapshot() throws {
        let outcome = try CLIRunner.run(["breadth", "--members", "2025-05-12", "--db", try Self.db()])
        #expect(outcome.status == 65)
        #expect(outcome.stderr == "rotation: error: no IWM membership snapshot on or before 2025-05-12 (the first in the store is 2025-05-13)\n")
        let unknown = try CLIRunner.run(["breadth", "--members", "QQQ@2025-12-10", "--db", try Self.db()])
        #expect(unknown.status == 66)
        #expect(unknown.stderr == "rotation: error: no membership snapshots of \"QQQ\" in the store (rotation symbols lists them)\n")
    }

    @Test("symbols lists the snapshots with their member counts")
    func symbolsSnapshots() throws {
        let outcome = try CLIRunner.run(["symbols", "--db", try Self.db(), "--json"])
        let snapshots = try #require(try CLIRunner.json(outcome)["snapshots"] as? [[String: Any]])
        #expect(snapshots.map { $0["date"] as? String } == ["2025-05-13", "2025-11-05", "2026-05-05"])
        #expect(snapshots.map { $0["members"] as? Int } == [1933, 1958, 1920])
        #expect(snapshots.allSatisfy { $0["index"] as? String == "IWM" })
    }

    @Test("a bad weight in a holdings file aborts the import: exit 65 with file, line and field, nothing written")
    func badHoldings() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let db = dir.appendingPathComponent("store.sqlite").path
        let bad = dir.appendingPathComponent("IWM_holdings_2025-12-31.csv")
        try "ticker,name,sector,asset_class,market_value,weight_pct\nAAA,A INC,Energy,Equity,100,1.5\nBBB,B INC,Energy,Equity,50,n/a\n"
            .write(to: bad, atomically: true, encoding: .utf8)
        let outcome = try CLIRunner.run(["import", Self.holdings[0], bad.path, "--db", db])
        #expect(outcome.status == 65)
        #expect(outcome.stderr == "rotation: error: \(bad.path):3: field \"weight_pct\": expected a number, got \"n/a\"\n")
        // Nothing written: every file is read before the store is opened, so the new store was
        // not even created (a read of it exits 66, issue 16 case 2).
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    @Test("--symbol names the index of several holdings files; with two indexes stored, --members must name one")
    func indexNames() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let db = dir.appendingPathComponent("store.sqlite").path
        let header = "ticker,name,sector,asset_class,market_value,weight_pct\n"
        let first = dir.appendingPathComponent("fund_2025-01-02.csv"), second = dir.appendingPathComponent("fund_2025-01-06.csv")
        try (header + "AAA,A INC,Energy,Equity,100,60\nBBB,B INC,Energy,Equity,50,40\n").write(to: first, atomically: true, encoding: .utf8)
        try (header + "AAA,A INC,Energy,Equity,100,100\n").write(to: second, atomically: true, encoding: .utf8)
        let matrix = dir.appendingPathComponent("closes.csv")
        try "date,AAA,BBB\n2025-01-02,10,20\n2025-01-03,11,19\n2025-01-06,12,18\n2025-01-07,11,19\n".write(to: matrix, atomically: true, encoding: .utf8)
        let imported = try CLIRunner.run(["import", first.path, second.path, matrix.path, "--symbol", "r2k", "--db", db, "--json"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let rows = try #require(try CLIRunner.json(imported)["imports"] as? [[String: Any]])
        #expect(rows.map { $0["symbol"] as? String } == ["R2K", "R2K", nil])

        // One index stored: --members may be omitted. On 2025-01-03 the 01-02 snapshot is in
        // force: AAA up (10 → 11), BBB down (20 → 19); on 01-07 only AAA (12 → 11) is a member.
        let early = try CLIRunner.json(try CLIRunner.run(["breadth", "--as-of", "2025-01-03", "--db", db, "--json"]))
        #expect([early["members"], early["advancers"], early["decliners"]].map { $0 as? Int } == [2, 1, 1])
        let late = try CLIRunner.json(try CLIRunner.run(["breadth", "--members", "2025-01-07", "--db", db, "--json"]))
        #expect([late["members"], late["advancers"], late["decliners"]].map { $0 as? Int } == [1, 0, 1])

        let other = dir.appendingPathComponent("IJR_2025-01-02.csv")
        try (header + "BBB,B INC,Energy,Equity,50,100\n").write(to: other, atomically: true, encoding: .utf8)
        #expect(try CLIRunner.run(["import", other.path, "--db", db]).status == 0)
        let ambiguous = try CLIRunner.run(["breadth", "--members", "2025-01-03", "--db", db])
        #expect(ambiguous.status == 64)
        #expect(ambiguous.stderr == "rotation: error: the store holds snapshots of several indexes (IJR, R2K): use --members INDEX@DATE or --members INDEX\n")
        let named = try CLIRunner.json(try CLIRunner.run(["breadth", "--members", "IJR@2025-01-03", "--db", db, "--json"]))
        #expect([named["members"], named["advancers"], named["decliners"]].map { $0 as? Int } == [1, 0, 1])
    }
}
