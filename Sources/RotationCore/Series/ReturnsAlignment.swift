/// Two dated series cut to the days they share, with how much each side lost.
public struct AlignedPair: Sendable, Equatable {
    /// The common days, ascending.
    public var days: [TradingDay]
    /// The first series' values on `days`.
    public var first: [Double]
    /// The second series' values on `days`.
    public var second: [Double]
    /// Days of the first series absent from the second.
    public var droppedFromFirst: Int
    /// Days of the second series absent from the first.
    public var droppedFromSecond: Int

    /// Number of aligned observations (`days.count`).
    public var aligned: Int { days.count }
}

/// Cuts two series to their common days (an inner join on the date) in one merge pass.
///
/// Both series must be ascending (as `Series` guarantees). The counts of dropped days let a
/// result say how much of each input it did not use.
public func alignOnCommonDays(_ a: Series, _ b: Series) -> AlignedPair {
    var days: [TradingDay] = []
    var first: [Double] = []
    var second: [Double] = []
    let capacity = min(a.count, b.count)
    days.reserveCapacity(capacity)
    first.reserveCapacity(capacity)
    second.reserveCapacity(capacity)
    var i = 0, j = 0
    while i < a.count, j < b.count {
        let dayA = a.days[i], dayB = b.days[j]
        if dayA == dayB {
            days.append(dayA)
            first.append(a.values[i])
            second.append(b.values[j])
            i += 1
            j += 1
        } else if dayA < dayB {
            i += 1
        } else {
            j += 1
        }
    }
    return AlignedPair(days: days, first: first, second: second,
                       droppedFromFirst: a.count - days.count, droppedFromSecond: b.count - days.count)
}

extension Series {
    /// The part of the series dated within `from...to` (both inclusive; `nil` means open).
    public func between(from: TradingDay?, to: TradingDay?) -> Series {
        let start = from.map { days.firstIndex(onOrAfter: $0) } ?? 0
        let end = to.map { (days.lastIndex(onOrBefore: $0) ?? -1) + 1 } ?? count
        guard start < end else { return Series(name: name, kind: kind, days: [], values: []) }
        return Series(name: name, kind: kind, days: Array(days[start..<end]), values: Array(values[start..<end]))
    }
}
