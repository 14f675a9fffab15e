import RotationCharts
import RotationCore

extension CommandCharts {
    /// `perf --chart`: one line per symbol, its cumulative return since the earliest window's
    /// start close (0% there), on its own trading days to the as-of day. The last point of each
    /// line is that window's `return` in the table. Needs `PerfRequest.cumulativeLines`.
    public static func perf(_ result: PerfResult) -> CommandChart {
        let lines = result.cumulative
        let start = lines.map(\.startDate).min()
        let end = lines.compactMap(\.days.last).max()
        let earliest = result.rows.compactMap(\.startDate).min()
        let window = result.rows.first { $0.startDate != nil && $0.startDate == earliest }?.window.description
        let title = start == nil ? "Cumulative return" : "Cumulative return since \(text(start))"
        let endings = lines.map { line -> String in
            let last: Double? = line.values.last ?? nil
            return "\(line.symbol) \(Formatting.percent(last))"
        }.joined(separator: ", ")
        var caption = "Close ÷ start close − 1 on each symbol's days; \(basisText(result.basis))"
        if let end { caption += "; to \(end)" }
        if let window { caption += "; last point = perf's \(window) return" }
        caption += "."
        let chart = LineChart(
            labels: ChartLabels(title: title, description: "Cumulative return of each symbol: \(endings.isEmpty ? "no data" : endings).",
                                id: "perf", valueAxis: "Cumulative return (%)", caption: caption),
            series: lines.map { LineSeries(name: $0.symbol, points: points($0.days, $0.values)) },
            style: .percent, reference: 0, frame: .captioned())
        return CommandChart(title: title, caption: caption, svg: chart.svg())
    }
}
