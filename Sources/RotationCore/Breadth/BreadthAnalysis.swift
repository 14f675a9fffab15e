/// Breadth indicators of an index's members on every day of a price panel, oldest first
/// (definitions in `BreadthReading` and `McClellanOscillator`).
///
/// Every indicator uses the whole panel as history, so a reading does not depend on the range
/// asked for. Days before the first snapshot use the first snapshot's members. The first panel
/// day has no previous day: it covers nothing and gets `nil` shares. Cost: one pass per ticker
/// plus one pass over the days.
public func breadthHistory(panel: MemberPanel, membership: MembershipHistory,
                           parameters: BreadthParameters = BreadthParameters()) -> [BreadthReading] {
    let counts = BreadthDayCounts(panel: panel, membership: membership, parameters: parameters)
    let n = panel.dayCount
    let readingDays = (0..<n).filter { counts.covered[$0] > 0 }
    let mcclellan = McClellanOscillator(advancers: readingDays.map { counts.advancers[$0] },
                                        decliners: readingDays.map { counts.decliners[$0] })
    var mcclellanByDay = [McClellanReading](repeating: McClellanReading(oscillator: nil, ratioAdjusted: nil,
                                                                         summation: nil, ratioAdjustedSummation: nil),
                                            count: n)
    for (k, t) in readingDays.enumerated() {
        mcclellanByDay[t] = McClellanReading(oscillator: mcclellan.oscillator[k], ratioAdjusted: mcclellan.ratioAdjusted[k],
                                             summation: mcclellan.summation[k],
                                             ratioAdjustedSummation: mcclellan.ratioAdjustedSummation[k])
    }
    func share(_ part: Int, _ whole: Int) -> Double? { whole > 0 ? Double(part) / Double(whole) : nil }

    var readings: [BreadthReading] = []
    readings.reserveCapacity(n)
    var adLine = 0
    var higherOrEqual: [(value: Double, day: TradingDay)] = []   // strictly decreasing stack
    for t in 0..<n {
        let net = counts.advancers[t] - counts.decliners[t]
        adLine += net
        let shareUp = share(counts.advancers[t], counts.covered[t])
        var since: TradingDay? = nil
        var record = false
        if let shareUp {
            while let top = higherOrEqual.last, top.value < shareUp { higherOrEqual.removeLast() }
            since = higherOrEqual.last?.day
            record = since == nil
            higherOrEqual.append((shareUp, panel.days[t]))
        }
        let snapshotDate = membership.snapshots.isEmpty ? nil : membership.snapshots[counts.snapshotIndex[t]].date
        let hasHighLow = counts.eligibleHighLow[t] > 0
        readings.append(BreadthReading(
            asOf: panel.days[t], snapshotDate: snapshotDate, members: counts.members[t], covered: counts.covered[t],
            advancers: counts.advancers[t], decliners: counts.decliners[t], unchanged: counts.unchanged[t],
            shareUp: shareUp, pctAbove50d: share(counts.aboveShort[t], counts.eligibleShort[t]),
            pctAbove200d: share(counts.aboveLong[t], counts.eligibleLong[t]),
            newHighs52w: hasHighLow ? counts.newHighs[t] : nil, newLows52w: hasHighLow ? counts.newLows[t] : nil,
            mcclellan: mcclellanByDay[t], highestSince: since, recordInHistory: record, netAdvances: net,
            advanceDeclineLine: adLine, eligible50d: counts.eligibleShort[t], eligible200d: counts.eligibleLong[t],
            eligible52w: counts.eligibleHighLow[t]))
    }
    return readings
}

/// The `rotation breadth` report: the reading of the as-of day (the last panel day on or before
/// `asOf`, or on or before `to` with a range; default the last day) and, when `from` or `to` is
/// given, the readings of every panel day in `[from, to]`.
///
/// Returns `nil` when there is no membership snapshot or no panel day on or before the as-of
/// day, or the range holds no panel day.
public func breadth(panel: MemberPanel, membership: MembershipHistory, asOf: TradingDay? = nil,
                    from: TradingDay? = nil, to: TradingDay? = nil,
                    parameters: BreadthParameters = BreadthParameters()) -> BreadthReport? {
    guard let firstSnapshot = membership.firstDate, let historyStart = panel.days.first else { return nil }
    let end = to ?? asOf
    guard let last = end.map({ panel.days.lastIndex(onOrBefore: $0) }) ?? panel.days.indices.last else { return nil }
    let isRange = from != nil || to != nil
    let first = isRange ? from.map { panel.days.firstIndex(onOrAfter: $0) } ?? 0 : last
    guard first <= last else { return nil }
    let all = breadthHistory(panel: panel, membership: membership, parameters: parameters)
    let latest = all[last]

    var notes: [String] = []
    if historyStart < firstSnapshot {
        let reported = panel.days[first...last].filter { $0 < firstSnapshot }.count
        notes.append("days before the first membership snapshot (\(firstSnapshot)) use its members: "
                     + "the indicator history from \(historyStart) and \(reported) reported day(s)")
    }
    if latest.covered < latest.members {
        notes.append("\(latest.members - latest.covered) of \(latest.members) members on \(latest.asOf) "
                     + "have no close on the day or the previous trading day and are not covered")
    }
    return BreadthReport(latest: latest, historyStart: historyStart, firstSnapshot: firstSnapshot,
                         parameters: parameters, series: isRange ? Array(all[first...last]) : [], notes: notes)
}
