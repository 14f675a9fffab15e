/// Cycle episodes of a level line, ranked by length and depth (see `CycleEpisodes` for the
/// definitions and `CycleEpisode` for the fields).
///
/// `stretches` lists both directions, longest first (then deeper first, then earlier first);
/// `current` holds the open episodes with their ranks, so "the second-longest underperformance
/// since 1926" reads as `current.underperformance.length_rank == 2` with `first_date` in 1926.
/// Episodes with |depth| < `minimumDepth` are dropped before ranking. A line with fewer than two
/// points has no episodes. O(n) to find, O(e log e) to rank e episodes.
public func cycles(line: CycleLine, series: String, period: PeriodicFrequency, minimumDepth: Double = 0) -> CycleReport {
    let levels = line.levels
    let last = levels.count - 1
    var episodes = CycleEpisodes.find(levels).compactMap { e -> CycleEpisode? in
        let depth = levels[e.extreme] / levels[e.start] - 1
        guard abs(depth) >= minimumDepth else { return nil }
        let (high, low) = e.direction == .underperformance ? (e.start, e.extreme) : (e.extreme, e.start)
        return CycleEpisode(
            direction: e.direction, startDate: line.dates[e.start], peakDate: line.dates[high],
            troughDate: line.dates[low], recoveryDate: e.recovery.map { line.dates[$0] },
            peakToTroughPeriods: e.extreme - e.start, peakToRecoveryPeriods: e.recovery.map { $0 - e.start },
            lengthPeriods: (e.recovery ?? last) - e.start, depth: depth, isOpen: e.recovery == nil,
            lengthRank: 0, depthRank: 0, of: 0)
    }
    for direction in [CycleDirection.underperformance, .outperformance] {
        let members = episodes.indices.filter { episodes[$0].direction == direction }
        let lengths = members.map { episodes[$0].lengthPeriods }
        let depths = members.map { abs(episodes[$0].depth) }
        let lengthRanks = competitionRanks(lengths.map(Double.init))
        let depthRanks = competitionRanks(depths)
        for (k, i) in members.enumerated() {
            episodes[i].lengthRank = lengthRanks[k]
            episodes[i].depthRank = depthRanks[k]
            episodes[i].of = members.count
        }
    }
    let current = CycleCurrent(
        underperformance: episodes.last { $0.isOpen && $0.direction == .underperformance },
        outperformance: episodes.last { $0.isOpen && $0.direction == .outperformance })
    episodes.sort {
        if $0.lengthPeriods != $1.lengthPeriods { return $0.lengthPeriods > $1.lengthPeriods }
        if abs($0.depth) != abs($1.depth) { return abs($0.depth) > abs($1.depth) }
        return $0.startDate < $1.startDate
    }
    return CycleReport(series: series, period: period, firstDate: line.dates.first, lastDate: line.dates.last,
                       points: line.count, minimumDepth: minimumDepth, stretches: episodes, current: current)
}

/// 1-based competition ranks, largest value first: equal values share the best rank ("1224").
func competitionRanks(_ values: [Double]) -> [Int] {
    let order = values.indices.sorted { values[$0] > values[$1] }
    var ranks = Array(repeating: 0, count: values.count)
    for (position, index) in order.enumerated() {
        if position > 0, values[order[position - 1]] == values[index] {
            ranks[index] = ranks[order[position - 1]]
        } else {
            ranks[index] = position + 1
        }
    }
    return ranks
}
