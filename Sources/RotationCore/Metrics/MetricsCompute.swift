/// The one-call entry points behind `rotation metrics`.
///
/// Order of operations (prices): drop missing (NaN) closes → keep closes dated within
/// `from...to` (inclusive) → with a benchmark, cut both to their common dates (counting what
/// each side lost) → resample to the last close of each week or month → simple returns,
/// dated on the later close → every metric. `riskFreeAnnual` is an annual fraction, converted
/// per period as `(1 + rf)^(1/ppy) − 1`; it enters the Sharpe ratio and alpha only (Sortino
/// and omega use a zero target, as the contract states). `periodsPerYear` defaults to the
/// period's convention (252/52/12). `riskFreeAnnual` must be greater than −1.
public func computeMetrics(symbol: String, days: [TradingDay], closes: [Double],
                           benchmark: (name: String, days: [TradingDay], closes: [Double])? = nil,
                           basis: String, period: PeriodicFrequency = .day, periodsPerYear: Int? = nil,
                           riskFreeAnnual: Double = 0, convention: MetricsConvention = .empyrical,
                           from: TradingDay? = nil, to: TradingDay? = nil, drawdownCount: Int = 5) -> MetricsReport {
    let series = presentValues(name: symbol, kind: .price, days: days, values: closes).between(from: from, to: to)
    var symbolCloses = series
    var benchmarkCloses: Series?
    var alignment: MetricsReport.Alignment?
    if let benchmark {
        let other = presentValues(name: benchmark.name, kind: .price, days: benchmark.days, values: benchmark.closes)
            .between(from: from, to: to)
        let pair = alignOnCommonDays(series, other)
        alignment = .init(aligned: pair.aligned, droppedFromSymbol: pair.droppedFromFirst,
                          droppedFromBenchmark: pair.droppedFromSecond)
        symbolCloses = Series(name: symbol, kind: .price, days: pair.days, values: pair.first)
        benchmarkCloses = Series(name: benchmark.name, kind: .price, days: pair.days, values: pair.second)
    }
    symbolCloses = symbolCloses.lastOfEachPeriod(period)
    let returns = symbolCloses.simpleReturns()
    let benchmarkReturns = benchmarkCloses?.lastOfEachPeriod(period).simpleReturns()
    return assembleReport(symbol: symbol, benchmarkName: benchmark?.name, basis: basis, period: period,
                          periodsPerYear: periodsPerYear ?? period.periodsPerYear, riskFreeAnnual: riskFreeAnnual,
                          convention: convention, returns: returns, benchmarkReturns: benchmarkReturns,
                          firstDate: symbolCloses.days.first, lastDate: symbolCloses.days.last,
                          baseDay: symbolCloses.days.first, alignment: alignment, drawdownCount: drawdownCount)
}

/// `computeMetrics` for return series (`date,return` input): returns are fractions per day
/// (or per the input's own period when `period` is `.day`). Returns dated within
/// `from...to` are kept, aligned with the benchmark's returns on common dates, and
/// compounded within each week or month for weekly and monthly periods. `first_date` is the
/// first return's date; drawdown peaks before the first return have no date.
public func computeMetrics(symbol: String, returnDays: [TradingDay], returns: [Double],
                           benchmark: (name: String, days: [TradingDay], returns: [Double])? = nil,
                           basis: String, period: PeriodicFrequency = .day, periodsPerYear: Int? = nil,
                           riskFreeAnnual: Double = 0, convention: MetricsConvention = .empyrical,
                           from: TradingDay? = nil, to: TradingDay? = nil, drawdownCount: Int = 5) -> MetricsReport {
    var series = presentValues(name: symbol, kind: .return, days: returnDays, values: returns).between(from: from, to: to)
    var benchmarkSeries: Series?
    var alignment: MetricsReport.Alignment?
    if let benchmark {
        let other = presentValues(name: benchmark.name, kind: .return, days: benchmark.days, values: benchmark.returns)
            .between(from: from, to: to)
        let pair = alignOnCommonDays(series, other)
        alignment = .init(aligned: pair.aligned, droppedFromSymbol: pair.droppedFromFirst,
                          droppedFromBenchmark: pair.droppedFromSecond)
        series = Series(name: symbol, kind: .return, days: pair.days, values: pair.first)
        benchmarkSeries = Series(name: benchmark.name, kind: .return, days: pair.days, values: pair.second)
            .compoundedByPeriod(period)
    }
    series = series.compoundedByPeriod(period)
    return assembleReport(symbol: symbol, benchmarkName: benchmark?.name, basis: basis, period: period,
                          periodsPerYear: periodsPerYear ?? period.periodsPerYear, riskFreeAnnual: riskFreeAnnual,
                          convention: convention, returns: series, benchmarkReturns: benchmarkSeries,
                          firstDate: series.days.first, lastDate: series.days.last,
                          baseDay: nil, alignment: alignment, drawdownCount: drawdownCount)
}

/// The rows whose value is present (not NaN, the columns' "missing" marker).
func presentValues(name: String, kind: SeriesKind, days: [TradingDay], values: [Double]) -> Series {
    precondition(days.count == values.count, "days and values differ in length")
    if !values.contains(where: \.isNaN) { return Series(name: name, kind: kind, days: days, values: values) }
    var keptDays: [TradingDay] = [], keptValues: [Double] = []
    for i in 0..<days.count where !values[i].isNaN {
        keptDays.append(days[i])
        keptValues.append(values[i])
    }
    return Series(name: name, kind: kind, days: keptDays, values: keptValues)
}

func assembleReport(symbol: String, benchmarkName: String?, basis: String, period: PeriodicFrequency,
                    periodsPerYear: Int, riskFreeAnnual: Double, convention: MetricsConvention,
                    returns: Series, benchmarkReturns: Series?, firstDate: TradingDay?, lastDate: TradingDay?,
                    baseDay: TradingDay?, alignment: MetricsReport.Alignment?, drawdownCount: Int) -> MetricsReport {
    precondition(periodsPerYear > 0, "periodsPerYear must be positive")
    guard let rf = riskFreePerPeriod(annual: riskFreeAnnual, periodsPerYear: periodsPerYear) else {
        preconditionFailure("the annual risk-free rate must be greater than -1")
    }
    let m = ReturnMetrics(returns: returns.values, benchmark: benchmarkReturns?.values, riskFreePerPeriod: rf,
                          periodsPerYear: periodsPerYear, convention: convention)
    return MetricsReport(
        symbol: symbol, benchmark: benchmarkName, basis: basis, period: period, periodsPerYear: periodsPerYear,
        firstDate: firstDate, lastDate: lastDate, nReturns: returns.count,
        totalReturn: m.totalReturn, cagr: m.cagr, annualVolatility: m.annualVolatility, sharpe: m.sharpe,
        sortino: m.sortino, maxDrawdown: m.maxDrawdown, calmar: m.calmar, omega: m.omega, tailRatio: m.tailRatio,
        skew: m.skew, kurtosis: m.kurtosis, var95: m.valueAtRisk95, stability: m.stability,
        beta: m.beta, alpha: m.alpha, correlation: m.correlation, upCapture: m.upCapture,
        downCapture: m.downCapture, trackingError: m.trackingError, informationRatio: m.informationRatio,
        convention: convention, riskFree: .init(annual: riskFreeAnnual, perPeriod: rf), alignment: alignment,
        drawdowns: drawdownTable(days: returns.days, returns: returns.values, baseDay: baseDay, count: drawdownCount))
}
