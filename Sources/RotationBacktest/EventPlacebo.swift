import RotationCore

/// Trading-day indices a pseudo-event may fall on: the full window −before … +after lies inside
/// the line, and the day is at least before + after trading days from every real event day.
func placeboEligibleDays(count: Int, realEventDays: [Int], before k: Int, after m: Int) -> [Int] {
    guard count > k + m else { return [] }
    let real = realEventDays.sorted()
    var eligible: [Int] = []
    var next = 0
    for i in k..<(count - m) {
        while next < real.count && real[next] <= i - (k + m) { next += 1 }
        // real[next] is the first real day with real > i − (k + m); it is too close if < i + k + m.
        if next < real.count && real[next] < i + (k + m) { continue }
        eligible.append(i)
    }
    return eligible
}

/// The placebo comparison of `PlaceboComparison`: `parameters.placeboDraws` sets of
/// `eventsPerDraw` days drawn with replacement from the eligible days by
/// `SplitMix64(seed: parameters.seed &+ 1)`, each set's mean path value at +after, and where the
/// real mean falls among them.
func placeboComparison(_ line: EventLine, realEventDays: [Int], realMean: Double?, eventsPerDraw: Int,
                       parameters: EventStudyParameters) -> PlaceboComparison {
    let k = parameters.before, m = parameters.after, draws = parameters.placeboDraws
    let eligible = placeboEligibleDays(count: line.days.count, realEventDays: realEventDays, before: k, after: m)
    var result = PlaceboComparison(draws: draws, eventsPerDraw: eventsPerDraw, eligibleDays: eligible.count)
    guard let realMean, eventsPerDraw > 0, !eligible.isEmpty, draws > 0 else { return result }
    var generator = SplitMix64(seed: parameters.seed &+ 1)
    var means: [Double] = []
    means.reserveCapacity(draws)
    for _ in 0..<draws {
        var sum = 0.0
        for _ in 0..<eventsPerDraw {
            let t0 = eligible[generator.nextIndex(below: eligible.count)]
            sum += line.point(t0 + m, eventIndex: t0)
        }
        means.append(sum / Double(eventsPerDraw))
    }
    let (low, high) = parameters.bandPercents
    let below = means.reduce(0) { $0 + ($1 < realMean ? 1 : 0) }
    let equal = means.reduce(0) { $0 + ($1 == realMean ? 1 : 0) }
    result.mean = mean(means)
    result.bandLow = percentile(means, low)
    result.bandHigh = percentile(means, high)
    result.realMean = realMean
    result.realPercentile = 100 * (Double(below) + 0.5 * Double(equal)) / Double(draws)
    return result
}

extension PlaceboComparison {
    init(draws: Int, eventsPerDraw: Int, eligibleDays: Int) {
        self.init(draws: draws, eventsPerDraw: eventsPerDraw, eligibleDays: eligibleDays, mean: nil, bandLow: nil,
                  bandHigh: nil, realMean: nil, realPercentile: nil)
    }
}
