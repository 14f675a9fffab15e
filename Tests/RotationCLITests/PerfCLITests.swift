import Foundation
import Testing

/// `perf`, `highs` and `brief` through the built binary.
@Suite(.serialized)
struct PerfCLITests {
    static let prices = CLIRunner.sharedData.appendingPathComponent("prices")

    /// One store with RUT, GSPC and IXIC, shared by the tests of this suite.
    static let db: String = {
        let dir = try! CLIRunner.temporaryDirectory()
        let path = dir.appendingPathComponent("store.sqlite").path
        let files = ["RUT.csv", "GSPC.csv", "IXIC.csv"].map { prices.appendingPathComponent($0).path }
        let outcome = try! CLIRunner.run(["import"] + files + ["--db", path])
        precondition(outcome.status == 0, outcome.stderr)
        return path
    }()

    @Test("the Great Rotation week: RUT up, S&P 500 and Nasdaq down for the week to 2025-12-12")
    func greatRotationWeek() throws {
        let outcome = try CLIRunner.run(["perf", "RUT", "GSPC", "IXIC", "--window", "week", "--as-of", "2025-12-12", "--db", Self.db, "--json"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let document = try CLIRunner.json(outcome)
        #expect(document["as_of"] as? String == "2025-12-12")
        #expect(document["basis"] as? String == "price")
        let rows = try #require(document["rows"] as? [[String: Any]])
        #expect(rows.count == 3)
        // Hand calculation from ../shared/data/prices: the week's anchor is Friday 2025-12-05.
        // RUT 2551.46 / 2521.48 − 1; GSPC 6827.41 / 6870.40 − 1; IXIC 23195.17 / 23578.13 − 1.
        let expected: [(String, Double, Double)] = [
            ("RUT", 2521.48, 2551.46), ("GSPC", 6870.40, 6827.41), ("IXIC", 23578.13, 23195.17),
        ]
        for (row, (symbol, start, end)) in zip(rows, expected) {
            #expect(row["symbol"] as? String == symbol)
            #expect(row["window"] as? String == "week")
            #expect(row["start_date"] as? String == "2025-12-05")
            #expect(row["end_date"] as? String == "2025-12-12")
            #expect(row["start_value"] as? Double == start)
            #expect(row["end_value"] as? Double == end)
            let value = try #require(row["return"] as? Double)
            #expect(abs(value - (end / start - 1)) < 1e-12)
        }
    }

    @Test("year to date as of 2025-12-12 starts at the 2024-12-31 close; default windows give eight rows per symbol")
    func defaultWindows() throws {
        let outcome = try CLIRunner.run(["perf", "RUT", "--as-of", "2025-12-12", "--db", Self.db, "--json"])
        let rows = try #require(try CLIRunner.json(outcome)["rows"] as? [[String: Any]])
        #expect(rows.map { $0["window"] as? String } == ["1d", "week", "mtd", "1m", "3m", "6m", "ytd", "1y"])
        let ytd = try #require(rows.first { $0["window"] as? String == "ytd" })
        #expect(ytd["start_date"] as? String == "2024-12-31")
        // Hand calculation: RUT closes 2230.16 (2024-12-31) and 2551.46 (2025-12-12).
        #expect(abs((ytd["return"] as? Double ?? .nan) - (2551.46 / 2230.16 - 1)) < 1e-12)
    }

    @Test("a CSV path works in place of a symbol and leaves the store untouched")
    func fileMode() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let db = dir.appendingPathComponent("never-created.sqlite")
        let file = Self.prices.appendingPathComponent("RUT.csv").path
        let outcome = try CLIRunner.run(["perf", file, "--window", "week", "--as-of", "2025-12-12", "--db", db.path, "--json"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let rows = try #require(try CLIRunner.json(outcome)["rows"] as? [[String: Any]])
        #expect(rows.first?["symbol"] as? String == "RUT")
        #expect(abs((rows.first?["return"] as? Double ?? .nan) - (2551.46 / 2521.48 - 1)) < 1e-12)
        #expect(!FileManager.default.fileExists(atPath: db.path))
    }

    @Test("the library, the CLI table and the CLI JSON agree on the same number")
    func tableMatchesJSON() throws {
        let table = try CLIRunner.run(["perf", "RUT", "--window", "ytd", "--as-of", "2025-12-12", "--db", Self.db])
        #expect(table.status == 0)
        // 2551.46 / 2230.16 − 1 = 14.407% (hand calculation, rounded to two decimals).
        #expect(table.stdout.contains("+14.41%"), "\(table.stdout)")
        #expect(table.stdout.contains("2,551.46"))
    }

    @Test("an unknown symbol exits 66, an unknown window exits 64")
    func badArguments() throws {
        let unknown = try CLIRunner.run(["perf", "NOPE", "--db", Self.db])
        #expect(unknown.status == 66)
        #expect(unknown.stderr == "rotation: error: unknown symbol \"NOPE\" (rotation symbols lists what the store holds)\n")
        let window = try CLIRunner.run(["perf", "RUT", "--window", "2q", "--db", Self.db])
        #expect(window.status == 64)
        #expect(window.stderr.contains("2q"))
        let date = try CLIRunner.run(["perf", "RUT", "--as-of", "2025-02-30", "--db", Self.db])
        #expect(date.status == 64)
    }

    @Test("highs: RUT's record close and intraday record as of 2025-12-12")
    func highs() throws {
        let outcome = try CLIRunner.run(["highs", "RUT", "--as-of", "2025-12-12", "--db", Self.db, "--json"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let rows = try #require(try CLIRunner.json(outcome)["rows"] as? [[String: Any]])
        let row = try #require(rows.first)
        let record = try #require(row["record_close"] as? [String: Any])
        // Hand check against the file: the highest close up to 2025-12-12 is 2590.61 on 2025-12-11
        // (grep + sort over RUT.csv's close column), one session before the as-of day.
        #expect(record["date"] as? String == "2025-12-11")
        #expect(record["value"] as? Double == 2590.61)
        #expect(row["days_since_record_close"] as? Int == 1)
        #expect(abs((row["from_record_close"] as? Double ?? .nan) - (2551.46 / 2590.61 - 1)) < 1e-12)
    }

    /// The default store (here under a fresh $XDG_DATA_HOME) is the one store `brief` may create
    /// to hold its sample; a `--db` naming no file is refused (SilentlyWrongCLITests).
    @Test("brief on an empty default store loads the bundled sample, says so, and shows the S&P 500 and the Nasdaq")
    func briefOnEmptyStore() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let db = dir.appendingPathComponent("rotation/rotation.sqlite").path
        let outcome = try CLIRunner.run(["brief"], environment: ["XDG_DATA_HOME": dir.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("bundled sample"))
        // Beside the sample note: the one command that loads current data (issue 20).
        #expect(outcome.stdout.contains("rotation fetch --defaults"))
        #expect(outcome.stdout.contains("S&P 500"))
        #expect(outcome.stdout.contains("Nasdaq Composite"))
        #expect(outcome.stdout.contains("as of 2018-12-31"))
        // No small-cap index in the sample: the size factor tells that story (issue 20). The bundle's
        // SMB monthly returns compounded with Python over the last 12 months to 2018-11: −1.726%;
        // 36 months: −1.472%; 120 months: +13.840%.
        #expect(outcome.stdout.contains("Size (Fama–French SMB)"), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("−1.73% over the last twelve months, −1.47% over the last three years, +13.84% over the last ten years to 2018-11"))
        #expect(outcome.stdout.contains("the FF3_MONTHLY#smb line is in an underperformance stretch"))
        let symbols = try CLIRunner.run(["symbols", "--db", db, "--json"])
        let list = try #require(try CLIRunner.json(symbols)["symbols"] as? [[String: Any]])
        #expect(list.compactMap { $0["symbol"] as? String }.contains("GSPC"))
    }

    /// The bundle's factors end 2018-11; the shared GSPC and IXIC run to 2026-08-21, and no small-cap
    /// index is imported: the size section stands on data far older than the brief's day and says so.
    @Test("the size section says when the factor ends long before the brief's day")
    func staleSizeFactor() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let db = dir.appendingPathComponent("stale.sqlite").path
        let bundle = CLIRunner.sharedData.appendingPathComponent("bundle")
        let imported = try CLIRunner.run(["import", Self.prices.appendingPathComponent("GSPC.csv").path,
                                          Self.prices.appendingPathComponent("IXIC.csv").path,
                                          bundle.appendingPathComponent("ff3_monthly.csv").path, "--db", db])
        #expect(imported.status == 0, "\(imported.stderr)")
        let outcome = try CLIRunner.run(["brief", "--db", db])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("Its data end 2018-11, before the brief's day (2026-08-21): fetch current factors with `rotation fetch french`."),
                "\(outcome.stdout)")
    }

    @Test("brief in Markdown footnotes each sentence with the command that reproduces it")
    func briefMarkdown() throws {
        let outcome = try CLIRunner.run(["brief", "--as-of", "2025-12-12", "--format", "md", "--db", Self.db])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("`rotation perf RUT GSPC IXIC --window week --as-of 2025-12-12`"))
        #expect(outcome.stdout.contains("[^1]"))
        // Small caps led for the week (+1.19% vs −0.63% and −1.62%, hand-computed above).
        #expect(outcome.stdout.contains("small caps led large caps by 1.81 percentage points"), "\(outcome.stdout)")
    }
}
