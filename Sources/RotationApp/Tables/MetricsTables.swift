import RotationBacktest
import RotationCore

/// `metrics` and `backtest` as tables.
public enum MetricsTables {
    /// The heading line, the statistics (`statistics`: metric, unit, value), the alignment line, the
    /// worst drawdowns (`drawdowns`) and, with `--rolling`, the rolling series (`rolling`, head and tail in text).
    public static func metrics(_ result: MetricsResult) -> TableDocument {
        var document = TableDocument()
        let r = result.report
        document.line("\(r.symbol)\(r.benchmark.map { " vs \($0)" } ?? ""), \(r.period.adjective), \(r.basis) basis, "
            + "\(r.firstDate.map(String.init(describing:)) ?? "?") to \(r.lastDate.map(String.init(describing:)) ?? "?"), "
            + "\(r.nReturns) returns, \(r.convention.rawValue) convention")
        document.table(ResultTable(name: "statistics", columns: [
            TableColumn("Metric", key: "metric"), TableColumn("Unit", key: "unit"), TableColumn("Value", key: "value"),
        ], rows: r.statistics.map { statistic in
            let unit: TableUnit = statistic.unit == .fraction ? .fraction() : .ratio()
            return [.text(statistic.key), .text(statistic.unit == .fraction ? "fraction" : "ratio"), .quantity(statistic.value(r), unit)]
        }))
        if let alignment = r.alignment {
            document.line("Aligned \(alignment.aligned) common dates; dropped \(alignment.droppedFromSymbol) from \(r.symbol) "
                + "and \(alignment.droppedFromBenchmark) from \(r.benchmark ?? "the benchmark").")
        }
        if !r.drawdowns.isEmpty {
            document.table(ResultTable(name: "drawdowns", title: "Worst drawdowns", columns: [
                TableColumn("Peak", key: "peak_date", unit: .date, missing: "start"),
                TableColumn("Trough", key: "trough_date", unit: .date),
                TableColumn("Recovery", key: "recovery_date", unit: .date, missing: "open"),
                TableColumn("Depth", key: "depth", unit: .fraction()),
                TableColumn("Periods to trough", key: "peak_to_trough_periods", unit: .count),
                TableColumn("Periods to recovery", key: "peak_to_recovery_periods", unit: .count, missing: "open"),
            ], rows: r.drawdowns.map {
                [.date($0.peakDate), .date($0.troughDate), .date($0.recoveryDate), .number($0.depth),
                 .integer($0.peakToTroughPeriods), .integer($0.peakToRecoveryPeriods)]
            }))
        }
        if let rolling = result.rolling {
            let withBenchmark = r.benchmark != nil
            var columns = [TableColumn("Date", key: "date", unit: .date),
                           TableColumn("Volatility", key: "volatility", unit: .fraction(signed: false)),
                           TableColumn("Sharpe", key: "sharpe", unit: .ratio(decimals: 2))]
            if withBenchmark {
                columns += [TableColumn("Beta", key: "beta", unit: .ratio(decimals: 2)),
                            TableColumn("Correlation", key: "correlation", unit: .ratio(decimals: 2))]
            }
            document.table(ResultTable(
                name: "rolling", title: "Rolling \(rolling.window)-\(r.period.rawValue) volatility (annual), Sharpe"
                    + (withBenchmark ? ", beta and correlation" : ""),
                columns: columns, rows: rolling.points.map { p in
                    [.date(p.date), .number(p.volatility), .number(p.sharpe)] + (withBenchmark ? [.number(p.beta), .number(p.correlation)] : [])
                }, textRows: .headAndTail(5)))
        }
        return document
    }

    /// The run's line, its rebalance dates (`rebalances`: date, trades, traded notional, costs;
    /// head and tail in text), then the metrics of its equity curve.
    public static func backtest(_ report: BacktestReport) -> TableDocument {
        let r = report.result
        var document = TableDocument()
        document.line("\(r.strategy.rawValue) \(r.firstDate) to \(r.lastDate): final equity \(Formatting.decimal(r.finalEquity)), "
            + "total return \(Formatting.percent(r.totalReturn)), \(r.rebalances) rebalances, turnover \(Formatting.decimal(r.turnover, decimals: 2)), "
            + "costs \(Formatting.decimal(r.costs, decimals: 6))")
        if let ruined = r.ruinedOn { document.line("Ruined on \(ruined): equity fell to zero or below; the run stopped that day.") }
        let days = Dictionary(grouping: r.trades, by: \.date).sorted { $0.key < $1.key }
        document.table(ResultTable(name: "rebalances", title: "Trading days (the entry, then each rebalance)", columns: [
            TableColumn("Date", key: "date", unit: .date), TableColumn("Trades", key: "trades", unit: .count),
            TableColumn("Traded notional", key: "traded_notional", unit: .ratio(decimals: 4)),
            TableColumn("Costs", key: "costs", unit: .ratio(decimals: 6)),
        ], rows: days.map { day, trades in
            [.date(day), .integer(trades.count), .number(trades.reduce(0) { $0 + abs($1.notional) }),
             .number(trades.reduce(0) { $0 + $1.cost })]
        }, textRows: .headAndTail(5)))
        document.table(ResultTable(name: "equity", columns: [
            TableColumn("Date", key: "date", unit: .date), TableColumn("Equity", key: "equity", unit: .ratio()),
        ], rows: r.equity.map { [.date($0.date), .number($0.equity)] }, showsInText: false))
        document.line("")
        document.blocks += metrics(MetricsResult(report: report.metrics, rolling: nil)).blocks
        return document
    }
}
