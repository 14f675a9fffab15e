/// A value on a day, encoded as `{"date": "YYYY-MM-DD", "value": 2442.74}`.
public struct DatedValue: Sendable, Equatable, Codable {
    public var date: TradingDay
    public var value: Double

    public init(date: TradingDay, value: Double) {
        self.date = date
        self.value = value
    }
}

/// The rows whose close set a record: a close strictly above every earlier close.
///
/// The first close of the series is a record by definition. Ties do not set a record, so a
/// record's date is the earliest day the level was reached. NaN (missing) closes are skipped.
/// Only rows `0...through` are read (all rows when `through` is `nil`).
public func recordCloseIndices(closes: [Double], through last: Int? = nil) -> [Int] {
    var indices: [Int] = []
    var record = -Double.infinity
    let end = last ?? closes.count - 1
    guard end >= 0 else { return [] }
    for i in 0...end where closes[i] > record {
        // NaN compares false, so missing closes never set a record.
        record = closes[i]
        indices.append(i)
    }
    return indices
}

/// The first record close after a day: the first day after `day` (on or before `asOf`) whose
/// close exceeded every earlier close of the whole series — "the first record since 2021" is
/// `firstRecordClose(…, after: 2021-12-31)`.
///
/// - Returns: `nil` when no close after `day` and on or before `asOf` set a record.
public func firstRecordClose(days: [TradingDay], closes: [Double], after day: TradingDay,
                             asOf: TradingDay? = nil) -> DatedValue? {
    precondition(days.count == closes.count, "days and closes differ in length")
    let last = asOf.map { days.lastIndex(onOrBefore: $0) ?? -1 } ?? days.count - 1
    guard last >= 0 else { return nil }
    guard let index = recordCloseIndices(closes: closes, through: last).first(where: { days[$0] > day }) else {
        return nil
    }
    return DatedValue(date: days[index], value: closes[index])
}
