import Foundation
import RotationCore
import Testing

/// Real RUT and IWM data against `Golden/window_expected.json`, written by the independent
/// Python reference `Golden/window_golden.py` (standard library only; see `Golden/README.md`).
struct WindowGoldenTests {
    struct Expected: Decodable {
        struct Return: Decodable {
            var symbol, basis, as_of, window, start_date, end_date: String
            var start_value, end_value, `return`: Double
        }
        struct Dated: Decodable { var date: String; var value: Double }
        struct Last: Decodable { var date: String; var close: Double }
        struct Record: Decodable {
            var symbol, as_of: String
            var record_close, record_high, previous_record_close: Dated
            var last: Last
            var from_record_close: Double
            var days_since_record_close: Int
        }
        struct FirstRecord: Decodable { var symbol, after, date: String; var value: Double }
        var returns: [Return]
        var records: [Record]
        var first_records: [FirstRecord]
    }

    static let expected: Expected = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Golden/window_expected.json")
        guard let data = try? Data(contentsOf: url), let value = try? JSONDecoder().decode(Expected.self, from: data) else {
            preconditionFailure("cannot read \(url.path)")
        }
        return value
    }()

    static func bars(_ symbol: String) -> DailyBars { symbol == "RUT" ? RealPrices.rut : RealPrices.iwm }

    @Test("window returns match the Python reference to 1e-12")
    func returns() throws {
        #expect(Self.expected.returns.count == 31)
        for e in Self.expected.returns {
            let basis = PriceBasis(rawValue: e.basis)!
            let row = Self.bars(e.symbol).windowReturn(try Window.parse(e.window), basis: basis, asOf: day(e.as_of))
            let label = "\(e.symbol) \(e.basis) \(e.window) as of \(e.as_of)"
            #expect(row.startDate?.description == e.start_date, "\(label)")
            #expect(row.endDate?.description == e.end_date, "\(label)")
            #expect(row.startValue == e.start_value, "\(label)")
            #expect(row.endValue == e.end_value, "\(label)")
            #expect(abs((row.return ?? .nan) - e.return) <= 1e-12, "\(label)")
            #expect(row.note == nil, "\(label)")
        }
    }

    @Test("RUT as of 2025-12-12: 1d −1.51%, week +1.19%, ytd +14.41%, 1y +8.06%")
    func rutHeadline() {
        // Closes from RUT.csv: 2025-12-11 2590.61, 2025-12-05 2521.48, 2024-12-31 2230.16,
        // 2024-12-12 2361.08; as-of close 2551.46 (hand-checked against the file).
        let asOf = day("2025-12-12")
        let returns = [Window.oneDay, .weekToDate, .yearToDate, .trailingYears(1)]
            .map { RealPrices.rut.windowReturn($0, asOf: asOf).return ?? .nan }
        let hand = [2551.46 / 2590.61 - 1, 2551.46 / 2521.48 - 1, 2551.46 / 2230.16 - 1, 2551.46 / 2361.08 - 1]
        for (r, h) in zip(returns, hand) { #expect(abs(r - h) <= 1e-12) }
    }

    @Test("IWM since 1990 is not covered: its data begin 2000-05-26")
    func iwmSince1990() {
        let row = RealPrices.iwm.windowReturn(.since(day("1990-01-01")), asOf: day("2025-12-12"))
        #expect(row.return == nil)
        #expect(row.endDate == day("2025-12-12"))
        #expect(row.note == "no close on or before 1990-01-01, the window's start; data begin 2000-05-26")
    }

    @Test("IWM's total return beats its price return by the dividends")
    func iwmBasis() {
        let asOf = day("2025-12-12")
        let price = RealPrices.iwm.windowReturn(.trailingYears(5), basis: .price, asOf: asOf).return!
        let total = RealPrices.iwm.windowReturn(.trailingYears(5), basis: .total, asOf: asOf).return!
        #expect(total > price + 0.05)
    }

    @Test("RUT record close and high match the Python reference")
    func records() {
        #expect(Self.expected.records.count == 4)
        for e in Self.expected.records {
            let s = RealPrices.rut.recordStatus(asOf: day(e.as_of))
            #expect(s.recordClose == DatedValue(date: day(e.record_close.date), value: e.record_close.value), "\(e.as_of)")
            #expect(s.recordHigh == DatedValue(date: day(e.record_high.date), value: e.record_high.value), "\(e.as_of)")
            #expect(s.previousRecordClose == DatedValue(date: day(e.previous_record_close.date),
                                                        value: e.previous_record_close.value), "\(e.as_of)")
            #expect(s.last == LastClose(date: day(e.last.date), close: e.last.close), "\(e.as_of)")
            #expect(abs((s.fromRecordClose ?? .nan) - e.from_record_close) <= 1e-12, "\(e.as_of)")
            #expect(s.daysSinceRecordClose == e.days_since_record_close, "\(e.as_of)")
        }
    }

    @Test("RUT's first record close since 2021 came on 2025-09-18")
    func firstRecordSince2021() {
        let rut = RealPrices.rut
        for e in Self.expected.first_records {
            let first = firstRecordClose(days: rut.days, closes: rut.close, after: day(e.after))
            #expect(first == DatedValue(date: day(e.date), value: e.value))
        }
        // Seen from the day before, there was none yet.
        #expect(firstRecordClose(days: rut.days, closes: rut.close, after: day("2021-12-31"),
                                 asOf: day("2025-09-17")) == nil)
        // On that day the standing record was the 2021-11-08 close.
        let status = rut.recordStatus(asOf: day("2025-09-18"))
        #expect(status.previousRecordClose?.date == day("2021-11-08"))
        #expect(status.daysSinceRecordClose == 0)
    }
}
