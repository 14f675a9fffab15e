import Foundation
import Testing
import RotationCore

/// Every metric against empyrical-reloaded + pandas on real prices (see Golden/metrics/README.md).
struct MetricsGoldenTests {
    typealias Case = [String: Any]

    static func priceCase(_ index: Int) throws -> Case {
        (try MetricsTestData.expected()["cases"] as! [Case])[index]
    }

    static func edgeCase(_ index: Int) throws -> Case {
        (try MetricsTestData.expected()["edge_cases"] as! [Case])[index]
    }

    /// The report's values under the golden file's key names.
    static func values(_ r: MetricsReport) -> [String: Double?] {
        ["total_return": r.totalReturn, "cagr": r.cagr, "annual_volatility": r.annualVolatility,
         "sharpe": r.sharpe, "sortino": r.sortino, "max_drawdown": r.maxDrawdown, "calmar": r.calmar,
         "omega": r.omega, "tail_ratio": r.tailRatio, "skew": r.skew, "kurtosis": r.kurtosis,
         "var_95": r.var95, "stability": r.stability, "beta": r.beta, "alpha": r.alpha,
         "correlation": r.correlation, "up_capture": r.upCapture, "down_capture": r.downCapture,
         "tracking_error": r.trackingError, "information_ratio": r.informationRatio]
    }

    static func report(_ c: Case, convention: MetricsConvention) throws -> MetricsReport {
        let column = c["column"] as! String, from = c["from"] as! String, to = c["to"] as! String
        let symbol = try MetricsTestData.closes(c["symbol"] as! String, column: column, from: from, to: to)
        let bench = try MetricsTestData.closes(c["benchmark"] as! String, column: column, from: from, to: to)
        return computeMetrics(
            symbol: c["symbol"] as! String, days: symbol.days, closes: symbol.values,
            benchmark: (c["benchmark"] as! String, bench.days, bench.values),
            basis: column == "adj_close" ? "total" : "price", period: PeriodicFrequency(rawValue: c["period"] as! String)!,
            riskFreeAnnual: MetricsTestData.number(c["rf_annual"])!, convention: convention,
            from: TradingDay(from), to: TradingDay(to), drawdownCount: 5)
    }

    @Test("every empyrical-convention metric of a real pair agrees with empyrical and pandas to 1e-9",
          arguments: 0..<4)
    func realPairAgrees(index: Int) throws {
        let c = try Self.priceCase(index)
        let expected = c["expected"] as! [String: Any]
        let report = try Self.report(c, convention: .empyrical)
        #expect(report.nReturns == expected["n_returns"] as! Int)
        let alignment = c["alignment"] as! [String: Int]
        #expect(report.alignment == .init(aligned: alignment["aligned"]!, droppedFromSymbol: alignment["dropped_from_symbol"]!,
                                          droppedFromBenchmark: alignment["dropped_from_benchmark"]!))
        #expect(MetricsTestData.agrees(report.riskFree.perPeriod, MetricsTestData.number(expected["risk_free_per_period"])))
        for (key, value) in Self.values(report) {
            #expect(MetricsTestData.agrees(value, MetricsTestData.number(expected[key])),
                    "\(c["name"]!): \(key) = \(String(describing: value)), reference \(String(describing: expected[key]!))")
        }
    }

    @Test("Morningstar and PerformanceAnalytics profiles agree with their published definitions", arguments: 0..<4)
    func profilesAgree(index: Int) throws {
        let c = try Self.priceCase(index)
        let expected = c["expected"] as! [String: Any]
        let morningstar = try Self.report(c, convention: .morningstar)
        let pa = try Self.report(c, convention: .pa)
        #expect(morningstar.convention == .morningstar && pa.convention == .pa)
        #expect(MetricsTestData.agrees(morningstar.upCapture, MetricsTestData.number(expected["up_capture_morningstar"])))
        #expect(MetricsTestData.agrees(morningstar.downCapture, MetricsTestData.number(expected["down_capture_morningstar"])))
        #expect(MetricsTestData.agrees(morningstar.sortino, MetricsTestData.number(expected["sortino"])))
        #expect(MetricsTestData.agrees(pa.upCapture, MetricsTestData.number(expected["up_capture_pa"])))
        #expect(MetricsTestData.agrees(pa.downCapture, MetricsTestData.number(expected["down_capture_pa"])))
        #expect(MetricsTestData.agrees(pa.sortino, MetricsTestData.number(expected["sortino_pa"])))
        // The other metrics do not depend on the profile.
        #expect(pa.sharpe == morningstar.sharpe && pa.beta == morningstar.beta)
    }

    @Test("the drawdown table of a real series matches an independent pandas episode table", arguments: [0, 3])
    func drawdownsAgree(index: Int) throws {
        let c = try Self.priceCase(index)
        let rows = c["drawdowns"] as! [[String: Any]]
        let report = try Self.report(c, convention: .empyrical)
        let table = Array(report.drawdowns.prefix(rows.count))
        #expect(table.count == rows.count)
        for (row, expected) in zip(table, rows) {
            #expect(row.peakDate?.description == expected["peak_date"] as? String)
            #expect(row.troughDate.description == expected["trough_date"] as? String)
            #expect(row.recoveryDate?.description == expected["recovery_date"] as? String)
            #expect(MetricsTestData.agrees(row.depth, MetricsTestData.number(expected["depth"])))
            #expect(row.peakToTroughPeriods == expected["peak_to_trough_periods"] as? Int)
            #expect(row.peakToRecoveryPeriods == expected["peak_to_recovery_periods"] as? Int)
        }
    }

    @Test("the small public functions give the same numbers as the one-call report")
    func smallFunctionsAgree() throws {
        let c = try Self.priceCase(0)
        let expected = c["expected"] as! [String: Any]
        let a = try MetricsTestData.closes("IWM", column: "adj_close", from: "2015-01-01", to: "2024-12-31")
        let b = try MetricsTestData.closes("SPY", column: "adj_close", from: "2015-01-01", to: "2024-12-31")
        let r = Series(name: "IWM", kind: .price, days: a.days, values: a.values).simpleReturns().values
        let s = Series(name: "SPY", kind: .price, days: b.days, values: b.values).simpleReturns().values
        let rf = riskFreePerPeriod(annual: 0.02, periodsPerYear: 252)!
        let pairs: [(String, Double?)] = [
            ("total_return", totalReturn(r)), ("cagr", compoundAnnualGrowthRate(r, periodsPerYear: 252)),
            ("annual_volatility", annualVolatility(r, periodsPerYear: 252)),
            ("sharpe", sharpeRatio(r, riskFreePerPeriod: rf, periodsPerYear: 252)),
            ("sortino", sortinoRatio(r, periodsPerYear: 252)), ("max_drawdown", maxDrawdown(r)),
            ("calmar", calmarRatio(r, periodsPerYear: 252)), ("omega", omegaRatio(r)), ("tail_ratio", tailRatio(r)),
            ("skew", skewness(r)), ("kurtosis", excessKurtosis(r)), ("var_95", valueAtRisk95(r)), ("stability", stability(r)),
            ("beta", beta(r, benchmark: s)), ("alpha", alpha(r, benchmark: s, riskFreePerPeriod: rf, periodsPerYear: 252)),
            ("correlation", correlation(r, benchmark: s)),
            ("up_capture", captureRatio(r, benchmark: s, side: .up, periodsPerYear: 252)),
            ("down_capture", captureRatio(r, benchmark: s, side: .down, periodsPerYear: 252)),
            ("tracking_error", trackingError(r, benchmark: s, periodsPerYear: 252)),
            ("information_ratio", informationRatio(r, benchmark: s, periodsPerYear: 252)),
            ("sortino_pa", sortinoRatio(r, periodsPerYear: 252, convention: .pa)),
        ]
        for (key, value) in pairs {
            #expect(MetricsTestData.agrees(value, MetricsTestData.number(expected[key])), "\(key)")
        }
    }

    @Test("edge cases (constant, single return, all positive, first-period loss) agree with the reference", arguments: 0..<4)
    func edgeCaseAgrees(index: Int) throws {
        let c = try Self.edgeCase(index)
        let expected = c["expected"] as! [String: Any]
        let returns = (c["returns"] as! [NSNumber]).map(\.doubleValue)
        let benchmark = (c["benchmark_returns"] as? [NSNumber])?.map(\.doubleValue)
        let days = MetricsTestData.weekdays(returns.count)
        let report = computeMetrics(symbol: "X", returnDays: days, returns: returns,
                                    benchmark: benchmark.map { ("B", days, $0) }, basis: "total")
        #expect(report.nReturns == expected["n_returns"] as! Int)
        for (key, value) in Self.values(report) where benchmark != nil || expected[key] != nil {
            #expect(MetricsTestData.agrees(value, MetricsTestData.number(expected[key])),
                    "\(c["name"]!): \(key) = \(String(describing: value)), reference \(String(describing: expected[key]!))")
        }
    }

    @Test("rolling volatility, Sharpe, beta and correlation agree with pandas rolling windows")
    func rollingAgrees() throws {
        let c = try Self.priceCase(3)
        let rolling = c["rolling"] as! [String: Any]
        let window = rolling["window"] as! Int
        let a = try MetricsTestData.closes("RUT", column: "close", from: "2025-01-01", to: "2025-12-31")
        let b = try MetricsTestData.closes("GSPC", column: "close", from: "2025-01-01", to: "2025-12-31")
        let r = Series(name: "RUT", kind: .price, days: a.days, values: a.values).simpleReturns()
        let s = Series(name: "GSPC", kind: .price, days: b.days, values: b.values).simpleReturns()
        #expect(r.days == s.days)
        let result = rollingMetrics(days: r.days, returns: r.values, benchmark: s.values, window: window, periodsPerYear: 252)
        #expect(result.days.first == r.days[window - 1] && result.days.last == r.days.last)
        let columns: [(String, [Double?])] = [("volatility", result.volatility), ("sharpe", result.sharpe),
                                              ("beta", result.beta!), ("correlation", result.correlation!)]
        for (name, values) in columns {
            let reference = (rolling[name] as! [Any]).map(MetricsTestData.number)
            #expect(values.count == reference.count)
            // pandas updates rolling sums online too; both drift by rounding, so 1e-8 here.
            let worst = zip(values, reference).map { v, e in abs(v! - e!) / abs(e!) }.max()!
            #expect(worst < 1e-8, "\(name): worst relative difference \(worst)")
        }
    }
}
