/// One row of `rotation perf`: a symbol's return over a window.
///
/// JSON keys: `symbol, window, start_date, start_value, end_date, end_value, return, note`;
/// every key is always present, `null` when unknown. `note` says why `return` is `null`.
public struct WindowReturn: Sendable, Equatable, Codable {
    public var symbol: String
    public var window: Window
    /// The day the start value comes from; `nil` when the window is not covered.
    @ExplicitNull public var startDate: TradingDay? = nil
    @ExplicitNull public var startValue: Double? = nil
    /// The day the end value comes from; `nil` when there is no close on or before the as-of date.
    @ExplicitNull public var endDate: TradingDay? = nil
    @ExplicitNull public var endValue: Double? = nil
    /// end / start − 1 (a fraction); `nil` when either value is missing.
    @ExplicitNull public var `return`: Double? = nil
    /// Why the return is `nil` (`nil` when it is not).
    @ExplicitNull public var note: String? = nil

    public init(symbol: String, window: Window, startDate: TradingDay? = nil, startValue: Double? = nil,
                endDate: TradingDay? = nil, endValue: Double? = nil, return value: Double? = nil,
                note: String? = nil) {
        self.symbol = symbol
        self.window = window
        self.startDate = startDate
        self.startValue = startValue
        self.endDate = endDate
        self.endValue = endValue
        self.return = value
        self.note = note
    }

    enum CodingKeys: String, CodingKey {
        case symbol, window
        case startDate = "start_date", startValue = "start_value"
        case endDate = "end_date", endValue = "end_value"
        case `return`, note
    }
}

/// The return of one series over a window, as of a day.
///
/// - Parameters:
///   - days: the series' own trading days, strictly ascending (calendars are data).
///   - closes: one value per day; NaN means missing.
///   - asOf: evaluate as if the data ended on this day; `nil` means the last day.
/// - Returns: a row whose `return` is end / start − 1, where the end value is the last close on
///   or before `window.endLimit(asOf:)` and the start value the last close on or before the
///   window's start anchor (`Window.start(endingOn:)`), missing values skipped. The return is
///   `nil`, with a `note`, when there is no close on or before the end limit, when the anchor
///   lies before the first close ("not covered": the window is never silently shortened), or
///   when the anchor is not before the end day (`year:2026` seen from 2025).
public func windowReturn(days: [TradingDay], closes: [Double], window: Window, asOf: TradingDay?,
                         symbol: String) -> WindowReturn {
    precondition(days.count == closes.count, "days and closes differ in length")
    var row = WindowReturn(symbol: symbol, window: window)
    let firstValued = closes.firstIndex { !$0.isNaN }
    let dataBegin = firstValued.map { "; data begin \(days[$0])" } ?? ""
    guard firstValued != nil, let lastDay = days.last else {
        row.note = "no data"
        return row
    }
    let limit = window.endLimit(asOf: asOf ?? lastDay)
    guard let endIndex = closes.lastValuedIndex(atOrBefore: days.lastIndex(onOrBefore: limit)) else {
        row.note = "no close on or before \(limit)\(dataBegin)"
        return row
    }
    let endDay = days[endIndex]
    row.endDate = endDay
    row.endValue = closes[endIndex]
    let startIndex: Int?
    switch window.start(endingOn: endDay) {
    case .previousTradingDay:
        startIndex = closes.lastValuedIndex(atOrBefore: endIndex - 1)
        if startIndex == nil { row.note = "no close before \(endDay)\(dataBegin)" }
    case .tradingDaysBefore(let n):
        startIndex = endIndex - n >= 0 ? closes.lastValuedIndex(atOrBefore: endIndex - n) : nil
        if startIndex == nil { row.note = "no close \(n) trading days before \(endDay)\(dataBegin)" }
    case .onOrBefore(let anchor):
        guard anchor < endDay else {
            row.note = "the window starts \(anchor), not before its end \(endDay)"
            return row
        }
        startIndex = closes.lastValuedIndex(atOrBefore: days.lastIndex(onOrBefore: anchor))
        if startIndex == nil {
            row.note = "no close on or before \(anchor), the window's start\(dataBegin)"
        }
    }
    guard let startIndex else { return row }
    row.startDate = days[startIndex]
    row.startValue = closes[startIndex]
    row.return = closes[endIndex] / closes[startIndex] - 1
    return row
}

extension DailyBars {
    /// This symbol's return over `window` on a price basis (see the free function
    /// `windowReturn(days:closes:window:asOf:symbol:)` for anchors and the not-covered rule).
    public func windowReturn(_ window: Window, basis: PriceBasis = .price, asOf: TradingDay? = nil) -> WindowReturn {
        RotationCore.windowReturn(days: days, closes: closes(basis: basis), window: window, asOf: asOf, symbol: symbol)
    }
}

extension Array where Element == Double {
    /// The last index at or before `index` whose value is not NaN; `nil` when `index` is `nil`,
    /// negative, or every value up to it is missing.
    func lastValuedIndex(atOrBefore index: Int?) -> Int? {
        guard var i = index else { return nil }
        while i >= 0 {
            if !self[i].isNaN { return i }
            i -= 1
        }
        return nil
    }
}
