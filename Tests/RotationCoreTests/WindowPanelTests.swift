import RotationCore
import Testing

/// Window returns over a shared day axis.
struct WindowPanelTests {
    // Monday 2025-03-03 … Friday 2025-03-14.
    static let days = weekdays(from: "2025-03-03", through: "2025-03-14")

    @Test("panel returns follow the per-column rules for listing, delisting and gaps")
    func handCases() {
        let nan = Double.nan
        let columns: [[Double]] = [
            [10, 11, 12, 13, 14, 15, 16, 17, 18, 20],       // full
            [nan, nan, nan, nan, nan, 5, 6, 6, 6, 4],       // listed Monday 2025-03-10
            [10, 11, 12, 13, 14, 15, 16, 17, 18, nan],      // gone on the as-of day
            [10, 11, 12, 13, nan, 15, 16, 17, 18, 24],      // no value on Friday 2025-03-07
        ]
        let windows = [Window.oneDay, .weekToDate, .since(day("2025-03-03")), .calendarYear(2026)]
        let r = panelWindowReturns(days: Self.days, columns: columns, windows: windows, asOf: day("2025-03-16"))
        // As of Sunday 2025-03-16 the end row is Friday 2025-03-14; week starts Friday 2025-03-07.
        let full: [Double?] = [20.0 / 18 - 1, 20.0 / 14 - 1, 20.0 / 10 - 1, nil]
        #expect(r[0] == full)
        let listed: [Double?] = [4.0 / 6 - 1, nil, nil, nil]
        #expect(r[1] == listed)
        #expect(r[2] == [nil, nil, nil, nil])
        // Friday 2025-03-07 missing: the week starts from Thursday's 13.
        let gap: [Double?] = [24.0 / 18 - 1, 24.0 / 13 - 1, 24.0 / 10 - 1, nil]
        #expect(r[3] == gap)
    }

    @Test("an as-of before the axis gives no returns")
    func beforeAxis() {
        let r = panelWindowReturns(days: Self.days, columns: [Self.days.map { _ in 1 }], windows: [.oneDay],
                                   asOf: day("2025-01-01"))
        #expect(r == [[nil]])
    }

    @Test("panel returns equal single-series returns for IWM on the RUT calendar")
    func matchesSingleSeries() throws {
        let rut = RealPrices.rut, iwm = RealPrices.iwm
        let axis = Array(Set(rut.days).union(iwm.days)).sorted()
        func align(_ bars: DailyBars, _ column: [Double]) -> [Double] {
            let byDay = Dictionary(uniqueKeysWithValues: zip(bars.days, column))
            return axis.map { byDay[$0] ?? .nan }
        }
        let columns = [align(rut, rut.close), align(iwm, iwm.adjClose)]
        let windows = Window.defaults + [.quarterToDate, .trailingYears(5), .since(day("1999-01-04")),
                                         .calendarYear(2020), .range(day("2020-03-23"), day("2021-03-15"))]
        var checked = 0
        for asOf in ["2025-12-12", "2025-12-14", "2020-03-31", "2001-09-17", "2000-06-30"] {
            let panel = panelWindowReturns(days: axis, columns: columns, windows: windows, asOf: day(asOf))
            for (w, window) in windows.enumerated() {
                let a = rut.windowReturn(window, asOf: day(asOf)).return
                let b = iwm.windowReturn(window, basis: .total, asOf: day(asOf)).return
                #expect(panel[0][w] == a, "RUT \(window) \(asOf)")
                #expect(panel[1][w] == b, "IWM \(window) \(asOf)")
                checked += (a == nil ? 0 : 1) + (b == nil ? 0 : 1)
            }
        }
        // Some windows are not covered for IWM (it starts 2000-05-26); most are.
        #expect(checked > 50)
    }
}
