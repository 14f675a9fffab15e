extension Window {
    /// Reads a window from its command-line text (see `Window`); `nil` when it is not one.
    public init?(_ text: String) {
        guard let window = try? Window.parse(text) else { return nil }
        self = window
    }

    /// Reads a window from its command-line text, case-insensitively (`YTD` is `ytd`).
    ///
    /// - Throws: `WindowError` naming the text and the forms a window may take.
    public static func parse(_ text: String) throws(WindowError) -> Window {
        let lowered = text.lowercased()
        switch lowered {
        case "1d": return .oneDay
        case "week": return .weekToDate
        case "mtd": return .monthToDate
        case "qtd": return .quarterToDate
        case "ytd": return .yearToDate
        default: break
        }
        if let body = lowered.dropPrefix("since:") {
            return .since(try day(body, in: text))
        }
        if let body = lowered.dropPrefix("year:") {
            guard body.utf8.count == 4, body.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let year = Int(body) else {
                throw WindowError(text: text, reason: .badYear(body))
            }
            return .calendarYear(year)
        }
        if let body = lowered.dropPrefix("range:") {
            let parts = body.split(separator: "..", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else { throw WindowError(text: text, reason: .unknown) }
            let first = try day(String(parts[0]), in: text)
            let last = try day(String(parts[1]), in: text)
            guard first < last else { throw WindowError(text: text, reason: .emptyRange) }
            return .range(first, last)
        }
        if let window = trailing(lowered) { return window }
        throw WindowError(text: text, reason: .unknown)
    }

    /// `Nw`, `Nm`, `Ny` with N in 1…99.
    private static func trailing(_ text: String) -> Window? {
        guard let unit = text.last, let count = Int(text.dropLast()), (1...99).contains(count),
              text.first != "+" else { return nil }
        switch unit {
        case "w": return .trailingWeeks(count)
        case "m": return .trailingMonths(count)
        case "y": return .trailingYears(count)
        default: return nil
        }
    }

    private static func day(_ body: String, in text: String) throws(WindowError) -> TradingDay {
        guard let day = TradingDay(body) else { throw WindowError(text: text, reason: .badDate(body)) }
        return day
    }
}

extension String {
    /// The rest of the string after `prefix`, or `nil` when it does not start with it.
    fileprivate func dropPrefix(_ prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }
}
