import Foundation
import Testing
import RotationCore
import RotationData

/// The 26 real price files in `../shared/data/prices` parse completely.
struct RealPriceFilesTests {
    /// Symbol, first date, last date, rows: data/README.md's "Price files" table.
    static let table: [(String, String, String, Int)] = [
        ("RUT", "1987-09-10", "2026-08-21", 9811), ("GSPC", "1927-12-30", "2026-08-21", 24777),
        ("IXIC", "1971-02-05", "2026-08-21", 14003), ("NDX", "2000-01-03", "2026-02-06", 6564),
        ("DJI", "1992-01-02", "2026-02-23", 8596), ("IWM", "2000-05-26", "2026-07-31", 6583),
        ("SPY", "1993-01-29", "2026-07-31", 8433), ("QQQ", "1999-03-10", "2026-07-31", 6891),
        ("DIA", "1998-01-20", "2026-07-31", 7177),
        ("XLE", "1998-12-22", "2026-07-31", 6943), ("XLF", "1998-12-22", "2026-07-31", 6943),
        ("XLI", "1998-12-22", "2026-07-31", 6943), ("XLK", "1998-12-22", "2026-07-31", 6943),
        ("XLP", "1998-12-22", "2026-07-31", 6943), ("XLU", "1998-12-22", "2026-07-31", 6943),
        ("XLV", "1998-12-22", "2026-07-31", 6943), ("XLY", "1998-12-22", "2026-07-31", 6943),
        ("XLB", "1998-12-22", "2026-07-31", 6943), ("XLRE", "2015-10-08", "2026-07-31", 2718),
        ("XLC", "2018-06-19", "2026-07-31", 2040),
        ("IWN", "2000-07-28", "2026-07-31", 6540), ("IWO", "2000-07-28", "2026-07-31", 6540),
        ("VB", "2004-01-30", "2026-07-31", 5661), ("VBR", "2004-01-30", "2026-07-31", 5661),
        ("IJR", "2000-05-26", "2026-07-31", 6583), ("SMLF", "2015-04-30", "2026-07-31", 2830),
    ]

    static func bars(_ symbol: String) throws -> DailyBars {
        let path = TestData.sharedData.appendingPathComponent("prices/\(symbol).csv").path
        guard case .bars(let bars) = try InputFiles.load(path: path)[0].payload else {
            throw DataError(.badInput, "expected bars")
        }
        return bars
    }

    @Test("the table lists every price file")
    func tableIsComplete() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: TestData.sharedData.appendingPathComponent("prices").path)
        #expect(Set(files) == Set(Self.table.map { "\($0.0).csv" }))
    }

    @Test("each price file parses with its rows and first and last dates", arguments: table)
    func parses(symbol: String, first: String, last: String, rows: Int) throws {
        let bars = try Self.bars(symbol)
        let url = TestData.sharedData.appendingPathComponent("prices/\(symbol).csv")
        let newlines = try Data(contentsOf: url).reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
        #expect(bars.symbol == symbol)
        #expect(bars.count == rows)
        #expect(bars.count == newlines - 1, "wc -l minus the header")
        #expect(bars.days.first == TestData.day(first))
        #expect(bars.days.last == TestData.day(last))
    }

    @Test("IWM's 2025-12-12 bar has the values in the data README")
    func iwmValues() throws {
        let bars = try Self.bars("IWM")
        let i = try #require(bars.days.firstIndex(of: TestData.day("2025-12-12")))
        // Close 253.85 and adj_close 251.9532: data/README.md cross-source table.
        #expect(bars.close[i] == 253.85)
        #expect(bars.adjClose[i] == 251.9532)
        // Open, high, low, volume: the file's line 6427, "2025-12-12,257.96,258.2,253.44,253.85,251.9532,57657700".
        #expect(bars.open[i] == 257.96)
        #expect(bars.high[i] == 258.2)
        #expect(bars.low[i] == 253.44)
        #expect(bars.volume[i] == 57_657_700)
        let j = try #require(bars.days.firstIndex(of: TestData.day("2026-01-09")))
        #expect(bars.close[j] == 260.23)
    }

    @Test("DJI's 2025-08-12 open below its low is kept, as the vendor published it")
    func djiVendorRow() throws {
        let bars = try Self.bars("DJI")
        let i = try #require(bars.days.firstIndex(of: TestData.day("2025-08-12")))
        // data/README.md: open 44,050.50 is 0.03 below the low 44,050.53.
        #expect(bars.open[i] == 44050.50)
        #expect(bars.low[i] == 44050.53)
    }

    @Test("close-only files have missing open, high, low and volume")
    func closeOnly() throws {
        let bars = try Self.bars("IWN")
        #expect(bars.open.allSatisfy { $0.isNaN })
        #expect(bars.volume.allSatisfy { $0.isNaN })
        #expect(!bars.close.contains { $0.isNaN })
    }

    @Test("all 26 price files parse within a generous time limit")
    func speed() throws {
        let clock = ContinuousClock()
        var rows = 0
        let elapsed = try clock.measure {
            for (symbol, _, _, _) in Self.table { rows += try Self.bars(symbol).count }
        }
        #expect(rows == Self.table.reduce(0) { $0 + $1.3 })
        // Release builds take well under a second; this bound only catches gross regressions in debug.
        #expect(elapsed < .seconds(20))
    }
}
