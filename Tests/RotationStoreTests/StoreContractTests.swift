import RotationCore
import RotationData
import RotationSQLite
import Testing

/// The storage contract every `Store` passes: SQLite in memory, SQLite on file and PostgreSQL
/// (see `StoreFlavor`), each test on a fresh, empty store.
struct StoreContractTests {
    @Test("bars and series come back bit for bit, missing values as NaN", arguments: StoreFlavor.allCases)
    func roundTrip(flavor: StoreFlavor) async throws {
        let store = try flavor.makeStore()
        _ = try await store.importBatch([Fixtures.item(.bars(Fixtures.bars())),
                                         Fixtures.item(.series(Fixtures.factor()))])
        let bars = try #require(try await store.load(symbol: "IWM").bars)
        #expect(sameBars(bars, Fixtures.bars()))
        let series = try #require(try await store.load(symbol: "FF3#SMB").series)
        #expect(series == Fixtures.factor())
    }

    @Test("a first import adds every row and reports the file's date range", arguments: StoreFlavor.allCases)
    func firstImport(flavor: StoreFlavor) async throws {
        let store = try flavor.makeStore()
        let reports = try await store.importBatch([Fixtures.item(.bars(Fixtures.bars())),
                                                   Fixtures.item(.series(Fixtures.factor()), file: "ff3.csv")])
        // Counts: five fixture bars, four fixture values, all new.
        #expect(reports == [
            ImportReport(symbol: "IWM", file: "prices/IWM.csv", added: 5, updated: 0, unchanged: 0,
                         firstDate: Fixtures.day("2024-01-02"), lastDate: Fixtures.day("2024-01-08")),
            ImportReport(symbol: "FF3#SMB", file: "ff3.csv", added: 4, updated: 0, unchanged: 0,
                         firstDate: Fixtures.day("2024-01-31"), lastDate: Fixtures.day("2024-04-30")),
        ])
    }

    @Test("importing the same items again reports every row unchanged", arguments: StoreFlavor.allCases)
    func idempotent(flavor: StoreFlavor) async throws {
        let store = try flavor.makeStore()
        let items = [Fixtures.item(.bars(Fixtures.bars())), Fixtures.item(.series(Fixtures.factor()))]
        _ = try await store.importBatch(items)
        let again = try await store.importBatch(items)
        #expect(again.map { [$0.added, $0.updated, $0.unchanged] } == [[0, 0, 5], [0, 0, 4]])
        #expect(sameBars(try #require(try await store.load(symbol: "IWM").bars), Fixtures.bars()))
    }

    @Test("revised history is reported as updated and the new values are stored", arguments: StoreFlavor.allCases)
    func revisedHistory(flavor: StoreFlavor) async throws {
        let store = try flavor.makeStore()
        let original = Fixtures.bars()
        _ = try await store.importBatch([Fixtures.item(.bars(original))])
        // The revision drops 2024-01-02 (kept in the store), changes close on 01-03, fills the
        // missing open of 01-04, blanks the volume of 01-05, keeps 01-08 and adds 01-09.
        let days = Array(original.days.dropFirst()) + [Fixtures.day("2024-01-09")]
        var open = Array(original.open.dropFirst()) + [210]
        var close = Array(original.close.dropFirst()) + [211]
        var volume = Array(original.volume.dropFirst()) + [1]
        close[0] = 200.5000001
        open[1] = 200.75
        volume[2] = .nan
        let revised = DailyBars(symbol: "IWM", days: days, open: open, high: Array(original.high.dropFirst()) + [212],
                                low: Array(original.low.dropFirst()) + [209], close: close,
                                adjClose: [Double](repeating: .nan, count: 5), volume: volume)
        let report = try #require(try await store.importBatch([Fixtures.item(.bars(revised))]).first)
        #expect([report.added, report.updated, report.unchanged] == [1, 3, 1])
        let stored = try #require(try await store.load(symbol: "IWM").bars)
        #expect(stored.days == [original.days[0]] + revised.days)
        #expect(sameBits(stored.close, [original.close[0]] + revised.close))
        #expect(sameBits(stored.open, [original.open[0]] + revised.open))
        #expect(sameBits(stored.volume, [original.volume[0]] + revised.volume))
    }

    @Test("a revised factor value is updated, the others unchanged", arguments: StoreFlavor.allCases)
    func revisedSeries(flavor: StoreFlavor) async throws {
        let store = try flavor.makeStore()
        let original = Fixtures.factor()
        _ = try await store.importBatch([Fixtures.item(.series(original))])
        var values = original.values
        values[1] = -2.38
        let revised = Series(name: original.name, kind: .factor, days: original.days, values: values)
        let report = try #require(try await store.importBatch([Fixtures.item(.series(revised))]).first)
        #expect([report.added, report.updated, report.unchanged] == [0, 1, 3])
        #expect(try await store.load(symbol: "FF3#SMB").series == revised)
    }

    @Test("a batch whose second item conflicts leaves the store exactly as it was", arguments: StoreFlavor.allCases)
    func atomicBatch(flavor: StoreFlavor) async throws {
        let store = try flavor.makeStore()
        _ = try await store.importBatch([Fixtures.item(.series(Fixtures.factor("SPY")), file: "ff/spy.csv")])
        let symbolsBefore = try await store.symbols()
        let logBefore = try await store.importLog()
        let batch = [Fixtures.item(.bars(Fixtures.bars("IWM"))), Fixtures.item(.bars(Fixtures.bars("SPY")))]
        await #expect(throws: DataError(.badInput, "symbol \"SPY\" is held as factor, not price",
                                        at: SourceLocation(file: "prices/SPY.csv"))) {
            try await store.importBatch(batch)
        }
        await #expect(throws: DataError.self) { try await store.load(symbol: "IWM") }
        #expect(try await store.symbols() == symbolsBefore)
        #expect(try await store.importLog() == logBefore)
    }

    @Test("the kind conflict message names the file, the held kind and the incoming kind",
          arguments: StoreFlavor.allCases)
    func kindConflictMessage(flavor: StoreFlavor) async throws {
        let store = try flavor.makeStore()
        _ = try await store.importBatch([Fixtures.item(.bars(Fixtures.bars("SPY")))])
        let error = await #expect(throws: DataError.self) {
            try await store.importBatch([Fixtures.item(.series(Fixtures.factor("SPY")), file: "ff/spy.csv")])
        }
        #expect(error?.code == .badInput)
        #expect(error?.description == "ff/spy.csv: symbol \"SPY\" is held as price, not factor")
    }

    @Test("an unknown symbol is reported with the contract's message", arguments: StoreFlavor.allCases)
    func unknownSymbol(flavor: StoreFlavor) async throws {
        let store = try flavor.makeStore()
        _ = try await store.importBatch([Fixtures.item(.bars(Fixtures.bars()))])
        await #expect(throws: DataError(.unknownSymbol,
                                        "unknown symbol \"XYZ\" (rotation symbols lists what the store holds)")) {
            try await store.load(symbol: "xyz")
        }
    }

    @Test("load finds a symbol whatever the case of the argument", arguments: StoreFlavor.allCases)
    func caseInsensitiveLoad(flavor: StoreFlavor) async throws {
        let store = try flavor.makeStore()
        _ = try await store.importBatch([Fixtures.item(.bars(Fixtures.bars())),
                                         Fixtures.item(.series(Fixtures.factor("FF3#SMB")))])
        #expect(try await store.load(symbol: "iwm").symbol == "IWM")
        #expect(try await store.load(symbol: "ff3#smb").symbol == "FF3#SMB")
    }

    @Test("symbols lists each symbol with kind, first and last day and row count, sorted",
          arguments: StoreFlavor.allCases)
    func symbolSummaries(flavor: StoreFlavor) async throws {
        let store = try flavor.makeStore()
        let empty = Series(name: "DGS10", kind: .rate, days: [], values: [])
        _ = try await store.importBatch([Fixtures.item(.bars(Fixtures.bars("SPY"))),
                                         Fixtures.item(.series(Fixtures.factor("FF3#SMB"))),
                                         Fixtures.item(.series(empty)),
                                         Fixtures.item(.bars(Fixtures.bars("IWM")))])
        // Ranges and counts from the fixtures: five bars 2024-01-02…01-08, four values 01-31…04-30.
        #expect(try await store.symbols() == [
            SymbolSummary(symbol: "DGS10", kind: .rate, firstDate: nil, lastDate: nil, rows: 0),
            SymbolSummary(symbol: "FF3#SMB", kind: .factor, firstDate: Fixtures.day("2024-01-31"),
                          lastDate: Fixtures.day("2024-04-30"), rows: 4),
            SymbolSummary(symbol: "IWM", kind: .price, firstDate: Fixtures.day("2024-01-02"),
                          lastDate: Fixtures.day("2024-01-08"), rows: 5),
            SymbolSummary(symbol: "SPY", kind: .price, firstDate: Fixtures.day("2024-01-02"),
                          lastDate: Fixtures.day("2024-01-08"), rows: 5),
        ])
    }

    @Test("the import log records each file with its hash and counts, newest first",
          arguments: StoreFlavor.allCases)
    func importLog(flavor: StoreFlavor) async throws {
        let store = try flavor.makeStore()
        #expect(try await store.importLog().isEmpty)
        _ = try await store.importBatch([Fixtures.item(.bars(Fixtures.bars()), hash: "0123456789abcdef"),
                                         Fixtures.item(.series(Fixtures.factor()), file: "ff3.csv", hash: "fedcba9876543210")])
        _ = try await store.importBatch([Fixtures.item(.bars(Fixtures.bars()), hash: "0123456789abcdef")])
        let log = try await store.importLog()
        #expect(log.map(\.file) == ["prices/IWM.csv", "ff3.csv", "prices/IWM.csv"])
        #expect(log.map(\.contentHash) == ["0123456789abcdef", "fedcba9876543210", "0123456789abcdef"])
        #expect(log.map(\.symbol) == ["IWM", "FF3#SMB", "IWM"])
        #expect(log.map { [$0.added, $0.updated, $0.unchanged] } == [[0, 0, 5], [4, 0, 0], [5, 0, 0]])
        for entry in log {
            #expect(entry.importedAt.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/) != nil, "\(entry.importedAt)")
        }
    }

    @Test("two items for one symbol in a batch merge in order", arguments: StoreFlavor.allCases)
    func sameSymbolTwiceInBatch(flavor: StoreFlavor) async throws {
        let store = try flavor.makeStore()
        let bars = Fixtures.bars()
        let early = bars.slice(from: nil, through: Fixtures.day("2024-01-04"))
        let reports = try await store.importBatch([Fixtures.item(.bars(early)), Fixtures.item(.bars(bars))])
        #expect(reports.map { [$0.added, $0.updated, $0.unchanged] } == [[3, 0, 0], [2, 0, 3]])
        #expect(sameBars(try #require(try await store.load(symbol: "IWM").bars), bars))
    }

    @Test("a price series is kept as bars holding only the close", arguments: StoreFlavor.allCases)
    func priceSeriesAsBars(flavor: StoreFlavor) async throws {
        let store = try flavor.makeStore()
        let closes = Series(name: "AAPL", kind: .price, days: [Fixtures.day("2024-01-02")], values: [185.64])
        _ = try await store.importBatch([Fixtures.item(.series(closes))])
        let bars = try #require(try await store.load(symbol: "AAPL").bars)
        #expect(bars.days == closes.days)
        #expect(bars.close == [185.64])
        #expect(bars.open[0].isNaN && bars.adjClose[0].isNaN && bars.volume[0].isNaN)
    }

    @Test("a value series with a NaN is rejected and nothing is stored", arguments: StoreFlavor.allCases)
    func nanInSeries(flavor: StoreFlavor) async throws {
        let store = try flavor.makeStore()
        let bad = Series(name: "DGS10", kind: .rate, days: [Fixtures.day("2024-01-02")], values: [.nan])
        await #expect(throws: DataError(.badInput, "series \"DGS10\" has no value on 2024-01-02",
                                        at: SourceLocation(file: "rates/DGS10.csv"))) {
            try await store.importBatch([Fixtures.item(.series(bad), file: "rates/DGS10.csv")])
        }
        #expect(try await store.symbols().isEmpty)
    }

    @Test("negative zero comes back as positive zero and re-imports as unchanged", arguments: StoreFlavor.allCases)
    func negativeZero(flavor: StoreFlavor) async throws {
        let store = try flavor.makeStore()
        let series = Series(name: "SMB", kind: .factor, days: [Fixtures.day("2024-01-31")], values: [-0.0])
        _ = try await store.importBatch([Fixtures.item(.series(series))])
        let again = try await store.importBatch([Fixtures.item(.series(series))])
        #expect(again.first?.unchanged == 1)
        // SQLite writes a whole-number REAL as an integer on disk and NUMERIC has no negative
        // zero either, so every store returns +0.
        #expect(try await store.load(symbol: "SMB").series?.values.map(\.bitPattern) == [(0.0).bitPattern])
    }
}
