/// Who did better over one period of an A-versus-B comparison.
public enum PeriodOutcome: String, Sendable, Codable {
    /// A's return was higher.
    case a
    /// B's return was higher.
    case b
    /// The returns were equal within `StreakRuns.tieTolerance`.
    case tie

    /// The outcome of a period with excess return `excess` = return(A) − return(B).
    public init(excess: Double) {
        if excess > StreakRuns.tieTolerance { self = .a }
        else if excess < -StreakRuns.tieTolerance { self = .b }
        else { self = .tie }
    }
}

/// A maximal run of consecutive periods with the same outcome.
public struct StreakRun: Sendable, Equatable {
    public var outcome: PeriodOutcome
    /// Index of the run's first period.
    public var first: Int
    /// Index of the run's last period (inclusive).
    public var last: Int
    /// Number of periods in the run.
    public var length: Int { last - first + 1 }
}

/// Splitting a sequence of period outcomes into streaks.
///
/// A streak is a maximal run of periods with the same leader. A tie (|excess| ≤ `tieTolerance`)
/// breaks a streak: it belongs to neither side, and consecutive ties form a run of their own
/// whose leader is `nil`. A tie therefore ends a streak just as a loss does.
public enum StreakRuns {
    /// Two period returns that differ by at most this much (as fractions) are a tie. It absorbs
    /// floating-point noise only: prices are stored to 2–4 decimals, so a real difference of one
    /// cent on a 5000-point index (2·10⁻⁶) is far above it.
    public static let tieTolerance = 1e-12

    /// The runs of equal outcomes, in order. One pass, O(n); empty input gives no runs.
    public static func runs(_ outcomes: [PeriodOutcome]) -> [StreakRun] {
        var result: [StreakRun] = []
        var start = 0
        for i in outcomes.indices where i == outcomes.count - 1 || outcomes[i + 1] != outcomes[i] {
            result.append(StreakRun(outcome: outcomes[i], first: start, last: i))
            start = i + 1
        }
        return result
    }

    /// The `count` longest runs with a leader (ties excluded), longest first; among equal
    /// lengths the more recent run comes first.
    public static func longest(_ runs: [StreakRun], count: Int) -> [StreakRun] {
        let led = runs.filter { $0.outcome != .tie }
        let sorted = led.sorted { $0.length != $1.length ? $0.length > $1.length : $0.first > $1.first }
        return Array(sorted.prefix(max(0, count)))
    }
}
