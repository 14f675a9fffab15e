import Foundation
import RotationApp
import RotationBacktest
import RotationCore
import Testing

/// `--chart` compositions (issue 18, item 3) on ../shared/data files named in place of symbols,
/// each SVG read back with XMLParser: title, axis title, legend, caption, and the data points.
///
/// Expected numbers were computed independently with Python 3 (csv module only) from
/// ../shared/data/prices/{RUT,GSPC}.csv `close` columns: e.g. perf's 1y line for RUT is
/// close(2025-12-12) / close(2024-12-12) − 1 = 0.08063259186473992 over 251 trading days; the
/// script is in the commit message of this test and summarised beside each expectation.
struct CommandChartsTests {
    static let prices = BriefTestStore.sharedData.appendingPathComponent("prices")
    static func file(_ symbol: String) -> String { prices.appendingPathComponent("\(symbol).csv").path }
    /// Files only: the store is never opened.
    static let service = RotationService(location: .sqlite(path: FileManager.default.temporaryDirectory
        .appendingPathComponent("rotation-charts-never.sqlite").path))
    static let asOf = TradingDay("2025-12-12")!

    /// The last drawn point of `name` as a value, with its tolerance, and the number of points.
    func lastPoint(_ svg: SVGReading, _ name: String) throws -> (value: Double, tolerance: Double, count: Int) {
        let line = try #require(svg.line(name), "no line \(name)")
        let last = try #require(line.points.last)
        let read = SVGReading.value(atPixel: last.y, scale: line.scale)
        return (read.value, read.tolerance, line.points.count)
    }

    @Test("perf: one cumulative line per symbol; each ends at the 1y return (Python: RUT 8.063%, GSPC 12.826%, 251 days)")
    func perf() async throws {
        var request = PerfRequest(symbols: [Self.file("RUT"), Self.file("GSPC")],
                                  windows: [try Window.parse("week"), try Window.parse("ytd"), try Window.parse("1y")], asOf: Self.asOf)
        request.cumulativeLines = true
        let result = try await Self.service.perf(request)
        let chart = CommandCharts.perf(result)
        let svg = try #require(SVGReading(chart.svg), "not well-formed XML")
        #expect(svg.root?.name == "svg" && svg.root?.attributes["xmlns"] == "http://www.w3.org/2000/svg")
        #expect(svg.titles.first == "Cumulative return since 2024-12-12")
        #expect(svg.texts.contains("Cumulative return (%)"))
        #expect(svg.texts.contains("RUT") && svg.texts.contains("GSPC"))
        #expect(svg.texts.contains { $0.contains("price basis (close)") && $0.contains("1y") })
        #expect(svg.texts.contains("Jan 2025"))
        for (symbol, expected) in [("RUT", 0.08063259186473992), ("GSPC", 0.12826440818012808)] {
            let last = try lastPoint(svg, symbol)
            #expect(last.count == 251, "\(symbol)")
            #expect(abs(last.value - expected) <= last.tolerance, "\(symbol): \(last.value)")
            let row = try #require(result.rows.first { $0.symbol == symbol && $0.window.description == "1y" })
            #expect(abs((row.return ?? .nan) - expected) < 1e-12)
        }
    }

    @Test("relative: the monthly RS line, 13 points from 2024-12-31, last 98.5586 (Python), current streak shaded")
    func relative() async throws {
        let report = try await Self.service.relative(RelativeRequest(a: Self.file("RUT"), b: Self.file("GSPC"), period: .month,
                                                                     asOf: Self.asOf, from: TradingDay("2025-01-01")))
        let chart = CommandCharts.relative(report)
        let svg = try #require(SVGReading(chart.svg))
        #expect(svg.titles.first == "Relative strength RUT/GSPC, monthly")
        #expect(svg.texts.contains("RUT/GSPC (100 = start)"))
        #expect(svg.texts.contains("RUT/GSPC"))
        #expect(svg.texts.contains { $0.hasPrefix("Ratio of closes, price basis (close), 100 on 2024-12-31") })
        let last = try lastPoint(svg, "RUT/GSPC")
        #expect(last.count == 13)
        #expect(abs(last.value - 98.5585847730148) <= last.tolerance, "\(last.value)")
        let streak = try #require(report.currentStreak)
        let band = try #require(svg.elements.first { $0.attributes["data-band"] != nil })
        #expect(band.attributes["data-end"] == "\(streak.endDate)")
        #expect(svg.texts.contains { $0.hasPrefix("current streak: ") && $0.contains("\(streak.length) month") })
    }

    @Test("cycles: the monthly RUT/GSPC line since 1987-09-30, 460 points, last 70.4119 (Python), stretches shaded")
    func cycles() async throws {
        let report = try await Self.service.cycles(CyclesRequest(a: Self.file("RUT"), b: Self.file("GSPC"), asOf: Self.asOf))
        let chart = CommandCharts.cycles(report)
        let svg = try #require(SVGReading(chart.svg))
        #expect(svg.titles.first == "Cycles of RUT/GSPC, monthly")
        #expect(svg.texts.contains("RUT/GSPC (100 = start)"))
        #expect(svg.texts.contains("underperformance (5 longest)") && svg.texts.contains("outperformance (5 longest)"))
        let last = try lastPoint(svg, "RUT/GSPC")
        #expect(last.count == 460)
        #expect(abs(last.value - 70.41189177863315) <= last.tolerance, "\(last.value)")
        #expect(svg.elements.filter { $0.attributes["data-band"] != nil }.count == 10)
    }

    @Test("metrics: cumulative return of RUT and GSPC (Python: 14.330%, 16.339%, 238 points) over RUT's drawdown (−24.04%)")
    func metrics() async throws {
        let result = try await Self.service.metrics(MetricsRequest(symbol: Self.file("RUT"), benchmark: Self.file("GSPC"),
                                                                   from: TradingDay("2025-01-01"), to: Self.asOf, rolling: 63))
        let chart = CommandCharts.metrics(result)
        let svg = try #require(SVGReading(chart.svg))
        #expect(svg.titles.first == "RUT vs GSPC: cumulative return and drawdown (daily)")
        #expect(svg.titles.contains("Drawdown of RUT") && svg.titles.contains("Rolling 63-day volatility, annualised"))
        #expect(svg.texts.contains("Cumulative return (%)") && svg.texts.contains("Drawdown (%)") && svg.texts.contains("Volatility (%)"))
        #expect(svg.texts.contains("RUT") && svg.texts.contains("GSPC") && svg.texts.contains("RUT drawdown"))
        for (symbol, expected) in [("RUT", 0.14329627588308314), ("GSPC", 0.16338959368157369)] {
            let last = try lastPoint(svg, symbol)
            #expect(last.count == 238, "\(symbol)")
            #expect(abs(last.value - expected) <= last.tolerance, "\(symbol): \(last.value)")
        }
        #expect(abs((result.report.totalReturn ?? .nan) - 0.14329627588308314) < 1e-12)
        let drawdown = try #require(svg.line("RUT drawdown"))
        let deepest = drawdown.points.map { SVGReading.value(atPixel: $0.y, scale: drawdown.scale) }.min { $0.value < $1.value }!
        #expect(abs(deepest.value - -0.24040863341630814) <= deepest.tolerance, "\(deepest.value)")
        #expect(abs((result.report.maxDrawdown ?? .nan) - -0.24040863341630814) < 1e-12)
    }

    @Test("backtest: cumulative return after costs, 2015-01-02 to 2025-12-31, ending at +272.786% (the independent Python ledger, Golden/expected_runs.json)")
    func backtest() async throws {
        // allocation_spy_iwm_monthly in Tests/RotationBacktestTests/Golden/expected_runs.json (generate.py, standard-library
        // Python): equity_count 2766, total_return 2.727864362436658.
        let spec = #"{"strategy": "allocation", "from": "2015-01-01", "to": "2025-12-31", "weights": {"SPY": 0.85, "IWM": 0.15}, "rebalance": "monthly", "commission_bps": 1, "slippage_bps": 2}"#
        let decoded = try BacktestRequest.decodeSpec(Data(spec.utf8), file: "spec.json")
        let report = try await Self.service.backtest(BacktestRequest(spec: decoded, pricesDirectory: Self.prices.path))
        let chart = CommandCharts.backtest(report)
        let svg = try #require(SVGReading(chart.svg))
        #expect(svg.titles.first == "Backtest allocation: cumulative return and drawdown")
        #expect(svg.texts.contains("Cumulative return (%)") && svg.texts.contains("Drawdown (%)"))
        #expect(svg.texts.contains("allocation") && svg.texts.contains("allocation drawdown"))
        // 2766 daily points on 548 pixel columns are thinned to each column's first, lowest, highest
        // and last point (PathSegments.thinned), so the count is checked on the date axis instead:
        // data-x holds the first and last day (days since 1970-01-01) the scale spans.
        let last = try lastPoint(svg, "allocation")
        #expect(last.count < 2766)
        let first = TradingDay("2015-01-02")!.daysSinceEpoch, final = TradingDay("2025-12-31")!.daysSinceEpoch
        #expect(svg.elements.contains { $0.name == "svg" && $0.attributes["data-x"]?.hasPrefix("\(first) \(final) ") == true })
        #expect(report.result.equity.count == 2766)
        #expect(abs(last.value - 2.727864362436658) <= last.tolerance, "\(last.value)")
        // The drawdown panel's low is the report's max_drawdown (not recomputed independently).
        let drawdown = try #require(svg.line("allocation drawdown"))
        let deepest = drawdown.points.map { SVGReading.value(atPixel: $0.y, scale: drawdown.scale) }.min { $0.value < $1.value }!
        #expect(abs(deepest.value - (report.metrics.maxDrawdown ?? .nan)) <= deepest.tolerance)
    }

    @Test("breadth: share up and % above averages over McClellan, 8 days; share up 1369/1801 on 2025-12-10 (Python)")
    func breadth() async throws {
        // Python over constituents/smallcap_adj_closes_wide.csv and the holdings file's tickers: on 2025-12-10,
        // 1801 members have a close that day and the day before, 1369 of them higher: 0.7601332593003887.
        let constituents = BriefTestStore.sharedData.appendingPathComponent("constituents")
        let input = MembersInput(members: [constituents.appendingPathComponent("IWM_holdings_2025-11-05.csv").path],
                                 prices: constituents.appendingPathComponent("smallcap_adj_closes_wide.csv").path)
        let result = try await Self.service.breadth(input, asOf: nil, from: TradingDay("2025-12-01"), to: TradingDay("2025-12-10"))
        let chart = CommandCharts.breadth(result)
        let svg = try #require(SVGReading(chart.svg))
        #expect(svg.titles.first == "Breadth: participation and McClellan oscillator, 2025-12-01 to 2025-12-10")
        #expect(svg.texts.contains("Share of members (%)") && svg.texts.contains("Net advances"))
        for name in ["share up", "above 50-day average", "above 200-day average", "McClellan oscillator"] {
            #expect(svg.texts.contains(name), "\(name)")
        }
        let last = try lastPoint(svg, "share up")
        #expect(last.count == 8)
        #expect(abs(last.value - 0.7601332593003887) <= last.tolerance, "\(last.value)")
        #expect(result.report.latest.covered == 1801)
    }

    @Test("rrg: one tail of --tail points per symbol, named at its head (tails not recomputed independently)")
    func rotationMap() async throws {
        let report = try await Self.service.rotationMap(RotationMapRequest(symbols: [Self.file("RUT"), Self.file("IXIC")],
                                                                           benchmark: Self.file("GSPC"), asOf: Self.asOf))
        let chart = CommandCharts.rotationMap(report)
        let svg = try #require(SVGReading(chart.svg))
        #expect(svg.titles.first == "Rotation map vs GSPC (weekly)")
        #expect(svg.texts.contains("RS-Ratio") && svg.texts.contains("RS-Momentum"))
        #expect(svg.texts.contains("RUT") && svg.texts.contains("IXIC"))
        #expect(svg.texts.contains { $0.hasPrefix("RS-Ratio across, RS-Momentum up, 100 = GSPC; 8-point tails to 2025-12-12") })
        // Seven small dots and one head per tail.
        #expect(svg.elements.filter { $0.name == "circle" }.count == 16)
    }
}
