/// Per-day member counts behind every breadth indicator, from one pass over each close column.
///
/// For each ticker the pass keeps the length of its current run of consecutive closes, running
/// sums of the last 50 and 200 closes, and monotonic deques of the last 252 closes (maximum and
/// minimum), and adds the ticker to the counts of the days on which it is a member of the
/// snapshot in force. Cost: O(days × tickers), no allocation per day.
struct BreadthDayCounts {
    var members: [Int]
    var covered: [Int]
    var advancers: [Int]
    var decliners: [Int]
    var unchanged: [Int]
    var aboveShort: [Int]
    var eligibleShort: [Int]
    var aboveLong: [Int]
    var eligibleLong: [Int]
    var newHighs: [Int]
    var newLows: [Int]
    var eligibleHighLow: [Int]
    /// Index of the snapshot in force on each day.
    var snapshotIndex: [Int]
    /// Days before the first snapshot (they use the first).
    var precedesFirst: [Bool]

    init(panel: MemberPanel, membership: MembershipHistory, parameters p: BreadthParameters) {
        let n = panel.dayCount
        let zeros = [Int](repeating: 0, count: n)
        (members, covered, advancers, decliners, unchanged) = (zeros, zeros, zeros, zeros, zeros)
        (aboveShort, eligibleShort, aboveLong, eligibleLong) = (zeros, zeros, zeros, zeros)
        (newHighs, newLows, eligibleHighLow) = (zeros, zeros, zeros)
        snapshotIndex = zeros
        precedesFirst = [Bool](repeating: false, count: n)
        for t in 0..<n {
            let found = membership.inForce(on: panel.days[t]) ?? (0, false)
            snapshotIndex[t] = found.index
            precedesFirst[t] = found.precedesFirst
            members[t] = membership.snapshots.isEmpty ? 0 : membership.snapshots[found.index].count
        }
        guard !membership.snapshots.isEmpty else { return }
        let snapshotSets = membership.snapshots.map { $0.members }
        var maxQueue = [Int](repeating: 0, count: n), minQueue = [Int](repeating: 0, count: n)
        let upper = 1 + p.aboveTolerance
        for (j, ticker) in panel.tickers.enumerated() {
            let memberOf = snapshotSets.map { $0[ticker] != nil }
            guard memberOf.contains(true) else { continue }
            panel.closes[j].withUnsafeBufferPointer { col in
                var run = 0, sumShort = 0.0, sumLong = 0.0
                var maxHead = 0, maxTail = 0, minHead = 0, minTail = 0
                for t in 0..<n {
                    let x = col[t]
                    if x.isNaN {
                        run = 0; sumShort = 0; sumLong = 0
                        maxHead = maxTail; minHead = minTail
                        continue
                    }
                    run += 1
                    sumShort += x
                    if run > p.shortAverageDays { sumShort -= col[t - p.shortAverageDays] }
                    sumLong += x
                    if run > p.longAverageDays { sumLong -= col[t - p.longAverageDays] }
                    while maxTail > maxHead && col[maxQueue[maxTail - 1]] <= x { maxTail -= 1 }
                    maxQueue[maxTail] = t; maxTail += 1
                    if maxQueue[maxHead] <= t - p.highLowDays { maxHead += 1 }
                    while minTail > minHead && col[minQueue[minTail - 1]] >= x { minTail -= 1 }
                    minQueue[minTail] = t; minTail += 1
                    if minQueue[minHead] <= t - p.highLowDays { minHead += 1 }

                    guard memberOf[snapshotIndex[t]] else { continue }
                    if run >= 2 {
                        let previous = col[t - 1]
                        covered[t] += 1
                        if x > previous { advancers[t] += 1 } else if x < previous { decliners[t] += 1 } else { unchanged[t] += 1 }
                    }
                    if run >= p.shortAverageDays {
                        eligibleShort[t] += 1
                        if x > sumShort / Double(p.shortAverageDays) * upper { aboveShort[t] += 1 }
                    }
                    if run >= p.longAverageDays {
                        eligibleLong[t] += 1
                        if x > sumLong / Double(p.longAverageDays) * upper { aboveLong[t] += 1 }
                    }
                    if run >= p.highLowDays {
                        eligibleHighLow[t] += 1
                        if maxQueue[maxHead] == t { newHighs[t] += 1 }
                        if minQueue[minHead] == t { newLows[t] += 1 }
                    }
                }
            }
        }
    }
}
