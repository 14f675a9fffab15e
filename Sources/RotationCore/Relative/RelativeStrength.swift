/// Relative strength of A against B: the A/B line, period returns and their excess, streaks,
/// the recent record, and optionally the days the two moved in opposite directions.
///
/// - Days: only days on which both closes are present (`RelativePair`), up to `asOf`.
/// - Periods (`PeriodicFrequency`): a period's return runs from the last common close of the
///   previous period to its own last common close, so a holiday-shortened week is one week.
///   The window holds every period whose last day is on or after `from` (the period containing
///   `from` is included whole, measured from the close before it); the very first period in the
///   data has no earlier close and is never included.
/// - Excess = return(A) − return(B); the leader is the side with the higher return; a tie
///   (|excess| ≤ `StreakRuns.tieTolerance`) breaks a streak and forms a leaderless run.
/// - Partial: the last period is marked partial when it contains the as-of day (the last common
///   day when `asOf` is `nil`) and `PeriodicFrequency.isPartial(lastDay:)` holds for the later
///   of the as-of day and the last common day. Partial periods are listed in `periods` and on
///   the line, but streaks and the recent record count complete periods only.
/// - Line: 100 × (A/B)/(A/B at the close the first period starts from).
/// - Divergences (when `includeDivergences`): common days after that first close on which one
///   daily return is > 0 and the other < 0.
///
/// With fewer than two periods of data the result has empty lists and a `nil` current streak.
///
/// - Parameters:
///   - recentCount: n in "A beat B in k of the last n periods" (capped at the periods available).
///   - longestCount: how many of the longest streaks to list.
public func relativeStrength(
    days: [TradingDay], closesA: [Double], closesB: [Double], nameA: String, nameB: String,
    period: PeriodicFrequency, basis: PriceBasis = .price, asOf: TradingDay? = nil, from: TradingDay? = nil,
    recentCount: Int = 12, longestCount: Int = 5, includeDivergences: Bool = false
) -> RelativeStrengthReport {
    let pair = RelativePair(days: days, closesA: closesA, closesB: closesB, asOf: asOf)
    let ends = period.periodEndIndices(pair.days)
    var firstIncluded = 1
    if let from {
        while firstIncluded < ends.count && pair.days[ends[firstIncluded]] < from { firstIncluded += 1 }
    }
    var report = RelativeStrengthReport(
        a: nameA, b: nameB, basis: basis, period: period, asOf: pair.days.last, from: from,
        currentStreak: nil, longestStreaks: [], recent: RelativeRecord(periods: 0, aBeat: 0, bBeat: 0, ties: 0),
        line: [], periods: [], divergences: includeDivergences ? [] : nil, tieTolerance: StreakRuns.tieTolerance)
    guard firstIncluded < ends.count else { return report }

    let baseIndex = ends[firstIncluded - 1]
    let baseRatio = pair.ratio(at: baseIndex)
    report.line.append(RelativeLinePoint(date: pair.days[baseIndex], value: 100))
    var outcomes: [PeriodOutcome] = []
    for j in firstIncluded..<ends.count {
        let previous = ends[j - 1], current = ends[j]
        let returnA = pair.a[current] / pair.a[previous] - 1
        let returnB = pair.b[current] / pair.b[previous] - 1
        let outcome = PeriodOutcome(excess: returnA - returnB)
        outcomes.append(outcome)
        report.periods.append(RelativePeriodReturn(
            startDate: pair.days[previous], endDate: pair.days[current], returnA: returnA, returnB: returnB,
            excess: returnA - returnB, leader: leaderName(outcome, nameA, nameB), partial: false))
        report.line.append(RelativeLinePoint(date: pair.days[current], value: 100 * pair.ratio(at: current) / baseRatio))
    }
    let lastDay = pair.days[ends[ends.count - 1]]
    let evaluationDay = max(asOf ?? lastDay, lastDay)
    if period.periodKey(of: evaluationDay) == period.periodKey(of: lastDay), period.isPartial(lastDay: evaluationDay) {
        report.periods[report.periods.count - 1].partial = true
        outcomes.removeLast()
    }

    // Streaks over complete periods; period k of `outcomes` is ends[firstIncluded + k].
    let streak = { (run: StreakRun) -> RelativeStreak in
        let before = ends[firstIncluded + run.first - 1], last = ends[firstIncluded + run.last]
        return RelativeStreak(
            leader: leaderName(run.outcome, nameA, nameB), length: run.length, startDate: pair.days[before + 1],
            endDate: pair.days[last], relativeChange: pair.ratio(at: last) / pair.ratio(at: before) - 1)
    }
    let runs = StreakRuns.runs(outcomes)
    report.currentStreak = runs.last.map(streak)
    report.longestStreaks = StreakRuns.longest(runs, count: longestCount).map(streak)
    let recent = outcomes.suffix(max(0, recentCount))
    report.recent = RelativeRecord(
        periods: recent.count, aBeat: recent.count { $0 == .a }, bBeat: recent.count { $0 == .b },
        ties: recent.count { $0 == .tie })

    if includeDivergences {
        var found: [RelativeDivergence] = []
        for i in (baseIndex + 1)..<pair.count {
            let returnA = pair.a[i] / pair.a[i - 1] - 1, returnB = pair.b[i] / pair.b[i - 1] - 1
            if (returnA > 0 && returnB < 0) || (returnA < 0 && returnB > 0) {
                found.append(RelativeDivergence(date: pair.days[i], returnA: returnA, returnB: returnB))
            }
        }
        report.divergences = found
    }
    return report
}

/// The name of the side an outcome favours, `nil` for a tie.
func leaderName(_ outcome: PeriodOutcome, _ nameA: String, _ nameB: String) -> String? {
    switch outcome {
    case .a: nameA
    case .b: nameB
    case .tie: nil
    }
}
