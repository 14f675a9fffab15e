import RotationCharts
import RotationCore

/// Small fixed inputs for the chart tests: values are simple arithmetic so a reader can
/// check a coordinate by hand.
enum ChartFixtures {
    static func day(_ text: String) -> TradingDay { TradingDay(text)! }

    /// Weekdays from `start`, `count` of them.
    static func weekdays(from start: String, count: Int) -> [TradingDay] {
        var days: [TradingDay] = []
        var current = day(start)
        while days.count < count {
            if !current.isWeekend { days.append(current) }
            current = current.adding(days: 1)
        }
        return days
    }

    /// Two rebased lines over 120 weekdays from 2025-01-02; the second has a ten-day gap.
    static var twoLines: [LineSeries] {
        let days = weekdays(from: "2025-01-02", count: 120)
        let small = days.enumerated().map { i, d in DatedPoint(day: d, value: 100 + Double(i % 30) * 0.4 - Double(i) * 0.05) }
        let large = days.enumerated().map { i, d in
            DatedPoint(day: d, value: (50..<60).contains(i) ? nil : 100 + Double(i) * 0.08)
        }
        return [LineSeries(name: "Russell 2000", points: small), LineSeries(name: "S&P 500", points: large)]
    }

    /// A drawdown falling to −12.5% and recovering half of it, with a gap.
    static var drawdown: LineSeries {
        let days = weekdays(from: "2024-06-03", count: 80)
        let points = days.enumerated().map { i, d -> DatedPoint in
            if i == 40 { return DatedPoint(day: d, value: .nan) }
            let depth = i < 50 ? -0.0025 * Double(i) : -0.125 + 0.00125 * Double(i - 50) * 2
            return DatedPoint(day: d, value: min(depth, 0))
        }
        return LineSeries(name: "RUT/GSPC from its peak", points: points)
    }

    /// Two tails on the rotation map.
    static var tails: [ScatterTail] {
        [ScatterTail(name: "RUT", points: [(98.5, 99.0), (99.2, 99.8), (100.1, 100.6), (100.9, 101.2), (101.4, 100.9)]),
         ScatterTail(name: "IXIC", points: [(101.8, 100.4), (101.5, 99.6), (100.9, 99.1), (100.2, 98.8)])]
    }

    /// Returns with a negative and a missing value.
    static var bars: [Bar] {
        [Bar(label: "Week", value: 0.0119), Bar(label: "Month", value: -0.0234), Bar(label: "YTD", value: 0.1441),
         Bar(label: "1y", value: nil)]
    }
}
