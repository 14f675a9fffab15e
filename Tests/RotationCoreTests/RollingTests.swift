import Testing
import RotationCore

struct RollingTests {
    let days = (1...8).map { TradingDay(year: 2025, month: 4, day: $0)! }

    @Test("rolling metrics equal the whole-window metrics of each window")
    func matchesWindows() {
        let r = [0.01, -0.02, 0.03, 0.0, 0.015, -0.01, 0.02, 0.005]
        let b = [0.005, -0.01, 0.02, 0.001, 0.01, -0.012, 0.01, 0.0]
        let rolling = rollingMetrics(days: days, returns: r, benchmark: b, window: 3, riskFreePerPeriod: 0.0001, periodsPerYear: 252)
        #expect(rolling.days == Array(days[2...]))
        for k in 0..<rolling.days.count {
            let wr = Array(r[k..<(k + 3)]), wb = Array(b[k..<(k + 3)])
            #expect(abs(rolling.volatility[k]! - annualVolatility(wr, periodsPerYear: 252)!) < 1e-12)
            #expect(abs(rolling.sharpe[k]! - sharpeRatio(wr, riskFreePerPeriod: 0.0001, periodsPerYear: 252)!) < 1e-9)
            #expect(abs(rolling.beta![k]! - beta(wr, benchmark: wb)!) < 1e-9)
            #expect(abs(rolling.correlation![k]! - correlation(wr, benchmark: wb)!) < 1e-9)
        }
    }

    @Test("a constant window has zero volatility and no Sharpe ratio")
    func constantWindow() {
        let r = [0.01, 0.01, 0.01, 0.02, 0.01, 0.01, 0.01, 0.01]
        let rolling = rollingMetrics(days: days, returns: r, window: 3, periodsPerYear: 252)
        #expect(rolling.volatility.first! == 0 && rolling.sharpe.first! == nil)
        #expect(rolling.sharpe[1] != nil && rolling.sharpe.last! == nil)
        #expect(rolling.beta == nil)
    }

    @Test("fewer returns than the window give empty columns")
    func tooShort() {
        let rolling = rollingMetrics(days: Array(days[0..<2]), returns: [0.01, 0.02], window: 3, periodsPerYear: 252)
        #expect(rolling.days.isEmpty && rolling.volatility.isEmpty)
    }
}
