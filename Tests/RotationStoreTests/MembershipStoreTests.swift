import RotationCore
import RotationData
import RotationSQLite
import Testing

/// The stores that keep membership snapshots (`MembershipStore`): SQLite in memory and on file,
/// and PostgreSQL when `PostgresTestServer.runs`.
enum SnapshotFlavor: String, CaseIterable, CustomStringConvertible, Sendable {
    case memory = "SQLite in memory"
    case file = "SQLite file"
    case postgres = "PostgreSQL"

    var description: String { rawValue }

    static var allCases: [SnapshotFlavor] {
        PostgresTestServer.runs ? [.memory, .file, .postgres] : [.memory, .file]
    }

    /// A fresh, empty store of this flavour (for PostgreSQL: a new schema of the test database).
    func makeStore() throws -> any MembershipStore {
        switch self {
        case .memory: try SQLiteStore()
        case .file: try StoreFlavor.makeSQLiteFile()
        case .postgres: try PostgresTestServer.makeStore()
        }
    }
}

/// Membership snapshots and member prices in every store that keeps them.
struct MembershipStoreTests {
    static func day(_ text: String) -> TradingDay { TradingDay(text)! }

    /// A three-member snapshot of "IWM" with awkward doubles.
    static func snapshot(_ date: String = "2025-05-13", extra: [String: MemberHolding] = [:]) -> SnapshotImportItem {
        var members: [String: MemberHolding] = [
            "AAA": MemberHolding(sector: "Energy", weight: 0.1 + 0.2, marketValue: 300.25),
            "BBB": MemberHolding(sector: nil, weight: 1e-17, marketValue: nil),
            "CCC": MemberHolding(sector: "Health Care", weight: 0.5, marketValue: 500),
        ]
        members.merge(extra) { _, new in new }
        return SnapshotImportItem(file: "IWM_holdings_\(date).csv", contentHash: "0000000000000001", index: "IWM",
                                  snapshot: MembershipSnapshot(date: day(date), members: members),
                                  names: ["AAA": "A INC", "CCC": "C, INC"])
    }

    /// Two tickers over three days; BBB is not listed on the first day.
    static func matrix() -> MemberPricesImportItem {
        let panel = MemberPanel(days: ["2025-01-02", "2025-01-03", "2025-01-06"].map(day), tickers: ["AAA", "BBB"],
                                closes: [[10, 10.5, 0.1 + 0.2], [.nan, 20, 21]])
        return MemberPricesImportItem(file: "wide.csv", contentHash: "0000000000000002", panel: panel)
    }

    @Test("a snapshot comes back as imported and a second import reports every member unchanged", arguments: SnapshotFlavor.allCases)
    func snapshotIdempotent(flavor: SnapshotFlavor) async throws {
        let store = try flavor.makeStore()
        let first = try await store.importBatch([.snapshot(Self.snapshot())])
        // Three fixture members, all new.
        #expect(first == [BatchImportReport(kind: "membership", symbol: "IWM", file: "IWM_holdings_2025-05-13.csv",
                                            added: 3, updated: 0, unchanged: 0, removed: 0,
                                            firstDate: Self.day("2025-05-13"), lastDate: Self.day("2025-05-13"))])
        let again = try await store.importBatch([.snapshot(Self.snapshot())])
        #expect(again.map { [$0.added, $0.updated, $0.unchanged, $0.removed ?? -1] } == [[0, 0, 3, 0]])
        let history = try await store.membershipHistory(index: "iwm")
        #expect(history.snapshots == [Self.snapshot().snapshot])
    }

    @Test("a revised snapshot updates changed members, adds new ones and removes those it lacks", arguments: SnapshotFlavor.allCases)
    func snapshotRevised(flavor: SnapshotFlavor) async throws {
        let store = try flavor.makeStore()
        _ = try await store.importBatch([.snapshot(Self.snapshot())])
        var revised = Self.snapshot(extra: ["DDD": MemberHolding(sector: "Materials", weight: 0.01)])
        revised.snapshot.members["AAA"]?.weight = 0.3          // 0.1 + 0.2 differs from 0.3 in the last bit
        revised.snapshot.members["BBB"] = nil
        revised.names["CCC"] = "C INC"                          // a renamed security is a changed member
        let report = try #require(try await store.importBatch([.snapshot(revised)]).first)
        // Hand count: DDD added; AAA (weight) and CCC (name) updated; BBB removed.
        #expect([report.added, report.updated, report.unchanged, report.removed] == [1, 2, 0, 1])
        let stored = try #require(try await store.membershipHistory(index: "IWM").snapshots.first)
        #expect(stored == revised.snapshot)
        let summary = try #require(try await store.snapshotSummaries().first)
        // Σ weights in ticker order AAA + CCC + DDD = 0.3 + 0.5 + 0.01, summed as doubles on every
        // store (SnapshotSummary.summarize): exactly 0.81 (Python: 0.3 + 0.5 + 0.01 == 0.81).
        #expect(summary.index == "IWM" && summary.date == Self.day("2025-05-13") && summary.members == 3)
        #expect(summary.weight == 0.81)
    }

    @Test("the snapshot in force on a day is the latest stored on or before it", arguments: SnapshotFlavor.allCases)
    func historyInForce(flavor: SnapshotFlavor) async throws {
        let store = try flavor.makeStore()
        let later = Self.snapshot("2025-11-05", extra: ["EEE": MemberHolding(sector: nil, weight: 0.2)])
        _ = try await store.importBatch([.snapshot(later), .snapshot(Self.snapshot())])
        let history = try await store.membershipHistory(index: "IWM")
        #expect(history.snapshots.map(\.date) == [Self.day("2025-05-13"), Self.day("2025-11-05")])
        #expect(history.snapshot(on: Self.day("2025-11-04"))?.date == Self.day("2025-05-13"))
        #expect(history.snapshot(on: Self.day("2025-11-05"))?.members["EEE"] != nil)
        #expect(history.snapshot(on: Self.day("2026-01-09"))?.date == Self.day("2025-11-05"))
        await #expect(throws: DataError(.unknownSymbol, "no membership snapshots of \"QQQ\" in the store (rotation symbols lists them)")) {
            try await store.membershipHistory(index: "QQQ")
        }
    }

    @Test("a bad member late in the batch leaves the store exactly as it was", arguments: SnapshotFlavor.allCases)
    func atomic(flavor: SnapshotFlavor) async throws {
        let store = try flavor.makeStore()
        _ = try await store.importBatch([.snapshot(Self.snapshot())])
        // The bad member sorts last (ZZZ), so every other row of the batch has been written first.
        let bad = Self.snapshot("2025-11-05", extra: ["ZZZ": MemberHolding(sector: nil, weight: .nan)])
        await #expect(throws: DataError(.badInput, "member \"ZZZ\" has a weight or market value that is not a finite number",
                                        at: SourceLocation(file: "IWM_holdings_2025-11-05.csv"))) {
            try await store.importBatch([.memberPrices(Self.matrix()), .series(Fixtures.item(.bars(Fixtures.bars()))),
                                         .snapshot(Self.snapshot(extra: ["DDD": MemberHolding(sector: nil, weight: 1)])), .snapshot(bad)])
        }
        #expect(try await store.snapshotSummaries().map(\.date) == [Self.day("2025-05-13")])
        #expect(try await store.membershipHistory(index: "IWM").snapshots == [Self.snapshot().snapshot])
        #expect(try await store.symbols().isEmpty)
        #expect(try await store.importLog().count == 1)
    }

    @Test("a matrix writes adj_close only, merges into member prices already held and re-imports unchanged", arguments: SnapshotFlavor.allCases)
    func memberPrices(flavor: SnapshotFlavor) async throws {
        let store = try flavor.makeStore()
        // AAA held as member prices (adj_close only), as an earlier matrix writes them.
        let held = DailyBars(symbol: "AAA", days: [Self.day("2025-01-02")], open: [.nan], high: [.nan], low: [.nan], close: [.nan],
                             adjClose: [9.5], volume: [.nan])
        _ = try await store.importBatch([Fixtures.item(.bars(held))])
        let report = try #require(try await store.importBatch([.memberPrices(Self.matrix())]).first)
        // Hand count: AAA 01-02 differs (9.5 → 10) updated, 01-03 and 01-06 added; BBB two rows added.
        #expect(report == BatchImportReport(kind: "member_prices", symbol: nil, file: "wide.csv", added: 4, updated: 1,
                                            unchanged: 0, tickers: 2, firstDate: Self.day("2025-01-02"),
                                            lastDate: Self.day("2025-01-06")))
        let aaa = try #require(try await store.load(symbol: "AAA").bars)
        #expect(sameBits(aaa.adjClose, [10, 10.5, 0.1 + 0.2]))
        #expect(sameBits(aaa.close, [.nan, .nan, .nan]) && sameBits(aaa.volume, [.nan, .nan, .nan]))
        let bbb = try #require(try await store.loadBars(symbols: ["BBB", "NOPE"]).first)
        #expect(bbb.days == [Self.day("2025-01-03"), Self.day("2025-01-06")] && sameBits(bbb.adjClose, [20, 21]))
        let again = try #require(try await store.importBatch([.memberPrices(Self.matrix())]).first)
        #expect([again.added, again.updated, again.unchanged] == [0, 0, 5])
        // `symbols` tells member prices apart from the user's series (issue 16, case 1).
        #expect(try await store.symbols().map(\.memberPrices) == [true, true])
    }

    /// Issue 16, case 1 (silently wrong before): a matrix column named like a stored series of
    /// the user's (here BBB, bars with a close, as an index imported from prices/RUT.csv) replaced
    /// that series' adj_close, and `perf RUT --total-return` answered from member prices. Every
    /// store now refuses the batch with one line naming the file, the header line, the column and
    /// the series, and the store is left exactly as it was.
    @Test("a matrix column named like a stored series with closes of its own is refused, not merged", arguments: SnapshotFlavor.allCases)
    func memberPricesCollision(flavor: SnapshotFlavor) async throws {
        let store = try flavor.makeStore()
        let own = DailyBars(symbol: "BBB", days: [Self.day("2025-01-03")], open: [.nan], high: [.nan], low: [.nan], close: [2000],
                            adjClose: [2000], volume: [.nan])
        _ = try await store.importBatch([Fixtures.item(.bars(own), file: "prices/BBB.csv")])
        let before = try await store.symbols()
        #expect(before.map(\.memberPrices) == [false])
        await #expect(throws: DataError(.badInput, "the store holds \"BBB\" as a series with closes of its own; member prices would overwrite its adj_close (rename or drop the column)",
                                        at: SourceLocation(file: "wide.csv", line: 1, field: "BBB"))) {
            try await store.importBatch([.memberPrices(Self.matrix())])
        }
        #expect(try await store.symbols() == before)
        let bbb = try #require(try await store.load(symbol: "BBB").bars)
        #expect(sameBits(bbb.adjClose, [2000]) && bbb.days == [Self.day("2025-01-03")])
        #expect(try await store.importLog().count == 1)
    }

    @Test("a matrix ticker held as a factor is refused", arguments: SnapshotFlavor.allCases)
    func kindConflict(flavor: SnapshotFlavor) async throws {
        let store = try flavor.makeStore()
        _ = try await store.importBatch([Fixtures.item(.series(Fixtures.factor("BBB")), file: "f.csv")])
        await #expect(throws: DataError(.badInput, "symbol \"BBB\" is held as factor, not price", at: SourceLocation(file: "wide.csv"))) {
            try await store.importBatch([.memberPrices(Self.matrix())])
        }
        #expect(try await store.symbols().map(\.symbol) == ["BBB"])
    }
}
