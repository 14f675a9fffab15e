import RotationBacktest
import RotationCharts
import RotationCore

extension CommandCharts {
    /// `metrics --chart`: two (three with `--rolling`) panels in one SVG — the cumulative return
    /// of the subject (and the benchmark, on the common periods) compounded from the period
    /// returns the statistics were computed on; the subject's drawdown (growth ÷ running peak − 1,
    /// its lowest point is `max_drawdown`); with `--rolling N`, the rolling annualised volatility.
    /// The first point is 0% on `first_date` when that is the close before the first return.
    public static func metrics(_ result: MetricsResult) -> CommandChart {
        let report = result.report
        let name = report.benchmark.map { "\(report.symbol) vs \($0)" } ?? report.symbol
        let title = "\(name): cumulative return and drawdown (\(report.period.adjective))"
        var lines: [LineSeries] = []
        var drawdown: [DatedPoint] = []
        if let returns = result.returns {
            let subject = growth(returns.days, returns.values, startingOn: report.firstDate)
            lines.append(LineSeries(name: report.symbol, points: subject.cumulative))
            drawdown = subject.drawdown
        }
        if let benchmark = result.benchmarkReturns, let benchmarkName = report.benchmark {
            lines.append(LineSeries(name: benchmarkName, points: growth(benchmark.days, benchmark.values, startingOn: report.firstDate).cumulative))
        }
        let span = "\(text(report.firstDate)) to \(text(report.lastDate))"
        let caption = "Compounded \(report.period.adjective) returns, \(basisText(report.basis)), \(span); 0% at the start."
        var parts = [ChartStack.Part(
            svg: LineChart(labels: ChartLabels(title: "Cumulative return, \(span)",
                                               description: "Total return \(Formatting.percent(report.totalReturn)).",
                                               id: "metrics-equity", valueAxis: "Cumulative return (%)", caption: caption),
                           series: lines, style: .percent, reference: 0, frame: .captioned()).svg(standalone: false),
            frame: .captioned())]
        let drawdownCaption = "Growth of 1 ÷ its running peak − 1; deepest \(Formatting.percent(report.maxDrawdown)) (max_drawdown)."
        parts.append(ChartStack.Part(
            svg: DrawdownChart(labels: ChartLabels(title: "Drawdown of \(report.symbol)", description: drawdownCaption,
                                                   id: "metrics-drawdown", valueAxis: "Drawdown (%)", caption: drawdownCaption),
                               series: LineSeries(name: "\(report.symbol) drawdown", points: drawdown), frame: .captioned(height: 240))
                .svg(standalone: false),
            frame: .captioned(height: 240)))
        if let rolling = result.rolling {
            let rollingCaption = "Sample standard deviation of the last \(rolling.window) returns × √\(report.periodsPerYear)."
            parts.append(ChartStack.Part(
                svg: LineChart(labels: ChartLabels(title: "Rolling \(rolling.window)-\(report.period.rawValue) volatility, annualised",
                                                   description: rollingCaption, id: "metrics-rolling",
                                                   valueAxis: "Volatility (%)", caption: rollingCaption),
                               series: [LineSeries(name: "\(report.symbol) volatility",
                                                   points: rolling.points.map { DatedPoint(day: $0.date, value: $0.volatility) })],
                               style: .percent, frame: .captioned(height: 240)).svg(standalone: false),
                frame: .captioned(height: 240)))
        }
        let svg = ChartStack.svg(labels: ChartLabels(title: title, description: caption, id: "metrics"), parts: parts)
        return CommandChart(title: title, caption: caption, svg: svg)
    }

    /// `backtest --chart`: the strategy's cumulative return (equity ÷ starting equity 1 − 1,
    /// costs included) over its drawdown. The spec has no benchmark, so none is drawn.
    public static func backtest(_ report: BacktestReport) -> CommandChart {
        let result = report.result
        let name = result.strategy.rawValue
        let title = "Backtest \(name): cumulative return and drawdown"
        let curve = growth(result.equity.map(\.date), result.equity.map(\.equity), levels: true)
        let caption = "Equity ÷ 1 − 1 after costs, daily, \(result.firstDate) to \(result.lastDate); final \(Formatting.percent(result.totalReturn))."
        let drawdownCaption = "Equity ÷ its running peak − 1; deepest \(Formatting.percent(report.metrics.maxDrawdown)) (max_drawdown)."
        let parts = [
            ChartStack.Part(svg: LineChart(labels: ChartLabels(title: "Cumulative return", description: caption, id: "backtest-equity",
                                                               valueAxis: "Cumulative return (%)", caption: caption),
                                           series: [LineSeries(name: name, points: curve.cumulative)], style: .percent, reference: 0,
                                           frame: .captioned()).svg(standalone: false), frame: .captioned()),
            ChartStack.Part(svg: DrawdownChart(labels: ChartLabels(title: "Drawdown", description: drawdownCaption, id: "backtest-drawdown",
                                                                   valueAxis: "Drawdown (%)", caption: drawdownCaption),
                                               series: LineSeries(name: "\(name) drawdown", points: curve.drawdown),
                                               frame: .captioned(height: 240)).svg(standalone: false), frame: .captioned(height: 240)),
        ]
        let svg = ChartStack.svg(labels: ChartLabels(title: title, description: caption, id: "backtest"), parts: parts)
        return CommandChart(title: title, caption: caption, svg: svg)
    }

    /// Growth of 1 from period returns (or from equity levels starting at 1 when `levels`):
    /// the cumulative return (growth − 1) and the drawdown (growth ÷ running peak − 1, the peak
    /// starting at 1). With `startingOn` before the first day, a first point of 0% on that day.
    static func growth(_ days: [TradingDay], _ values: [Double], startingOn start: TradingDay? = nil, levels: Bool = false)
        -> (cumulative: [DatedPoint], drawdown: [DatedPoint]) {
        var cumulative: [DatedPoint] = [], drawdown: [DatedPoint] = []
        if let start, let first = days.first, start < first {
            cumulative.append(DatedPoint(day: start, value: 0))
            drawdown.append(DatedPoint(day: start, value: 0))
        }
        var level = 1.0, peak = 1.0
        for (day, value) in zip(days, values) {
            guard value.isFinite else {
                cumulative.append(DatedPoint(day: day, value: nil))
                drawdown.append(DatedPoint(day: day, value: nil))
                continue
            }
            level = levels ? value : level * (1 + value)
            peak = max(peak, level)
            cumulative.append(DatedPoint(day: day, value: level - 1))
            drawdown.append(DatedPoint(day: day, value: level / peak - 1))
        }
        return (cumulative, drawdown)
    }
}
