import RotationCore

/// Month and weekday names, number words, and dates written in words.
enum CalendarWords {
    static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
        "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
        "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]

    /// ISO weekday numbers (Monday = 1).
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]

    /// "one" … "twenty", "thirty", "forty", "fifty" → their value.
    static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    ]

    /// "first" … "twentieth" → their value (streaks: "its fifth straight weekly gain").
    static let ordinalWords: [String: Int] = [
        "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
        "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
        "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    ]

    /// A whole number written in digits or words at `index` ("six", "12").
    static func count(_ tokens: [TextToken], at index: Int) -> Int? {
        guard index < tokens.count else { return nil }
        switch tokens[index] {
        case .word(let word): return numberWords[word]
        case .number(let value, let decimals, let signed):
            guard decimals == 0, !signed, value >= 1, value < 1000 else { return nil }
            return Int(value)
        case .mark: return nil
        }
    }

    /// A four-digit year 1900…2100 written as a bare number.
    static func year(_ token: TextToken) -> Int? {
        guard case .number(let value, 0, false) = token, value >= 1900, value <= 2100 else { return nil }
        return Int(value)
    }

    /// A date at `index`: month name (optionally followed by "."), day number, optionally ", YYYY"
    /// or " YYYY". Without a year the latest such date on or before `asOf` is taken.
    ///
    /// - Returns: the date and the number of tokens it spans; `nil` when there is none.
    static func date(_ tokens: [TextToken], at index: Int, asOf: TradingDay?) -> (TradingDay, Int)? {
        guard let word = tokens[index].word, let month = months[word] else { return nil }
        var i = index + 1
        if i < tokens.count, tokens[i].isMark(".") { i += 1 }
        guard i < tokens.count, case .number(let value, 0, false) = tokens[i], value >= 1, value <= 31 else { return nil }
        let day = Int(value)
        i += 1
        var year: Int?
        if i < tokens.count, let y = Self.year(tokens[i]) {
            year = y
            i += 1
        } else if i + 1 < tokens.count, tokens[i].isMark(","), let y = Self.year(tokens[i + 1]) {
            year = y
            i += 2
        }
        if let year {
            guard let date = TradingDay(year: year, month: month, day: day) else { return nil }
            return (date, i - index)
        }
        guard let asOf, let date = latest(month: month, day: day, onOrBefore: asOf) else { return nil }
        return (date, i - index)
    }

    /// The latest `month`/`day` on or before `asOf` (this year's, or last year's).
    static func latest(month: Int, day: Int, onOrBefore asOf: TradingDay) -> TradingDay? {
        if let date = TradingDay(year: asOf.year, month: month, day: day), date <= asOf { return date }
        return TradingDay(year: asOf.year - 1, month: month, day: min(day, TradingDay.daysInMonth(year: asOf.year - 1, month: month)))
    }

    /// The first day of the latest `month` that began on or before `asOf`.
    static func latestMonthStart(_ month: Int, onOrBefore asOf: TradingDay) -> TradingDay {
        let year = month <= asOf.month ? asOf.year : asOf.year - 1
        return TradingDay(year: year, month: month, day: 1)!
    }
}
