import Foundation
import RotationBacktest
import RotationCore

/// The parameter grid of `rotation sweep`, from repeated `--param name=values`.
///
/// Values: `a..b:step` (inclusive; integers or decimals; a decimal step is applied as
/// a + i × step for i = 0, 1, … while ≤ b + 1e-9 × |step|, so 0..0.1:0.02 has 6 values), `a..b`
/// (step 1), a single value, or a comma list. Names: `lookback_weeks` (integers ≥ 1),
/// `ma_days` (integers ≥ 1 or `none`), `split_threshold` (decimals ≥ 0), `ma_fallback`
/// (`cash`, `other`), `rebalance` (`none`, `daily`, `weekly`, `monthly`, `quarterly`). A name
/// not given takes the spec's value. The grid is every combination, in the order of
/// `RotationParameters.grid` (lookback slowest, then MA, fallback, threshold, schedule).
public struct SweepGrid: Sendable, Equatable {
    public var lookbackWeeks: [Int]?
    public var maDays: [Int?]?
    public var maFallbacks: [MovingAverageFallback]?
    public var splitThresholds: [Double]?
    public var rebalances: [RebalanceRule]?

    public init() {}

    /// The names `--param` accepts.
    public static let parameterNames = ["lookback_weeks", "ma_days", "ma_fallback", "split_threshold", "rebalance"]

    /// Parses the `--param` arguments. Errors are usage errors (exit 64) naming the valid names.
    public static func parse(_ arguments: [String]) throws -> SweepGrid {
        var grid = SweepGrid()
        for argument in arguments {
            let pair = argument.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, !pair[1].isEmpty else {
                throw Failure(.usage, "--param: expected NAME=VALUES, got \"\(argument)\"")
            }
            let (name, text) = (pair[0].trimmingCharacters(in: .whitespaces), pair[1])
            func fail(_ expected: String) -> Failure {
                Failure(.usage, "--param \(name): expected \(expected), got \"\(text)\"")
            }
            switch name {
            case "lookback_weeks":
                guard let values = integers(text), values.allSatisfy({ $0 >= 1 }) else { throw fail("integers ≥ 1 (a..b:step or a,b,…)") }
                grid.lookbackWeeks = values
            case "ma_days":
                var values: [Int?] = []
                for part in text.split(separator: ",") {
                    if part == "none" { values.append(nil); continue }
                    guard let range = integers(String(part)), range.allSatisfy({ $0 >= 1 }) else { throw fail("integers ≥ 1 or none") }
                    values += range.map { Optional($0) }
                }
                guard !values.isEmpty else { throw fail("integers ≥ 1 or none") }
                grid.maDays = values
            case "split_threshold":
                guard let values = decimals(text), values.allSatisfy({ $0 >= 0 && $0.isFinite }) else { throw fail("decimals ≥ 0") }
                grid.splitThresholds = values
            case "ma_fallback":
                let values = text.split(separator: ",").map { MovingAverageFallback(rawValue: String($0)) }
                guard !values.isEmpty, values.allSatisfy({ $0 != nil }) else { throw fail("cash or other") }
                grid.maFallbacks = values.compactMap { $0 }
            case "rebalance":
                let names = ["none": RebalanceRule.none, "daily": .daily, "weekly": .weekly, "monthly": .monthly, "quarterly": .quarterly]
                let values = text.split(separator: ",").map { names[String($0)] }
                guard !values.isEmpty, values.allSatisfy({ $0 != nil }) else { throw fail("none, daily, weekly, monthly or quarterly") }
                grid.rebalances = values.compactMap { $0 }
            default:
                throw Failure(.usage, "--param: unknown parameter \"\(name)\"; valid names: \(parameterNames.joined(separator: ", "))")
            }
        }
        return grid
    }

    /// The values of each name, the spec's where the grid does not sweep it.
    public struct Axes: Sendable {
        public var lookbackWeeks: [Int]
        public var maDays: [Int?]
        public var maFallbacks: [MovingAverageFallback]
        public var splitThresholds: [Double]
        public var rebalances: [RebalanceRule]

        /// Number of combinations.
        public var count: Int {
            lookbackWeeks.count * maDays.count * maFallbacks.count * splitThresholds.count * rebalances.count
        }

        /// The combination at `index` (0 ..< count) in `RotationParameters.grid` order, computed
        /// without building the grid, so a sweep of any size holds one batch at a time.
        public func parameters(at index: Int) -> RotationParameters {
            var rest = index
            let r = rest % rebalances.count; rest /= rebalances.count
            let s = rest % splitThresholds.count; rest /= splitThresholds.count
            let f = rest % maFallbacks.count; rest /= maFallbacks.count
            let m = rest % maDays.count; rest /= maDays.count
            return RotationParameters(lookbackWeeks: lookbackWeeks[rest], maDays: maDays[m], maFallback: maFallbacks[f],
                                      splitThreshold: splitThresholds[s], rebalance: rebalances[r])
        }
    }

    /// The axes of the sweep over `base` (a rotation spec; an absent `lookback_weeks` must be swept).
    public func axes(base: BacktestSpec) throws -> Axes {
        guard let weeks = lookbackWeeks ?? base.lookbackWeeks.map({ [$0] }) else {
            throw Failure(.usage, "--param lookback_weeks=… is required when the spec has no lookback_weeks")
        }
        return Axes(lookbackWeeks: weeks, maDays: maDays ?? [base.maDays], maFallbacks: maFallbacks ?? [base.maFallback],
                    splitThresholds: splitThresholds ?? [base.splitThreshold], rebalances: rebalances ?? [base.effectiveRebalance])
    }

    /// `a..b:step`, `a..b`, `a` or `a,b,…` (each item may itself be a range) as integers.
    static func integers(_ text: String) -> [Int]? {
        var values: [Int] = []
        for item in text.split(separator: ",") {
            let (bounds, step) = splitRange(String(item))
            guard let step = step.map({ Int($0) }) ?? 1, step > 0 else { return nil }
            guard let low = Int(bounds.0) else { return nil }
            guard let highText = bounds.1 else { values.append(low); continue }
            guard let high = Int(highText), high >= low, (high - low) / step < 1_000_000 else { return nil }
            values += Array(stride(from: low, through: high, by: step))
        }
        return values.isEmpty ? nil : values
    }

    /// The same for decimals; a range's i-th value is a + i × step (no accumulated rounding).
    static func decimals(_ text: String) -> [Double]? {
        var values: [Double] = []
        for item in text.split(separator: ",") {
            let (bounds, step) = splitRange(String(item))
            guard let step = step.map({ Double($0) }) ?? 1, step > 0, step.isFinite else { return nil }
            guard let low = Double(bounds.0), low.isFinite else { return nil }
            guard let highText = bounds.1 else { values.append(low); continue }
            guard let high = Double(highText), high >= low, high.isFinite, (high - low) / step < 1_000_000 else { return nil }
            var i = 0.0
            while low + i * step <= high + 1e-9 * step {
                values.append(low + i * step)
                i += 1
            }
        }
        return values.isEmpty ? nil : values
    }

    /// ("a", "b"?) and the step text of `a..b:step`.
    private static func splitRange(_ item: String) -> ((String, String?), String?) {
        let stepParts = item.split(separator: ":", maxSplits: 1).map(String.init)
        let step = stepParts.count == 2 ? stepParts[1] : nil
        guard let range = stepParts.first?.range(of: "..") else { return ((stepParts.first ?? "", nil), step) }
        let body = stepParts[0]
        return ((String(body[..<range.lowerBound]), String(body[range.upperBound...])), step)
    }
}
