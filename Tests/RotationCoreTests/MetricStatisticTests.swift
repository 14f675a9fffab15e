import Foundation
import Testing
import RotationCore

/// `MetricsReport.allStatistics` is the one metric table: JSON and text read it.
struct MetricStatisticTests {
    let days = ["2025-01-02", "2025-01-03", "2025-01-06", "2025-01-07"].map { TradingDay($0)! }

    @Test("the table holds the contract's twenty metrics in its order, the last seven against a benchmark")
    func contractKeys() {
        let keys = MetricsReport.allStatistics.map(\.key)
        #expect(keys == Array(MetricsReportTests.contractKeys.suffix(13)) + MetricsReportTests.benchmarkKeys)
        #expect(MetricsReport.allStatistics.filter(\.needsBenchmark).map(\.key) == MetricsReportTests.benchmarkKeys)
    }

    @Test("returns, drawdowns, VaR, alpha and tracking error are fractions; the rest plain numbers")
    func units() {
        let fractions = MetricsReport.allStatistics.filter { $0.unit == .fraction }.map(\.key)
        #expect(fractions == ["total_return", "cagr", "annual_volatility", "max_drawdown", "var_95", "alpha", "tracking_error"])
    }

    @Test("each statistic's JSON value is its accessor's value")
    func jsonFromTable() throws {
        let report = computeMetrics(symbol: "X", days: days, closes: [100, 101, 99, 102],
                                    benchmark: ("B", days, [50, 50.5, 50, 51]), basis: "price")
        let object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(report)) as? [String: Any])
        #expect(report.statistics.count == 20)
        for statistic in report.statistics {
            let value = statistic.value(report)
            // Foundation's JSON parser may miss the last bit on Linux: the table must pick the right
            // value, not re-prove the encoder's round trip.
            if let value {
                let written = try #require(object[statistic.key] as? Double, "\(statistic.key)")
                #expect(abs(written - value) <= 1e-12 * max(1, abs(value)), "\(statistic.key)")
            } else {
                #expect(object[statistic.key] is NSNull, "\(statistic.key)")
            }
        }
    }
}
