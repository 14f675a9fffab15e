/// One form a window may take on the command line: how it is listed (help, error messages,
/// OpenAPI), what its start anchor is, and how it is read. `Window.forms` is the one table of
/// them; the parser tries each in turn.
public struct WindowForm: Sendable {
    /// How the form is written in lists: `1d`, `since:YYYY-MM-DD`; a count form lists its usual
    /// counts (`1m`, `3m`, `6m`).
    public let listed: [String]
    /// Texts of this form that read back as themselves (`ytd`; `5d`, `3m`): for tests and help.
    public var examples: [String] = []
    /// The start anchor, as the contract's table states it.
    public let startAnchor: String
    /// Reads the lower-cased text (`text` is the original, for messages): `nil` when it is not
    /// this form, a `WindowError` when it is this form but malformed.
    let read: @Sendable (_ lowered: String, _ text: String) throws(WindowError) -> Window?

    /// A fixed word (`ytd`).
    static func word(_ word: String, _ window: Window, _ startAnchor: String) -> WindowForm {
        WindowForm(listed: [word], examples: [word], startAnchor: startAnchor) { (lowered: String, _: String) throws(WindowError) -> Window? in lowered == word ? window : nil }
    }

    /// A count of weeks, months or years (`3m`), N in `range`; listed as `listed`.
    static func count(_ unit: Character, listed: String, examples: [Int], range: ClosedRange<Int> = 1...99,
                      _ window: @escaping @Sendable (Int) -> Window, _ startAnchor: String) -> WindowForm {
        WindowForm(listed: [listed], examples: examples.map { "\($0)\(unit)" }, startAnchor: startAnchor) { (lowered: String, _: String) throws(WindowError) -> Window? in
            guard lowered.last == unit, let count = Int(lowered.dropLast()), range.contains(count),
                  lowered.first != "+", lowered.first != "-" else { return nil }
            return window(count)
        }
    }

    /// `prefix` then a body (`since:2025-08-01`).
    static func prefixed(_ prefix: String, _ body: String, _ startAnchor: String,
                         _ read: @escaping @Sendable (_ body: String, _ text: String) throws(WindowError) -> Window) -> WindowForm {
        WindowForm(listed: [prefix + body], startAnchor: startAnchor) { (lowered: String, text: String) throws(WindowError) -> Window? in
            guard lowered.hasPrefix(prefix) else { return nil }
            return try read(String(lowered.dropFirst(prefix.count)), text)
        }
    }
}

extension Window {
    /// Every form a window may take, in the order they are listed. The parser, `WindowError`'s
    /// message, `perf --help` and the API's description all read this table.
    public static let forms: [WindowForm] = [
        .word("1d", .oneDay, "the previous trading day"),
        .count("d", listed: "Nd (N trading days, e.g. 5d)", examples: [5, 10], range: 2...999, { .tradingDays($0) },
               "N trading days (rows of the series' own calendar) before the end day"),
        .word("week", .weekToDate, "the last trading day of the previous calendar week (Mon–Sun)"),
        .word("mtd", .monthToDate, "the last trading day of the previous month"),
        .word("qtd", .quarterToDate, "the last trading day of the previous quarter"),
        .word("ytd", .yearToDate, "the last trading day of the previous year"),
        .count("w", listed: "Nw", examples: [1, 4], { .trailingWeeks($0) }, "as-of date minus N weeks"),
        .count("m", listed: "Nm", examples: [1, 3, 6, 18], { .trailingMonths($0) }, "as-of date minus N calendar months"),
        .count("y", listed: "Ny (N = 1…99, e.g. 1w, 3m, 18m, 10y)", examples: [1, 3, 5, 10], { .trailingYears($0) }, "as-of date minus N calendar years"),
        .prefixed("since:", "YYYY-MM-DD", "that date") { (body: String, text: String) throws(WindowError) -> Window in
            .since(try day(body, in: text))
        },
        .prefixed("year:", "YYYY", "the last trading day of YYYY−1; the end is the last trading day of YYYY") { (body: String, text: String) throws(WindowError) -> Window in
            guard body.utf8.count == 4, body.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let year = Int(body) else {
                throw WindowError(text: text, reason: .badYear(body))
            }
            return .calendarYear(year)
        },
        .prefixed("range:", "D1..D2", "D1; the end is the last trading day on or before D2") { (body: String, text: String) throws(WindowError) -> Window in
            let parts = body.split(separator: "..", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else { throw WindowError(text: text, reason: .unknown) }
            let first = try day(String(parts[0]), in: text)
            let last = try day(String(parts[1]), in: text)
            guard first < last else { throw WindowError(text: text, reason: .emptyRange) }
            return .range(first, last)
        },
    ]

    /// The forms as listed in help and messages: `1d, week, mtd, …, range:D1..D2`.
    public static let formsList: String = forms.flatMap(\.listed).joined(separator: ", ")

    /// Reads a window from its command-line text (see `Window`); `nil` when it is not one.
    public init?(_ text: String) {
        guard let window = try? Window.parse(text) else { return nil }
        self = window
    }

    /// Reads a window from its command-line text, case-insensitively (`YTD` is `ytd`), trying
    /// each of `forms` in turn.
    ///
    /// - Throws: `WindowError` naming the text and the forms a window may take.
    public static func parse(_ text: String) throws(WindowError) -> Window {
        let lowered = text.lowercased()
        for form in forms {
            if let window = try form.read(lowered, text) { return window }
        }
        throw WindowError(text: text, reason: .unknown)
    }

    private static func day(_ body: String, in text: String) throws(WindowError) -> TradingDay {
        guard let day = TradingDay(body) else { throw WindowError(text: text, reason: .badDate(body)) }
        return day
    }
}
