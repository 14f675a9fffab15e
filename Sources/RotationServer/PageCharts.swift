import RotationCharts
import RotationCore

/// The pages' charts, drawn by RotationCharts (the same SVG module as the HTML brief).
enum PageCharts {
    /// Dated lines with a legend; `id` keeps element ids unique within a page.
    static func lines(_ series: [(name: String, days: [TradingDay], values: [Double?])], title: String, description: String,
                      id: String, reference: Double? = nil) -> String {
        let lines = series.map { item in
            LineSeries(name: item.name, points: zip(item.days, item.values).map { DatedPoint(day: $0, value: $1) })
        }
        return LineChart(labels: ChartLabels(title: title, description: description, id: id), series: lines, reference: reference).svg()
    }

    /// Closes with each day that set a new record close (over the whole history) drawn as a
    /// second series, "record close", present only on those days.
    static func priceWithRecords(bars: DailyBars, from: TradingDay, symbol: String) -> String {
        let closes = bars.closes(basis: .price)
        var record = -Double.infinity
        var days: [TradingDay] = [], values: [Double?] = [], records: [Double?] = []
        for (index, close) in closes.enumerated() where !close.isNaN {
            let isRecord = close > record
            record = max(record, close)
            guard bars.days[index] >= from else { continue }
            days.append(bars.days[index])
            values.append(close)
            records.append(isRecord ? close : nil)
        }
        return lines([(symbol, days, values), ("record close", days, records)], title: "\(symbol) close, records marked",
                     description: "Daily closes of \(symbol); points mark the days that set a new record close.", id: "price")
    }

    /// A rotation map: each symbol's tail, oldest to newest, quadrant lines through 100.
    static func rotationMap(_ report: RotationMapReport, id: String = "rrg") -> String {
        let tails = report.points.map { point in
            ScatterTail(name: point.symbol, points: point.tail.map { (x: $0.rsRatio, y: $0.rsMomentum) })
        }
        return RotationMapChart(labels: ChartLabels(title: "Rotation map against \(report.benchmark)",
                                                    description: "RS-Ratio against RS-Momentum with each symbol's tail.", id: id),
                                tails: tails).svg()
    }
}
