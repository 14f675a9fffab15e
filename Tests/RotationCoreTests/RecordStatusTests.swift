import Foundation
import RotationCore
import Testing

/// Record closes and highs on small hand-made series.
struct RecordStatusTests {
    static let days = weekdays(from: "2025-03-03", through: "2025-03-07")  // Monday…Friday

    @Test("a tie does not set a record: the record keeps the earliest day")
    func ties() {
        let s = recordStatus(days: Self.days, closes: [1, 3, 2, 3, 2.5], highs: [1, 3, 2, 3, 2.5],
                             asOf: nil, symbol: "T")
        #expect(s.recordClose == DatedValue(date: day("2025-03-04"), value: 3))
        #expect(s.previousRecordClose == DatedValue(date: day("2025-03-03"), value: 1))
        #expect(s.recordHigh == DatedValue(date: day("2025-03-04"), value: 3))
        #expect(s.last == LastClose(date: day("2025-03-07"), close: 2.5))
        #expect(s.fromRecordClose == 2.5 / 3 - 1)
        // Sessions from Tuesday to Friday.
        #expect(s.daysSinceRecordClose == 3)
    }

    @Test("a row without a high counts its close, and a high below its close counts the close")
    func missingHigh() {
        let s = recordStatus(days: Self.days, closes: [10, 12, 11, 9, 9], highs: [10.5, .nan, 11.5, 8, 9.5],
                             asOf: nil, symbol: "H")
        #expect(s.recordHigh == DatedValue(date: day("2025-03-04"), value: 12))
        let t = recordStatus(days: Self.days, closes: [10, 12, 11, 13, 9], highs: [10.5, 12.5, 11.5, 12.9, 9.5],
                             asOf: nil, symbol: "H")
        #expect(t.recordHigh == DatedValue(date: day("2025-03-06"), value: 13))
    }

    @Test("the first close is the record and has no previous record")
    func firstClose() {
        let s = recordStatus(days: Self.days, closes: [5, 4, 3, 2, 1], highs: [5, 4, 3, 2, 1],
                             asOf: day("2025-03-05"), symbol: "D")
        #expect(s.recordClose == DatedValue(date: day("2025-03-03"), value: 5))
        #expect(s.previousRecordClose == nil)
        #expect(s.last == LastClose(date: day("2025-03-05"), close: 3))
        #expect(s.daysSinceRecordClose == 2)
    }

    @Test("on a record day the distance from the record is zero")
    func onRecord() {
        let s = recordStatus(days: Self.days, closes: [1, 2, 3, 4, 5], highs: [1, 2, 3, 4, 5],
                             asOf: day("2025-03-06"), symbol: "U")
        #expect(s.fromRecordClose == 0)
        #expect(s.daysSinceRecordClose == 0)
        #expect(s.previousRecordClose == DatedValue(date: day("2025-03-05"), value: 3))
    }

    @Test("missing closes are skipped and later rows are ignored")
    func missingCloses() {
        let s = recordStatus(days: Self.days, closes: [1, .nan, 0.5, .nan, 9], highs: [1, .nan, 0.5, .nan, 9],
                             asOf: day("2025-03-06"), symbol: "M")
        #expect(s.recordClose == DatedValue(date: day("2025-03-03"), value: 1))
        #expect(s.last == LastClose(date: day("2025-03-05"), close: 0.5))
        #expect(s.daysSinceRecordClose == 2)
    }

    @Test("an as-of before the data gives nulls and a note")
    func beforeData() throws {
        let s = recordStatus(days: Self.days, closes: [1, 2, 3, 4, 5], highs: [1, 2, 3, 4, 5],
                             asOf: day("2025-03-01"), symbol: "E")
        #expect(s.recordClose == nil)
        #expect(s.note == "no close on or before 2025-03-01")
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(String(decoding: try encoder.encode(s), as: UTF8.self) == #"{"days_since_record_close":null,"# +
            #""from_record_close":null,"last":null,"note":"no close on or before 2025-03-01","# +
            #""previous_record_close":null,"record_close":null,"record_high":null,"symbol":"E"}"#)
    }

    @Test("on the total basis the high is scaled by adj_close / close")
    func totalBasisHigh() {
        let bars = DailyBars(symbol: "ETF", days: Self.days, open: [100, 100, 100, 100, 100],
                             high: [110, 104, 103, 102, 101], low: [90, 90, 90, 90, 90],
                             close: [100, 100, 100, 100, 100], adjClose: [50, 100, 100, 100, 100],
                             volume: [1, 1, 1, 1, 1])
        // Total basis: highs 110 × 0.5 = 55, then 104, 103, …; the record high is 104 on Tuesday.
        #expect(bars.recordStatus(basis: .total).recordHigh == DatedValue(date: day("2025-03-04"), value: 104))
        #expect(bars.recordStatus(basis: .price).recordHigh == DatedValue(date: day("2025-03-03"), value: 110))
        #expect(bars.recordStatus(basis: .total).recordClose == DatedValue(date: day("2025-03-04"), value: 100))
    }

    @Test("record indices are the strict running maxima")
    func indices() {
        #expect(recordCloseIndices(closes: [2, 1, 2, 3, .nan, 3, 4]) == [0, 3, 6])
        #expect(recordCloseIndices(closes: [2, 1, 2, 3, .nan, 3, 4], through: 5) == [0, 3])
        #expect(recordCloseIndices(closes: []) == [])
    }
}
