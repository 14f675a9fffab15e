import Foundation
import Testing
import RotationApp
import RotationCore

/// The bundled FOMC rate-cut file against the daily effective federal funds rate (FRED DFF in
/// `../shared/data/rates/DFF.csv`): every listed cut shows as a drop in the effective rate, and
/// no large drop since 1990 is missing from the list except documented liquidity episodes.
struct FOMCCutsTests {
    struct Row { var date: TradingDay; var target: Double; var firstCut: Bool }

    static let rows: [Row] = {
        let text = try! String(contentsOfFile: try! EventDates.fomcCutsFile(), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst().map { line in
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return Row(date: TradingDay(f[0])!, target: Double(f[1])!, firstCut: f[2] == "true")
        }
    }()

    /// DFF on weekdays only (FRED repeats Friday's value over the weekend).
    static let dff: (days: [TradingDay], values: [Double]) = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let file = root.deletingLastPathComponent().appendingPathComponent("shared/data/rates/DFF.csv")
        let text = try! String(contentsOf: file, encoding: .utf8)
        var days: [TradingDay] = [], values: [Double] = []
        for line in text.split(separator: "\n").dropFirst() {
            let f = line.split(separator: ",")
            guard let day = TradingDay(String(f[0])), !day.isWeekend, let value = Double(f[1]) else { continue }
            days.append(day)
            values.append(value)
        }
        return (days, values)
    }()

    /// Median of the effective rate over `n` weekdays after the event day minus over the `n` before it.
    static func medianChange(at t0: Int, window n: Int) -> Double {
        median(Array(dff.values[(t0 + 1)...(t0 + n)])) - median(Array(dff.values[(t0 - n)..<t0]))
    }

    static func median(_ values: [Double]) -> Double { percentile(values, 50)! }

    static func eventIndex(_ day: TradingDay) -> Int { dff.days.firstIndex(onOrAfter: day) }

    @Test("the file lists 58 cuts since 1990 in date order, six of them first cuts of a cycle")
    func shape() {
        #expect(Self.rows.count == 58)
        #expect(zip(Self.rows, Self.rows.dropFirst()).allSatisfy { $0.date < $1.date })
        #expect(Self.rows.filter(\.firstCut).map { $0.date.description }
                == ["1995-07-06", "1998-09-29", "2001-01-03", "2007-09-18", "2019-07-31", "2024-09-18"])
        // Within a cycle each cut lowers the target below the previous row's.
        for (previous, row) in zip(Self.rows, Self.rows.dropFirst()) where !row.firstCut {
            #expect(row.target < previous.target, "\(row.date)")
        }
    }

    @Test("around every listed cut the effective rate's 10-day median falls by at least 0.10 points")
    func everyCutIsADrop() {
        for row in Self.rows {
            let t0 = Self.eventIndex(row.date)
            switch row.date.description {
            case "1991-01-09":
                // The reserve-requirement cut effective 1990-12-27 made the funds market erratic over
                // the year end (DFF 5.53 to 8.86); over 15 weekdays the drop shows.
                #expect(Self.medianChange(at: t0, window: 15) <= -0.10, "\(row.date)")
            case "2008-12-16":
                // The effective rate already traded near 0.15 (reserves flooded since October): the cut
                // to a 0–0.25 range ratified it. Checkable only as consistency with the new range.
                #expect(Self.median(Array(Self.dff.values[(t0 + 1)...(t0 + 10)])) <= row.target, "\(row.date)")
            default:
                #expect(Self.medianChange(at: t0, window: 10) <= -0.10, "\(row.date): \(Self.medianChange(at: t0, window: 10))")
            }
        }
    }

    /// Drops of the effective rate without a change in the target, each explained.
    static let knownEpisodes: [(from: String, to: String, reason: String)] = [
        ("1990-10-01", "1990-10-12", "September 1990 quarter-end pressure above the 8.00 target in the window before"),
        ("1991-03-28", "1991-04-10", "March 1991 quarter-end pressure above the 6.00 target"),
        ("1992-01-02", "1992-01-08", "1991 year-end pressure above the 4.00 target"),
        ("1992-10-05", "1992-10-12", "September 1992 quarter-end pressure above the 3.00 target"),
        ("1998-12-16", "1998-12-28", "year-end 1998 reserve additions below the 4.75 target"),
        ("1999-12-15", "1999-12-28", "century date change (Y2K) liquidity below the 5.50 target"),
        ("2007-08-01", "2007-08-17", "August 2007 liquidity injections; the discount rate was cut on 08-17, the target on 09-18"),
        ("2008-09-10", "2008-09-24", "after Lehman's failure reserves flooded; target 2.00 unchanged on 09-16"),
        ("2008-11-25", "2008-12-02", "effective rate drifting below the 1.00 target before the 12-16 cut"),
    ]

    @Test("no drop of 0.20 points or more since 1990 is missing from the list, apart from known liquidity episodes")
    func noMissingCuts() {
        let n = 10
        let cutIndices = Self.rows.map { Self.eventIndex($0.date) }
        let first = Self.dff.days.firstIndex(onOrAfter: TradingDay("1990-01-02")!)
        var unexplained: [String] = []
        for i in first..<(Self.dff.days.count - n) where Self.medianChange(at: i, window: n) <= -0.20 {
            if cutIndices.contains(where: { abs($0 - i) <= n }) { continue }
            let day = Self.dff.days[i]
            if Self.knownEpisodes.contains(where: { TradingDay($0.from)! <= day && day <= TradingDay($0.to)! }) { continue }
            unexplained.append(day.description)
        }
        #expect(unexplained.isEmpty, "drops not in the list: \(unexplained)")
        // The scan reaches the data's end (DFF runs to 2026-08-20): no cut in 2026 so far.
        #expect(Self.dff.days.last! >= TradingDay("2026-08-01")!)
    }
}
