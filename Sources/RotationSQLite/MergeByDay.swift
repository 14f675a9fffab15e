import RotationCore

/// How many incoming rows a merge added, updated and left unchanged.
struct MergeCounts: Equatable {
    var added = 0
    var updated = 0
    var unchanged = 0
}

/// Walks two ascending day arrays together (one pass, no lookups) and classifies each
/// incoming row: no stored row for its day → `write(i)`, added; a stored row `j` for which
/// `sameRow(i, j)` is false → `write(i)`, updated; otherwise unchanged and not written.
func mergeByDay(incoming: [TradingDay], stored: [TradingDay],
                sameRow: (_ incoming: Int, _ stored: Int) -> Bool,
                write: (_ incoming: Int) throws -> Void) rethrows -> MergeCounts {
    var counts = MergeCounts()
    var j = 0
    for (i, day) in incoming.enumerated() {
        while j < stored.count, stored[j] < day { j += 1 }
        if j < stored.count, stored[j] == day {
            if sameRow(i, j) {
                counts.unchanged += 1
                continue
            }
            counts.updated += 1
        } else {
            counts.added += 1
        }
        try write(i)
    }
    return counts
}
