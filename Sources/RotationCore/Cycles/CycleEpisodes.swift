/// Which way a cycle episode goes on the line.
public enum CycleDirection: String, Sendable, Codable {
    /// From a peak down to the lowest point before the peak level is regained.
    case underperformance
    /// From a trough up to the highest point before the line falls back to the trough level.
    case outperformance
}

/// One underperformance stretch or outperformance run, as indices into a `CycleLine`.
public struct CycleEpisodeIndices: Sendable, Equatable {
    public var direction: CycleDirection
    /// Where the episode starts: the peak (underperformance) or the trough (outperformance).
    public var start: Int
    /// The extreme: the lowest point (underperformance) or the highest (outperformance).
    public var extreme: Int
    /// The first point back at or beyond the start level; `nil` while the episode is open.
    public var recovery: Int?

    public init(direction: CycleDirection, start: Int, extreme: Int, recovery: Int?) {
        self.direction = direction
        self.start = start
        self.extreme = extreme
        self.recovery = recovery
    }
}

/// Finding cycle episodes on a level line in one pass.
///
/// Underperformance stretches are the drawdowns of the line: a stretch opens when the line falls
/// below its running peak, its trough is the lowest point before the line is back at or above
/// that peak, and it closes there (the recovery). Outperformance runs are the mirror image — the
/// drawdowns of the inverse line 1/level: a run opens when the line rises above its running
/// trough (the lowest level since the last run ended), its extreme is the highest point before
/// the line is back at or below that trough, and it closes there. The stretches of each
/// direction never overlap one another, but a stretch of one direction can contain runs of the
/// other (a rally inside a long decline). A tie with the start level ends an episode.
public enum CycleEpisodes {
    /// All episodes of both directions, in order of their start (underperformance first on a tie).
    /// O(n).
    public static func find(_ levels: [Double]) -> [CycleEpisodeIndices] {
        guard !levels.isEmpty else { return [] }
        var result: [CycleEpisodeIndices] = []
        var peak = 0, trough = 0
        var down: CycleEpisodeIndices?
        var up: CycleEpisodeIndices?
        for i in 1..<max(1, levels.count) {
            let x = levels[i]
            if x >= levels[peak] {
                if var open = down { open.recovery = i; result.append(open); down = nil }
                peak = i
            } else if down == nil {
                down = CycleEpisodeIndices(direction: .underperformance, start: peak, extreme: i, recovery: nil)
            } else if x < levels[down!.extreme] {
                down!.extreme = i
            }
            if x <= levels[trough] {
                if var open = up { open.recovery = i; result.append(open); up = nil }
                trough = i
            } else if up == nil {
                up = CycleEpisodeIndices(direction: .outperformance, start: trough, extreme: i, recovery: nil)
            } else if x > levels[up!.extreme] {
                up!.extreme = i
            }
        }
        if let down { result.append(down) }
        if let up { result.append(up) }
        result.sort { $0.start != $1.start ? $0.start < $1.start : $0.direction == .underperformance }
        return result
    }
}
