import Foundation
import Testing

/// Issue 16, "Never silently wrong": inputs that gave a wrong or misleading answer without a word
/// of warning, each run through the built binary. Every test failed on the code before the fix.
struct SilentlyWrongCLITests {
    static let prices = CLIRunner.sharedData.appendingPathComponent("prices")

    /// A fresh store holding RUT from `../shared/data/prices/RUT.csv`.
    static func storeWithRUT() throws -> (dir: URL, db: String) {
        let dir = try CLIRunner.temporaryDirectory()
        let db = dir.appendingPathComponent("store.sqlite").path
        let setup = try CLIRunner.run(["import", prices.appendingPathComponent("RUT.csv").path, "--db", db])
        guard setup.status == 0 else { throw CocoaError(.fileReadUnknown, userInfo: [NSDebugDescriptionErrorKey: setup.stderr]) }
        return (dir, db)
    }

    static func write(_ text: String, to url: URL) throws -> String {
        try Data(text.utf8).write(to: url)
        return url.path
    }

    // MARK: Case 1 — a member matrix column named like a stored series

    /// Guards case 1: a member matrix with a column named `RUT` replaced the stored index's
    /// adj_close, and `perf RUT --total-return` then showed −99.96%. Now the import is refused
    /// (exit 65, one line naming the file, the header line, the column and the series) and the
    /// store is unchanged. Expected 1d return from the data file: RUT closes 2992.43 (2026-08-20)
    /// and 3017.87 (2026-08-21), adj_close equal to close.
    @Test("a member matrix column named like a stored index is refused and the index keeps its prices")
    func matrixColumnNamedLikeAnIndex() throws {
        let (dir, db) = try Self.storeWithRUT()
        let matrix = try Self.write("date,AAA,RUT\n2026-08-20,10,1.5\n2026-08-21,11,1.2\n",
                                    to: dir.appendingPathComponent("members_wide.csv"))
        let before = try StoreSnapshot.take(db)
        let outcome = try CLIRunner.run(["import", matrix, "--db", db])
        #expect(outcome.status == 65)
        #expect(outcome.stderr == "rotation: error: \(matrix):1: field \"RUT\": the store holds \"RUT\" as a series with closes of its own; member prices would overwrite its adj_close (rename or drop the column)\n")
        #expect(outcome.stdout.isEmpty)
        #expect(try StoreSnapshot.take(db) == before)
        let perf = try CLIRunner.run(["perf", "RUT", "--total-return", "--window", "1d", "--as-of", "2026-08-21", "--db", db, "--json"])
        let row = try #require((try CLIRunner.json(perf)["rows"] as? [[String: Any]])?.first)
        #expect(abs((row["return"] as? Double ?? .nan) - (3017.87 / 2992.43 - 1)) < 1e-12)
    }

    /// Guards case 1's listing: member tickers were listed among the user's series with kind
    /// `price`. Now `symbols` counts them on one line apart, `--kind member` lists them, `--kind
    /// price` leaves them out, a pattern filters, and every JSON row says `member_prices`.
    @Test("symbols lists member prices apart, with --kind and a pattern")
    func symbolsListsMembersApart() throws {
        let (dir, db) = try Self.storeWithRUT()
        let matrix = try Self.write("date,AAA,BBB\n2026-08-20,10,\n2026-08-21,11,20\n",
                                    to: dir.appendingPathComponent("members_wide.csv"))
        let imported = try CLIRunner.run(["import", matrix, "--db", db])
        #expect(imported.status == 0, "\(imported.stderr)")
        let text = try CLIRunner.run(["symbols", "--db", db])
        #expect(text.status == 0)
        #expect(text.stdout.contains("Member prices: 2 tickers, 2026-08-20 to 2026-08-21 (rotation symbols --kind member lists them)"))
        #expect(!text.stdout.contains("AAA"))
        let names = { (arguments: [String]) throws -> [String] in
            let outcome = try CLIRunner.run(["symbols"] + arguments + ["--db", db, "--json"])
            return (try CLIRunner.json(outcome)["symbols"] as? [[String: Any]] ?? []).compactMap { $0["symbol"] as? String }
        }
        #expect(try names(["--kind", "member"]) == ["AAA", "BBB"])
        #expect(try names(["--kind", "price"]) == ["RUT"])
        #expect(try names(["b*"]) == ["BBB"])
        #expect(try names([]) == ["AAA", "BBB", "RUT"])
        let all = try CLIRunner.json(try CLIRunner.run(["symbols", "--db", db, "--json"]))["symbols"] as? [[String: Any]] ?? []
        #expect(all.map { $0["member_prices"] as? Bool } == [true, true, false])
        let bad = try CLIRunner.run(["symbols", "--kind", "stock", "--db", db])
        #expect(bad.status == 64)
        #expect(bad.stderr == "rotation: error: --kind stock: expected one of price, return, rate, factor, member\n")
    }

    // MARK: Case 2 — a read on a store that does not exist

    /// Guards case 2: a mistyped `--db` silently created an empty store and the next command said
    /// "unknown symbol". A read now exits 66 naming the path and how to create a store, and
    /// creates nothing; `import` still creates the store.
    @Test("a read on a --db path that does not exist exits 66 and creates nothing; import creates it")
    func missingStore() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let db = dir.appendingPathComponent("typo/store.sqlite").path
        let message = "rotation: error: no store at \"\(db)\": check --db or $ROTATION_DB, or create one with rotation import FILE|DIR --db \(db)\n"
        for command in [["perf", "RUT"], ["symbols"], ["brief"]] {
            let outcome = try CLIRunner.run(command + ["--db", db])
            #expect(outcome.status == 66, "\(command)")
            #expect(outcome.stderr == message, "\(command)")
            #expect(outcome.stdout.isEmpty)
        }
        let fromEnvironment = try CLIRunner.run(["symbols"], environment: ["ROTATION_DB": db])
        #expect(fromEnvironment.status == 66 && fromEnvironment.stderr == message)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("typo").path))
        let created = try CLIRunner.run(["import", Self.prices.appendingPathComponent("RUT.csv").path, "--db", db])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(try CLIRunner.run(["symbols", "--db", db]).status == 0)
    }

    // MARK: Cases 3 and 4 — mixed end dates, and "total return" without dividends

    /// One store for these tests: RUT, GSPC (end 2026-08-21), NDX (ends 2026-02-06), QQQ (adj_close
    /// equal to close on every row) and IWM (adj_close differs on 6,550 rows) from
    /// `../shared/data/prices` (last dates and counts read from the files with awk).
    static let mixedStore: Result<String, any Error> = Result {
        let db = try CLIRunner.temporaryDirectory().appendingPathComponent("store.sqlite").path
        let files = ["RUT", "GSPC", "NDX", "QQQ", "IWM"].map { prices.appendingPathComponent("\($0).csv").path }
        let setup = try CLIRunner.run(["import"] + files + ["--db", db])
        guard setup.status == 0 else { throw CocoaError(.fileReadUnknown, userInfo: [NSDebugDescriptionErrorKey: setup.stderr]) }
        return db
    }

    static let ndxNote = "NDX: data end 2026-02-06, before the as-of day 2026-08-21, so its figures stand on 2026-02-06"

    /// Guards case 3: `perf RUT NDX` "as of 2026-08-21" showed NDX's year-to-date return ending
    /// 2026-02-06 with no word. Now the JSON gives each series' last date and a note, and the text
    /// says it in words.
    @Test("perf states each series' last date and says in words when one ends before the as-of day")
    func perfMixedEndDates() throws {
        let db = try Self.mixedStore.get()
        let json = try CLIRunner.json(try CLIRunner.run(["perf", "RUT", "NDX", "--window", "ytd", "--db", db, "--json"]))
        #expect(json["as_of"] as? String == "2026-08-21")
        let series = try #require(json["series"] as? [[String: Any]])
        #expect(series.map { $0["symbol"] as? String } == ["RUT", "NDX"])
        #expect(series.map { $0["last_date"] as? String } == ["2026-08-21", "2026-02-06"])
        #expect(series.map { $0["ends_before_as_of"] as? Bool } == [false, true])
        #expect(json["notes"] as? [String] == [Self.ndxNote])
        let text = try CLIRunner.run(["perf", "RUT", "NDX", "--window", "ytd", "--db", db])
        #expect(text.stdout.contains("Data end: RUT 2026-08-21, NDX 2026-02-06\nNote: \(Self.ndxNote).\n"), "\(text.stdout)")
    }

    /// Guards case 3 for `relative` and `rrg`: the rotation map placed NDX's February point beside
    /// August ones without a word.
    @Test("relative and rrg state each series' last date and mark the one that ends early")
    func relativeAndMapMixedEndDates() throws {
        let db = try Self.mixedStore.get()
        let relative = try CLIRunner.json(try CLIRunner.run(["relative", "NDX", "GSPC", "--db", db, "--json"]))
        #expect((relative["series"] as? [[String: Any]])?.map { $0["last_date"] as? String } == ["2026-02-06", "2026-08-21"])
        #expect(relative["notes"] as? [String] == [Self.ndxNote])
        let map = try CLIRunner.json(try CLIRunner.run(["rrg", "RUT", "NDX", "--benchmark", "GSPC", "--db", db, "--json"]))
        #expect((map["series"] as? [[String: Any]])?.map { $0["symbol"] as? String } == ["GSPC", "RUT", "NDX"])
        #expect((map["series"] as? [[String: Any]])?.map { $0["ends_before_as_of"] as? Bool } == [false, false, true])
        #expect(map["notes"] as? [String] == [Self.ndxNote])
        let text = try CLIRunner.run(["rrg", "RUT", "NDX", "--benchmark", "GSPC", "--db", db])
        #expect(text.stdout.contains("Note: \(Self.ndxNote)."))
        // Every series up to date: no note, but the last dates are still stated.
        let current = try CLIRunner.json(try CLIRunner.run(["relative", "RUT", "GSPC", "--db", db, "--json"]))
        #expect(current["notes"] as? [String] == [])
        #expect((current["series"] as? [[String: Any]])?.count == 2)
    }

    /// Guards case 4: `--total-return` on a series whose adj_close equals its close everywhere
    /// (QQQ here; indexes and Stooq files likewise) was labelled a total return. Now its series
    /// entry says basis "price" and a note says why; IWM, which has dividend data, stays "total".
    @Test("--total-return on a series without dividend data is labelled a price return")
    func priceReturnOnly() throws {
        let db = try Self.mixedStore.get()
        let outcome = try CLIRunner.run(["perf", "QQQ", "IWM", "--total-return", "--window", "1y", "--as-of", "2026-07-31", "--db", db, "--json"])
        let json = try CLIRunner.json(outcome)
        #expect(json["basis"] as? String == "total")
        let series = try #require(json["series"] as? [[String: Any]])
        #expect(series.map { $0["basis"] as? String } == ["price", "total"])
        #expect(series.map { $0["price_return_only"] as? Bool } == [true, false])
        #expect(json["notes"] as? [String] == ["QQQ: adj_close equals close (no dividend data), so its total return is a price return"])
        let text = try CLIRunner.run(["perf", "QQQ", "--total-return", "--window", "1y", "--as-of", "2026-07-31", "--db", db])
        #expect(text.stdout.contains("Note: QQQ: adj_close equals close (no dividend data), so its total return is a price return."))
    }

    // MARK: Case 7 — promises the tool did not keep

    /// Guards case 7's window: `--window 5d` was refused although CONTRACT lists `Nd`. Expected
    /// from RUT.csv: five rows before 2026-08-21 is 2026-08-14 (close 3068.42); end 3017.87.
    @Test("--window 5d is five trading days, and an unknown window lists every form")
    func tradingDayWindow() throws {
        let db = try Self.mixedStore.get()
        let json = try CLIRunner.json(try CLIRunner.run(["perf", "RUT", "--window", "5d", "--db", db, "--json"]))
        let row = try #require((json["rows"] as? [[String: Any]])?.first)
        #expect(row["window"] as? String == "5d" && row["start_date"] as? String == "2026-08-14")
        #expect(abs((row["return"] as? Double ?? .nan) - (3017.87 / 3068.42 - 1)) < 1e-12)
        let bad = try CLIRunner.run(["perf", "RUT", "--window", "2q", "--db", db])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("expected 1d, Nd (N trading days, e.g. 5d), week, mtd, qtd, ytd, Nw, Nm, Ny (N = 1…99, e.g. 1w, 3m, 18m, 10y), since:YYYY-MM-DD, year:YYYY, range:D1..D2"))
    }

    /// Guards case 7's `--date`: the holdings reader told the user to "pass --date" for an
    /// undated file, but `import` had no `--date`. It has now; the snapshot gets that date.
    @Test("import --date dates a holdings file whose name and text state none")
    func importDate() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let db = dir.appendingPathComponent("store.sqlite").path
        let holdings = try Self.write("ticker,name,sector,asset_class,market_value,weight_pct\nAAA,A INC,Energy,Equity,100,60\nBBB,B INC,Energy,Equity,50,40\n",
                                      to: dir.appendingPathComponent("IWM_holdings.csv"))
        let undated = try CLIRunner.run(["import", holdings, "--db", db])
        #expect(undated.status == 65)
        #expect(undated.stderr == "rotation: error: \(holdings): no holdings date: put YYYY-MM-DD in the file name or pass --date\n")
        let dated = try CLIRunner.run(["import", holdings, "--date", "2025-11-05", "--db", db, "--json"])
        #expect(dated.status == 0, "\(dated.stderr)")
        let row = try #require((try CLIRunner.json(dated)["imports"] as? [[String: Any]])?.first)
        #expect(row["symbol"] as? String == "IWM" && row["first_date"] as? String == "2025-11-05" && row["added"] as? Int == 2)
        let misplaced = try CLIRunner.run(["import", Self.prices.appendingPathComponent("RUT.csv").path, "--date", "2025-11-05", "--db", db])
        #expect(misplaced.status == 64)
        #expect(misplaced.stderr == "rotation: error: --date dates holdings files (iShares layout), and none was given\n")
    }

    // MARK: Case 6 — backtests through the binary

    /// Guards case 6 end to end: the spec's ruin date reaches `--json`.
    @Test("a ruined pair says ruined_on in backtest --json")
    func ruinedBacktest() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let x = try Self.write("date,close\n2025-01-06,100\n2025-01-07,100\n2025-01-08,100\n2025-01-09,100\n", to: dir.appendingPathComponent("X.csv"))
        _ = try Self.write("date,close\n2025-01-06,100\n2025-01-07,150\n2025-01-08,250\n2025-01-09,300\n", to: dir.appendingPathComponent("Y.csv"))
        let spec = try Self.write(#"{"strategy": "pairs", "long": "X", "short": "Y", "basis": "price"}"#, to: dir.appendingPathComponent("spec.json"))
        let outcome = try CLIRunner.run(["backtest", "--spec", spec, "--prices", dir.path, "--json"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let json = try CLIRunner.json(outcome)
        // Hand calculation in RuinAndBandTests.ruin: equity 1, 0.5, −0.5 → ruined on 2025-01-08.
        #expect(json["ruined_on"] as? String == "2025-01-08" && json["last_date"] as? String == "2025-01-08")
        #expect(json["final_equity"] as? Double == -0.5)
        _ = x
    }
}
