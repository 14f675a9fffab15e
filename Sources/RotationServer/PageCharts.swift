import RotationCharts
import RotationCore

/// The pages' charts, drawn by RotationCharts (the same SVG module as the HTML brief). Each
/// chart says what it shows — rebasing day, basis, units — in its description, which the page
/// also prints under it.
enum PageCharts {
    /// Dated lines with a legend; `id` keeps element ids unique within a page. Lines are thinned
    /// to the chart's pixel columns by RotationCharts (min and max per column keep the shape).
    static func lines(_ series: [(name: String, days: [TradingDay], values: [Double?])], title: String, description: String,
                      id: String, reference: Double? = nil, marks: Set<String> = []) -> String {
        let lines = series.map { item in
            LineSeries(name: item.name, points: zip(item.days, item.values).map { DatedPoint(day: $0, value: $1) },
                       marks: marks.contains(item.name))
        }
        let svg = LineChart(labels: ChartLabels(title: title, description: description, id: id), series: lines, reference: reference).svg()
        return figure(svg, caption: description, id: id)
    }

    /// A chart with its description as a visible caption (the SVG's `<desc>` says the same).
    static func figure(_ svg: String, caption: String, id: String) -> String {
        "<figure id=\"\(id)-figure\">\(svg)<figcaption>\(HTML.escape(caption))</figcaption></figure>"
    }

    /// What a relative-strength line shows: the ratio, where it is 100, and its period.
    static func rebasedDescription(a: String, b: String, line: [RelativeLinePoint], period: PeriodicFrequency) -> String {
        guard let first = line.first, let last = line.last else { return "The ratio of \(a) to \(b): no common data." }
        return "The price ratio \(a)/\(b), \(period.adjective), rebased to 100 on \(first.date); "
            + "\(last.date): \(HTML.decimal(last.value)). Rising means \(a) leads."
    }

    /// Closes with each day that set a new record close (over the whole history) marked with a
    /// dot: a second series, "record close", present only on those days.
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
        let span = days.first.map { "\($0) to \(days.last ?? $0)" } ?? "no data"
        let count = records.compactMap { $0 }.count
        return lines([(symbol, days, values), ("record close", days, records)], title: "\(symbol) daily close, records marked",
                     description: "Daily closes of \(symbol) (price, not total return; in the series' own units), \(span); "
                        + "\(count) dot\(count == 1 ? "" : "s") mark days that set a new record close over the whole history.",
                     id: "price", marks: ["record close"])
    }

    /// A rotation map: each symbol's tail, oldest to newest, quadrant lines through 100.
    static func rotationMap(_ report: RotationMapReport, id: String = "rrg") -> String {
        let tails = report.points.map { point in
            ScatterTail(name: point.symbol, points: point.tail.map { (x: $0.rsRatio, y: $0.rsMomentum) })
        }
        let dates = report.points.compactMap(\.date)
        let description = "RS-Ratio (across; above 100: stronger than \(report.benchmark)) against RS-Momentum (up; above 100: "
            + "strengthening), each symbol's tail oldest to newest, \(report.period.adjective)"
            + (dates.max().map { ", latest \($0)." } ?? ".")
        let svg = RotationMapChart(labels: ChartLabels(title: "Rotation map against \(report.benchmark)", description: description, id: id),
                                   tails: tails).svg()
        return figure(svg, caption: description, id: id)
    }
}
