import RotationBacktest

/// The best `keep` rows of a sweep seen so far, by one metric: memory stays at `keep` rows
/// however large the grid.
///
/// Order: by the metric, descending or ascending; rows without a value (an undefined Sharpe
/// ratio) after all rows with one; ties by grid index.
struct SweepTopRows {
    let metric: SweepMetric
    let descending: Bool
    let keep: Int
    private(set) var rows: [SweepRow] = []

    init(metric: SweepMetric, descending: Bool, keep: Int) {
        self.metric = metric
        self.descending = descending
        self.keep = keep
    }

    /// Merges a batch, keeping the best `keep`.
    mutating func add(_ batch: [SweepRow]) {
        guard keep > 0 else { return }
        rows = Array((rows + batch).sorted(by: isBefore).prefix(keep))
    }

    /// Whether `x` ranks before `y`.
    func isBefore(_ x: SweepRow, _ y: SweepRow) -> Bool {
        switch (metric.value(x.result), metric.value(y.result)) {
        case let (u?, v?) where u != v: return descending ? u > v : u < v
        case (.some, nil): return true
        case (nil, .some): return false
        default: return x.index < y.index
        }
    }

    /// `sweepRotation`'s ranked results put back in grid order with their indices. Duplicate
    /// parameter sets (the same value listed twice) have identical results, so pairing them with
    /// their indices in turn is exact.
    static func gridOrder(_ results: [RotationSweepResult], sets: [RotationParameters], firstIndex: Int) -> [SweepRow] {
        var slots: [RotationParameters: [Int]] = [:]
        for (offset, p) in sets.enumerated().reversed() { slots[p, default: []].append(firstIndex + offset) }
        var rows: [SweepRow] = []
        rows.reserveCapacity(results.count)
        for result in results {
            let index = slots[result.parameters]!.removeLast()
            rows.append(SweepRow(index: index, result: result))
        }
        return rows.sorted { $0.index < $1.index }
    }
}
