import RotationCore

/// The day an article speaks of, read from its dateline.
public enum Dateline {
    /// The article's day, from the dates among its first 80 tokens: a wire dateline ("Sept 18
    /// (Reuters) -", "NEW YORK, Dec 12 (AP) —") wins over a byline or publication date ("Sep 20,
    /// 2025 9:04 PM") — the story is about the dateline's day; else the first date
    /// ("December 12, 2025", "12/12/2025"). A date without a year takes the year of a full date
    /// near it (the latest such day on or before it), else the latest four-digit year (1900…2100)
    /// written anywhere in the text — not counting index names such as "Russell 2000"; with no
    /// year in the text it is the latest such day on or before `reference` (the last day of
    /// data), and with no reference either there is no dateline.
    public static func asOf(in text: String, reference: TradingDay? = nil) -> TradingDay? {
        let tokens = Tokenizer.tokens(text)
        let years = tokens.indices.compactMap { i -> Int? in
            if i > 0, ["russell", "s&p", "wilshire", "nasdaq", "stoxx", "ftse"].contains(tokens[i - 1].word ?? "") { return nil }
            return CalendarWords.year(tokens[i])
        }
        // Full dates (with a year) among the first 80 tokens, and where they stand.
        var full: [(index: Int, date: TradingDay, length: Int)] = []
        var partial: [(index: Int, month: Int)] = []
        for i in 0..<min(tokens.count, 80) {
            if let (date, length) = numericDate(tokens, at: i) {
                full.append((i, date, length))
                continue
            }
            guard let word = tokens[i].word, CalendarWords.months[word] != nil else { continue }
            if let (date, length) = CalendarWords.date(tokens, at: i, asOf: nil) {
                full.append((i, date, length))
            } else if CalendarWords.date(tokens, at: i, asOf: TradingDay(year: 2100, month: 12, day: 31)) != nil {
                partial.append((i, CalendarWords.months[word]!))
            }
        }
        let anchor = full.first?.date
        let yearEnd = anchor ?? years.max().flatMap { TradingDay(year: $0, month: 12, day: 31) } ?? reference
        // A wire dateline: a date followed within three tokens by "(" (the agency) or a dash.
        func isWire(_ index: Int, _ length: Int) -> Bool {
            let after = index + length
            return (after..<min(tokens.count, after + 3)).contains { tokens[$0].isMark("(") }
                || (after < tokens.count && (tokens[after].isMark("-") || tokens[after].isMark("—") || tokens[after].isMark("–")))
        }
        for candidate in partial {
            guard let yearEnd, let (date, length) = CalendarWords.date(tokens, at: candidate.index, asOf: yearEnd) else { continue }
            if isWire(candidate.index, length) { return date }
        }
        if let wire = full.first(where: { isWire($0.index, $0.length) }) { return wire.date }
        if let first = full.first {
            // A year-less date before the first full date is the article's own; otherwise the full date.
            if let early = partial.first, early.index < first.index, let (date, _) = CalendarWords.date(tokens, at: early.index, asOf: first.date) {
                return date
            }
            return first.date
        }
        if let early = partial.first, let yearEnd, let (date, _) = CalendarWords.date(tokens, at: early.index, asOf: yearEnd) { return date }
        return nil
    }

    /// "12/12/2025" (month/day/year) or "2025-12-12" at `index`.
    static func numericDate(_ tokens: [TextToken], at index: Int) -> (TradingDay, Int)? {
        guard index + 4 < tokens.count, case .number(let a, 0, false) = tokens[index],
              case .number(let b, 0, _) = tokens[index + 2], case .number(let c, 0, _) = tokens[index + 4] else { return nil }
        if tokens[index + 1].isMark("/"), tokens[index + 3].isMark("/"), c >= 1900, c <= 2100 {
            return TradingDay(year: Int(c), month: Int(a), day: Int(b)).map { ($0, 5) }
        }
        if tokens[index + 1].isMark("-"), tokens[index + 3].isMark("-"), a >= 1900, a <= 2100 {
            return TradingDay(year: Int(a), month: Int(b), day: Int(c)).map { ($0, 5) }
        }
        return nil
    }

    /// Whether the text's dateline needs a reference day: it names a month and day but no year
    /// appears anywhere in the text.
    public static func needsReference(_ text: String) -> Bool {
        asOf(in: text) == nil && asOf(in: text, reference: TradingDay(year: 2100, month: 12, day: 31)) != nil
    }
}
