/// Window returns of many series on one shared day axis (a member price matrix), as of a day.
///
/// Each window's start and end rows are resolved once on the axis by binary search (anchors as
/// in `windowReturn(days:closes:window:asOf:symbol:)`, counted from the axis's last day on or
/// before `asOf`); each column then costs a lookup per window.
///
/// - Parameters:
///   - days: the shared axis, strictly ascending.
///   - columns: one array per series, each as long as `days`; NaN means no value that day.
///   - windows: the windows to compute.
///   - asOf: the evaluation day.
/// - Returns: `result[column][window]` = end / start − 1. The end value is the column's value on
///   the window's end row and is **not** searched back: on a shared axis a missing value there
///   means the series is not trading (not yet listed, or delisted), so the return is `nil`. The
///   start value is the last value on or before the start row (missing values skipped); `nil`
///   when there is none (the window is not covered), when the anchor is not before the end day,
///   or when no axis day lies on or before `asOf`.
public func panelWindowReturns(days: [TradingDay], columns: [[Double]], windows: [Window],
                               asOf: TradingDay) -> [[Double?]] {
    let bounds = windows.map { panelRows(days: days, window: $0, asOf: asOf) }
    return columns.map { column in
        precondition(column.count == days.count, "panel column and day axis differ in length")
        return column.withUnsafeBufferPointer { values in
            bounds.map { rows -> Double? in
                guard let rows else { return nil }
                let end = values[rows.end]
                guard !end.isNaN else { return nil }
                var i = rows.start
                while i >= 0, values[i].isNaN { i -= 1 }
                return i >= 0 ? end / values[i] - 1 : nil
            }
        }
    }
}

/// A window's rows on a shared axis: the end row, and the row from which the start value is
/// searched back (`-1` when no axis day lies on or before the anchor). `nil` when the window has
/// no end row or its anchor is not before the end day.
private func panelRows(days: [TradingDay], window: Window, asOf: TradingDay) -> (start: Int, end: Int)? {
    guard let end = days.lastIndex(onOrBefore: window.endLimit(asOf: asOf)) else { return nil }
    switch window.start(endingOn: days[end]) {
    case .previousTradingDay:
        return (end - 1, end)
    case .tradingDaysBefore(let n):
        return (max(end - n, -1), end)
    case .onOrBefore(let anchor):
        guard anchor < days[end] else { return nil }
        return (days.lastIndex(onOrBefore: anchor) ?? -1, end)
    }
}
