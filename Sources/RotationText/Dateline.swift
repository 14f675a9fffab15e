import RotationCore

/// The day an article speaks of, read from its dateline.
public enum Dateline {
    /// The first date among the first 40 tokens of the text ("NEW YORK, Dec 12 (Reuters) -",
    /// "December 12, 2025"). A date without a year takes the latest four-digit year (1900…2100)
    /// written anywhere in the text — not counting index names such as "Russell 2000"; with
    /// no year in the text it is the latest such day on or before `reference` (the last day
    /// of data), and with no reference either there is no dateline.
    public static func asOf(in text: String, reference: TradingDay? = nil) -> TradingDay? {
        let tokens = Tokenizer.tokens(text)
        let years = tokens.indices.compactMap { i -> Int? in
            if i > 0, tokens[i - 1].word == "russell" { return nil }
            return CalendarWords.year(tokens[i])
        }
        let yearEnd = years.max().flatMap { TradingDay(year: $0, month: 12, day: 31) } ?? reference
        for i in 0..<min(tokens.count, 40) {
            guard let word = tokens[i].word, CalendarWords.months[word] != nil else { continue }
            if let (date, _) = CalendarWords.date(tokens, at: i, asOf: nil) { return date }
            if let yearEnd, let (date, _) = CalendarWords.date(tokens, at: i, asOf: yearEnd) { return date }
        }
        return nil
    }

    /// Whether the text's dateline needs a reference day: it names a month and day but no year
    /// appears anywhere in the text.
    public static func needsReference(_ text: String) -> Bool {
        asOf(in: text) == nil && asOf(in: text, reference: TradingDay(year: 2100, month: 12, day: 31)) != nil
    }
}
