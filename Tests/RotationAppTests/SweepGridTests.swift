import Testing
import RotationApp
import RotationBacktest

/// Parsing `--param` grids and enumerating them without building the grid.
struct SweepGridTests {
    static var base: BacktestSpec {
        var spec = BacktestSpec(strategy: .rotation)
        spec.a = "IWM"
        spec.b = "SPY"
        spec.lookbackWeeks = 12
        return spec
    }

    @Test("integer and decimal ranges, single values and lists parse to their values")
    func parsing() throws {
        let grid = try SweepGrid.parse(["lookback_weeks=4..12:4", "split_threshold=0..0.1:0.02", "ma_days=none,50..60:10",
                                        "ma_fallback=cash,other", "rebalance=weekly,monthly"])
        #expect(grid.lookbackWeeks == [4, 8, 12])
        // By hand: 0, 0.02, …, 0.1 as 0 + i × 0.02 — six values, the last 5 × 0.02.
        #expect(grid.splitThresholds == [0, 1, 2, 3, 4, 5].map { Double($0) * 0.02 })
        #expect(grid.maDays == [nil, 50, 60])
        #expect(grid.maFallbacks == [.cash, .other])
        #expect(grid.rebalances == [.weekly, .monthly])
        #expect(try SweepGrid.parse(["lookback_weeks=3..5"]).lookbackWeeks == [3, 4, 5])
        #expect(try SweepGrid.parse(["lookback_weeks=7"]).lookbackWeeks == [7])
        #expect(try SweepGrid.parse(["lookback_weeks=1,3..7:2"]).lookbackWeeks == [1, 3, 5, 7])
    }

    @Test("unknown names and bad values are usage errors naming what is valid")
    func errors() {
        #expect(throws: Failure(.usage, "--param: unknown parameter \"lookback\"; valid names: lookback_weeks, ma_days, ma_fallback, split_threshold, rebalance")) {
            try SweepGrid.parse(["lookback=1..3"])
        }
        #expect(throws: Failure(.usage, "--param lookback_weeks: expected integers ≥ 1 (a..b:step or a,b,…), got \"0..3\"")) {
            try SweepGrid.parse(["lookback_weeks=0..3"])
        }
        #expect(throws: Failure(.usage, "--param: expected NAME=VALUES, got \"ma_days\"")) { try SweepGrid.parse(["ma_days"]) }
        #expect(throws: Failure(.usage, "--param lookback_weeks: expected integers ≥ 1 (a..b:step or a,b,…), got \"5..3\"")) {
            try SweepGrid.parse(["lookback_weeks=5..3"])
        }
    }

    @Test("parameters(at:) enumerates exactly RotationParameters.grid, in its order")
    func enumeration() throws {
        let grid = try SweepGrid.parse(["lookback_weeks=2..6:2", "ma_days=none,20", "split_threshold=0,0.01", "rebalance=weekly,monthly,quarterly"])
        let axes = try grid.axes(base: Self.base)
        let expected = RotationParameters.grid(lookbackWeeks: [2, 4, 6], maDays: [nil, 20], maFallbacks: [.cash],
                                               splitThresholds: [0, 0.01], rebalances: [.weekly, .monthly, .quarterly])
        #expect(axes.count == 36)
        #expect((0..<axes.count).map { axes.parameters(at: $0) } == expected)
    }

    @Test("names not swept keep the spec's values")
    func defaultsFromSpec() throws {
        var spec = Self.base
        spec.maDays = 100
        spec.splitThreshold = 0.05
        let axes = try SweepGrid.parse(["lookback_weeks=1..2"]).axes(base: spec)
        #expect(axes.count == 2)
        #expect(axes.parameters(at: 1) == RotationParameters(lookbackWeeks: 2, maDays: 100, splitThreshold: 0.05))
    }
}
