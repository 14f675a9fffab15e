import RotationCore

/// The day an article speaks of, read from its dateline.
public enum Dateline {
    /// The first date among the first 40 tokens of the text ("NEW YORK, Dec 12 (Reuters) -",
    /// "December 12, 2025"). A date without a year takes the latest four-digit year (1900…2100)
    /// written anywhere in the text; with none, there is no dateline.
    public static func asOf(in text: String) -> TradingDay? {
        let tokens = Tokenizer.tokens(text)
        let years = tokens.compactMap(CalendarWords.year)
        let yearEnd = years.max().flatMap { TradingDay(year: $0, month: 12, day: 31) }
        for i in 0..<min(tokens.count, 40) {
            guard let word = tokens[i].word, CalendarWords.months[word] != nil else { continue }
            if let (date, _) = CalendarWords.date(tokens, at: i, asOf: nil) { return date }
            if let yearEnd, let (date, _) = CalendarWords.date(tokens, at: i, asOf: yearEnd) { return date }
        }
        return nil
    }
}
