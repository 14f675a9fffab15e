/// Dated membership snapshots and the rule for which one applies on a day.
///
/// The snapshot in force on a day is the latest one dated on or before it. A day before the
/// first snapshot uses the first snapshot (`inForce(on:)` says so, and reports carry a note):
/// index membership is not known earlier, and the first list is the nearest evidence.
public struct MembershipHistory: Sendable, Equatable {
    /// Snapshots, ascending by date, dates unique.
    public let snapshots: [MembershipSnapshot]

    /// Sorts by date; a later snapshot with the same date as an earlier one replaces it.
    public init(_ snapshots: [MembershipSnapshot]) {
        var byDate: [TradingDay: MembershipSnapshot] = [:]
        for snapshot in snapshots { byDate[snapshot.date] = snapshot }
        self.snapshots = byDate.values.sorted { $0.date < $1.date }
    }

    /// The first snapshot's date, `nil` when there are none.
    public var firstDate: TradingDay? { snapshots.first?.date }

    /// Index into `snapshots` of the snapshot in force on `day`, and whether `day` precedes the
    /// first snapshot (then the first is used). `nil` when there are no snapshots.
    public func inForce(on day: TradingDay) -> (index: Int, precedesFirst: Bool)? {
        guard let first = snapshots.first else { return nil }
        if day < first.date { return (0, true) }
        var low = 0, high = snapshots.count
        while low < high {
            let mid = (low + high) / 2
            if snapshots[mid].date <= day { low = mid + 1 } else { high = mid }
        }
        return (low - 1, false)
    }

    /// The snapshot in force on `day` (see `inForce(on:)`).
    public func snapshot(on day: TradingDay) -> MembershipSnapshot? {
        inForce(on: day).map { snapshots[$0.index] }
    }
}
