import PropertyBased
import RotationCore
import Testing

/// Properties of window returns and records on the real RUT and IWM series.
struct WindowPropertyTests {
    static let windows: [Window] = Window.defaults + [
        .quarterToDate, .trailingWeeks(1), .trailingYears(3), .trailingYears(5), .since(day("2021-11-08")),
        .calendarYear(2008), .calendarYear(2024), .range(day("2000-03-10"), day("2002-10-09")),
    ]

    @Test("compounding two adjacent range windows gives the whole window")
    func compounding() async {
        let rut = RealPrices.rut
        let n = rut.count - 1
        await propertyCheck(input: Gen.int(in: 0...n), Gen.int(in: 0...n), Gen.int(in: 0...n)) { a, b, c in
            let cut = [a, b, c].sorted()
            guard cut[0] < cut[1], cut[1] < cut[2] else { return }
            let d = cut.map { rut.days[$0] }
            let first = rut.windowReturn(.range(d[0], d[1])).return
            let second = rut.windowReturn(.range(d[1], d[2])).return
            let whole = rut.windowReturn(.range(d[0], d[2])).return
            guard let first, let second, let whole else {
                Issue.record("a range inside RUT's data is not covered: \(d)")
                return
            }
            #expect(abs((1 + first) * (1 + second) - 1 - whole) <= 1e-12)
        }
    }

    @Test("a window ends on or before the as-of day and starts before it ends")
    func endNotAfterAsOf() async {
        let iwm = RealPrices.iwm
        let first = iwm.days[0].daysSinceEpoch, last = iwm.days[iwm.count - 1].daysSinceEpoch
        await propertyCheck(input: Gen.int(in: first - 400...last + 30), Gen.element(of: Self.windows)) { offset, window in
            guard let window else { return }
            let asOf = TradingDay(daysSinceEpoch: offset)
            let row = iwm.windowReturn(window, basis: .total, asOf: asOf)
            if let end = row.endDate { #expect(end <= asOf) }
            if let start = row.startDate, let end = row.endDate { #expect(start < end) }
            #expect((row.return == nil) == (row.note != nil))
            #expect(row.return.map { $0.isFinite } ?? true)
        }
    }

    @Test("the distance from the record close lies in [−1, 0]")
    func fromRecordInRange() async {
        let rut = RealPrices.rut, iwm = RealPrices.iwm
        let first = rut.days[0].daysSinceEpoch, last = rut.days[rut.count - 1].daysSinceEpoch
        await propertyCheck(input: Gen.int(in: first...last), Gen.bool) { offset, useIWM in
            let asOf = TradingDay(daysSinceEpoch: offset)
            let status = useIWM ? iwm.recordStatus(basis: .total, asOf: asOf) : rut.recordStatus(asOf: asOf)
            guard let from = status.fromRecordClose else {
                #expect(useIWM && asOf < iwm.days[0])
                return
            }
            #expect(from >= -1 && from <= 0)
            #expect((status.daysSinceRecordClose ?? -1) >= 0)
            #expect(status.recordHigh!.value >= status.recordClose!.value)
        }
    }
}
