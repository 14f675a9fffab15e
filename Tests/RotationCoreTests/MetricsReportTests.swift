import Foundation
import Testing
import RotationCore

struct MetricsReportTests {
    let days = ["2025-01-02", "2025-01-03", "2025-01-06", "2025-01-07"].map { TradingDay($0)! }

    func json(_ report: MetricsReport) throws -> [String: Any] {
        let data = try JSONEncoder().encode(report)
        return try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    static let contractKeys = ["symbol", "benchmark", "basis", "period", "periods_per_year", "first_date", "last_date",
                               "n_returns", "total_return", "cagr", "annual_volatility", "sharpe", "sortino",
                               "max_drawdown", "calmar", "omega", "tail_ratio", "skew", "kurtosis", "var_95", "stability"]
    static let benchmarkKeys = ["beta", "alpha", "correlation", "up_capture", "down_capture", "tracking_error",
                                "information_ratio"]

    @Test("without a benchmark the JSON has every contract key, uncomputable metrics as null, and no benchmark keys")
    func noBenchmark() throws {
        let report = computeMetrics(symbol: "X", days: days, closes: [100, 101, 99, 102], basis: "price")
        let object = try json(report)
        for key in Self.contractKeys { #expect(object.keys.contains(key), "\(key)") }
        for key in Self.benchmarkKeys + ["alignment"] { #expect(!object.keys.contains(key), "\(key)") }
        #expect(object["benchmark"] is NSNull)
        #expect(object["kurtosis"] is NSNull)  // three returns: kurtosis needs four
        #expect(object["period"] as? String == "daily" && object["periods_per_year"] as? Int == 252)
        #expect(object["first_date"] as? String == "2025-01-02" && object["convention"] as? String == "empyrical")
        let riskFree = object["risk_free"] as! [String: Any]
        #expect(riskFree["method"] as? String == "geometric" && riskFree["annual"] as? Double == 0)
    }

    @Test("with a benchmark the JSON has the benchmark keys and the alignment counts")
    func withBenchmark() throws {
        let report = computeMetrics(symbol: "X", days: days, closes: [100, 101, 99, 102],
                                    benchmark: ("B", Array(days.dropLast()), [50, 50.5, 50]), basis: "total",
                                    period: .daily, riskFreeAnnual: 0.03, convention: .pa)
        let object = try json(report)
        for key in Self.contractKeys + Self.benchmarkKeys { #expect(object.keys.contains(key), "\(key)") }
        let alignment = object["alignment"] as! [String: Int]
        #expect(alignment == ["aligned": 3, "dropped_from_symbol": 1, "dropped_from_benchmark": 0])
        #expect(object["n_returns"] as? Int == 2 && object["convention"] as? String == "pa")
        #expect(object["basis"] as? String == "total")
    }

    @Test("a report survives a JSON round trip")
    func roundTrip() throws {
        let report = computeMetrics(symbol: "X", days: days, closes: [100, 101, 99, 102], basis: "price", drawdownCount: 2)
        let decoded = try JSONDecoder().decode(MetricsReport.self, from: JSONEncoder().encode(report))
        #expect(decoded == report)
    }
}
