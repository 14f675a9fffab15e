import Foundation
import Testing
import RotationCore
import RotationData

/// The formats `PriceCSV` reads and how it normalises them. Expected values are read off the
/// literal inputs by hand.
struct PriceCSVTests {
    @Test("a Yahoo export with m/d/yyyy and mm/dd/yyyy dates reads as bars")
    func yahooUSDates() throws {
        let bars = try TestData.bars("""
            Date,Open,High,Low,Close,Adj Close,Volume
            1/2/2025,10.0,10.5,9.8,10.2,10.1,1000
            01/03/2025,10.2,10.6,10.0,10.4,10.3,1200
            12/31/2024,9.9,10.0,9.7,9.95,9.9,800
            """)
        #expect(bars.days == ["2024-12-31", "2025-01-02", "2025-01-03"].map(TestData.day))
        #expect(bars.adjClose == [9.9, 10.1, 10.3])
        #expect(bars.volume == [800, 1000, 1200])
    }

    @Test("a Yahoo export's null rows are skipped and null fields are missing")
    func yahooNulls() throws {
        let bars = try TestData.bars("""
            Date,Open,High,Low,Close,Adj Close,Volume
            2025-01-02,10.0,10.5,9.8,10.2,10.1,1000
            2025-01-03,null,null,null,null,null,null
            2025-01-06,null,10.6,10.0,10.4,10.3,1200
            """)
        #expect(bars.count == 2)
        #expect(bars.value(.open, at: 1) == nil)
        #expect(bars.value(.close, at: 1) == 10.4)
    }

    @Test("a Stooq export has no adj_close: that column is all missing")
    func stooq() throws {
        let bars = try TestData.bars("""
            Date,Open,High,Low,Close,Volume
            2025-01-02,5868.55,5938.15,5843.66,5868.55,2.9e9
            2025-01-03,5891.07,5949.34,5888.66,5942.47,3.1e9
            """)
        #expect(bars.close == [5868.55, 5942.47])
        #expect(bars.volume == [2.9e9, 3.1e9])
        #expect(!bars.hasAdjustedClose)
        #expect(bars.closes(basis: .total) == bars.close)
    }

    @Test("CRLF line endings, a byte-order mark, quotes and spaces read like plain CSV")
    func crlfBomQuotes() throws {
        let text = "\u{FEFF} Date , \"Close\" ,Volume\r\n\"2025-01-02\", 10.2 ,\" 1000 \"\r\n2025-01-03,10.4,\r\n"
        let bars = try TestData.bars(text)
        #expect(bars.days == ["2025-01-02", "2025-01-03"].map(TestData.day))
        #expect(bars.close == [10.2, 10.4])
        #expect(bars.value(.volume, at: 0) == 1000)
        #expect(bars.value(.volume, at: 1) == nil)
        #expect(bars.value(.open, at: 0) == nil)
    }

    @Test("rows in any order come out sorted by date")
    func unsortedRows() throws {
        let bars = try TestData.bars("""
            close,date
            3,2025-01-06
            1,2025-01-02
            2,2025-01-03
            """)
        #expect(bars.days == ["2025-01-02", "2025-01-03", "2025-01-06"].map(TestData.day))
        #expect(bars.close == [1, 2, 3])
    }

    @Test("a duplicate date with identical values collapses to one row")
    func identicalDuplicate() throws {
        let bars = try TestData.bars("""
            date,close,volume
            2025-01-03,2,
            2025-01-02,1,5
            2025-01-03,2,
            """)
        #expect(bars.count == 2)
        #expect(bars.close == [1, 2])
    }

    @Test("a row with every price field empty is skipped, even with a volume")
    func emptyPriceRowSkipped() throws {
        let bars = try TestData.bars("""
            date,open,close,volume
            2025-01-02,1,1.5,10
            2025-01-03,,,20
            2025-01-06,,2,30
            """)
        #expect(bars.days == ["2025-01-02", "2025-01-06"].map(TestData.day))
        #expect(bars.volume == [10, 30])
    }

    @Test("open and close outside [low, high] are accepted; only high below low is an error")
    func openOutsideRange() throws {
        let bars = try TestData.bars("date,open,high,low,close\n2025-08-12,44050.50,44500,44050.53,44400\n")
        #expect(bars.open == [44050.50])
    }

    @Test("a date,return file is a return series of fractions")
    func returnSeries() throws {
        let series = try TestData.series("date,return\n2025-01-03,-0.25\n2025-01-02,0.01\n2025-01-06,\n")
        #expect(series.kind == .return)
        #expect(series.name == "TEST")
        #expect(series.days == ["2025-01-02", "2025-01-03"].map(TestData.day))
        #expect(series.values == [0.01, -0.25])
    }

    @Test("a FRED file's '.' observations are skipped", arguments: ["date,value", "DATE,DGS10", "observation_date,DGS10"])
    func fredMissing(header: String) throws {
        let series = try TestData.series("\(header)\n2025-01-01,.\n2025-01-02,4.57\n2025-01-03,4.60\n")
        #expect(series.kind == .rate)
        #expect(series.days == ["2025-01-02", "2025-01-03"].map(TestData.day))
        #expect(series.values == [4.57, 4.60])
    }

    @Test("a monthly rate file (month,value) is dated on each month's last day")
    func monthlyRate() throws {
        let series = try TestData.series("month,value\n1954-07,0.8\n2024-02,5.33\n")
        #expect(series.kind == .rate)
        #expect(series.days == ["1954-07-31", "2024-02-29"].map(TestData.day))
    }

    @Test("a rate file's '.' is not accepted in a price file")
    func dotInPriceFile() {
        let error = TestData.dataError { _ = try TestData.bars("date,close\n2025-01-02,.\n") }
        #expect(error?.description == #"test.csv:2: field "close": expected a number, got ".""#)
    }

    @Test("blank lines, including a trailing one, are skipped and still counted")
    func blankLines() throws {
        let error = TestData.dataError { _ = try TestData.bars("date,close\n\n2025-01-02,1\n\n2025-01-03,x\n\n") }
        #expect(error?.description == #"test.csv:5: field "close": expected a number, got "x""#)
    }

    @Test("decimal text parses to the same Double as the standard library's parser")
    func numbersMatchStrtod() throws {
        // Reference: Swift's Double(String) (strtod), correctly rounded.
        let texts = ["0.1", "0.2", "0.3", "2559.61", "45.7188", "32.5906", "1.7976931348623157", "-0.000001",
                     "123456789012345", "1234567890123456789", "0.12345678901234567", "1e-5", "9007199254740993",
                     "3.", ".5", "+7.25", "0.0000000000000000000001", "0.00000000000000000000001"]
        let rows = texts.enumerated().map { "2025-01-\(String(format: "%02d", $0.offset + 1)),\($0.element)" }
        let series = try TestData.series("date,return\n" + rows.joined(separator: "\n"))
        #expect(series.values == texts.map { Double($0)! })
    }
}
