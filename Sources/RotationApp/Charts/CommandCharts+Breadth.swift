import RotationCharts
import RotationCore

extension CommandCharts {
    /// `breadth --chart`: participation — the share of covered members up on the day and the
    /// shares above their 50- and 200-day averages — over the McClellan oscillator, one point per
    /// day of the `--from/--to` range (the as-of day alone without a range).
    public static func breadth(_ result: BreadthResult) -> CommandChart {
        let report = result.report
        let readings = report.series.isEmpty ? [report.latest] : report.series
        let days = readings.map(\.asOf)
        let span = "\(text(days.first)) to \(text(days.last))"
        let title = "Breadth: participation and McClellan oscillator, \(span)"
        let latest = report.latest
        let caption = "Shares of the \(latest.covered) of \(latest.members) members with prices (\(basisText(result.basis))) on \(latest.asOf)."
        let participation = LineChart(
            labels: ChartLabels(title: "Participation, \(span)",
                                description: "Share up \(Formatting.percent(latest.shareUp)), above 50-day \(Formatting.percent(latest.pctAbove50d)), above 200-day \(Formatting.percent(latest.pctAbove200d)) on \(latest.asOf).",
                                id: "breadth-participation", valueAxis: "Share of members (%)", caption: caption),
            series: [
                LineSeries(name: "share up", points: points(days, readings.map(\.shareUp))),
                LineSeries(name: "above 50-day average", points: points(days, readings.map(\.pctAbove50d))),
                LineSeries(name: "above 200-day average", points: points(days, readings.map(\.pctAbove200d))),
            ],
            style: .percent, frame: .captioned())
        let oscillatorCaption = "EMA(19) − EMA(39) of net advances (advancers − decliners), from \(report.historyStart)."
        let oscillator = LineChart(
            labels: ChartLabels(title: "McClellan oscillator", description: oscillatorCaption, id: "breadth-mcclellan",
                                valueAxis: "Net advances", caption: oscillatorCaption),
            series: [LineSeries(name: "McClellan oscillator", points: points(days, readings.map(\.mcclellan.oscillator)))],
            style: .plain, reference: 0, frame: .captioned(height: 240))
        let svg = ChartStack.svg(labels: ChartLabels(title: title, description: caption, id: "breadth"), parts: [
            ChartStack.Part(svg: participation.svg(standalone: false), frame: .captioned()),
            ChartStack.Part(svg: oscillator.svg(standalone: false), frame: .captioned(height: 240)),
        ])
        return CommandChart(title: title, caption: caption, svg: svg)
    }
}
