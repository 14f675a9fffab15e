/// The last close of a series as of a day: `{"date": …, "close": …}`.
public struct LastClose: Sendable, Equatable, Codable {
    public var date: TradingDay
    public var close: Double

    public init(date: TradingDay, close: Double) {
        self.date = date
        self.close = close
    }
}

/// One row of `rotation highs`: where a symbol stands against its record close and intraday high.
///
/// JSON keys: `symbol, record_close {date, value}, record_high {date, value}, last {date, close},
/// from_record_close, days_since_record_close, previous_record_close {date, value}, note`;
/// every key is always present, `null` when unknown.
public struct RecordStatus: Sendable, Equatable, Codable {
    public var symbol: String
    /// The highest close on or before the as-of day; ties keep the earliest day (a record is only
    /// set when exceeded).
    @ExplicitNull public var recordClose: DatedValue? = nil
    /// The highest intraday high on or before the as-of day, earliest day on ties. A row without a
    /// high counts its close, and a row counts max(high, close), since a high is never below the close.
    @ExplicitNull public var recordHigh: DatedValue? = nil
    /// The record close standing before `recordClose` was set; `nil` when the record is the first close.
    @ExplicitNull public var previousRecordClose: DatedValue? = nil
    /// The last close on or before the as-of day.
    @ExplicitNull public var last: LastClose? = nil
    /// last / record close − 1, in [−1, 0].
    @ExplicitNull public var fromRecordClose: Double? = nil
    /// Trading sessions (rows of the series) from the record-close day to `last.date`; 0 when the
    /// last close is the record.
    @ExplicitNull public var daysSinceRecordClose: Int? = nil
    /// Why the values are `nil` (`nil` when they are not).
    @ExplicitNull public var note: String? = nil

    public init(symbol: String, recordClose: DatedValue? = nil, recordHigh: DatedValue? = nil,
                previousRecordClose: DatedValue? = nil, last: LastClose? = nil,
                fromRecordClose: Double? = nil, daysSinceRecordClose: Int? = nil, note: String? = nil) {
        self.symbol = symbol
        self.recordClose = recordClose
        self.recordHigh = recordHigh
        self.previousRecordClose = previousRecordClose
        self.last = last
        self.fromRecordClose = fromRecordClose
        self.daysSinceRecordClose = daysSinceRecordClose
        self.note = note
    }

    enum CodingKeys: String, CodingKey {
        case symbol
        case recordClose = "record_close", recordHigh = "record_high"
        case last
        case fromRecordClose = "from_record_close", daysSinceRecordClose = "days_since_record_close"
        case previousRecordClose = "previous_record_close"
        case note
    }
}

/// Record close and record intraday high of one series as of a day, in one pass.
///
/// - Parameters:
///   - days: the series' trading days, strictly ascending.
///   - closes: closes on the chosen basis; NaN means missing.
///   - highs: intraday highs on the same basis; NaN means missing (the close is used).
///   - asOf: only rows on or before this day count; `nil` means all rows.
/// - Returns: the status; its values are `nil`, with a `note`, when no close lies on or before `asOf`.
public func recordStatus(days: [TradingDay], closes: [Double], highs: [Double], asOf: TradingDay?,
                         symbol: String) -> RecordStatus {
    precondition(days.count == closes.count && days.count == highs.count, "columns differ in length")
    var status = RecordStatus(symbol: symbol)
    let end = asOf.map { days.lastIndex(onOrBefore: $0) ?? -1 } ?? days.count - 1
    guard let lastIndex = closes.lastValuedIndex(atOrBefore: end) else {
        status.note = asOf.map { "no close on or before \($0)" } ?? "no data"
        return status
    }
    var record = -Double.infinity, recordIndex = 0
    var previous: DatedValue?
    var high = -Double.infinity, highIndex = 0
    for i in 0...lastIndex {
        let close = closes[i]
        if close > record {
            if record > -.infinity { previous = DatedValue(date: days[recordIndex], value: record) }
            record = close
            recordIndex = i
        }
        // A missing high counts the close; a missing close leaves the high alone.
        let candidate = highs[i].isNaN ? close : (close.isNaN ? highs[i] : max(highs[i], close))
        if candidate > high {
            high = candidate
            highIndex = i
        }
    }
    status.recordClose = DatedValue(date: days[recordIndex], value: record)
    status.recordHigh = DatedValue(date: days[highIndex], value: high)
    status.previousRecordClose = previous
    status.last = LastClose(date: days[lastIndex], close: closes[lastIndex])
    status.fromRecordClose = closes[lastIndex] / record - 1
    status.daysSinceRecordClose = lastIndex - recordIndex
    return status
}

extension DailyBars {
    /// Record close and intraday high as of a day on a price basis.
    ///
    /// On the total basis (when the file has `adj_close`), each row's high is put on the adjusted
    /// basis as high × adj_close / close (the Yahoo adjustment of OHLC); a row without both closes
    /// counts its adjusted close. On the price basis the raw `high` is used.
    public func recordStatus(basis: PriceBasis = .price, asOf: TradingDay? = nil) -> RecordStatus {
        let closes = closes(basis: basis)
        var highs = high
        if basis == .total && hasAdjustedClose {
            for i in highs.indices {
                let factor = adjClose[i] / close[i]
                highs[i] = factor.isNaN ? .nan : high[i] * factor
            }
        }
        return RotationCore.recordStatus(days: days, closes: closes, highs: highs, asOf: asOf, symbol: symbol)
    }
}
