import RotationCore

/// A window (or a day) named in a sentence, with where it was found.
public struct WindowMention: Sendable, Equatable {
    /// Index of its first token in the sentence.
    public var start: Int
    /// Number of tokens it spans.
    public var length: Int
    /// The phrase as tokens joined by spaces ("since august").
    public var phrase: String
    /// The window it names (for returns); `nil` for phrases that only name a day.
    public var window: ResolvedWindow?
    /// The single day it names ("December 10th", "on Friday"), for levels.
    public var day: TradingDay?
    /// The phrase names a day or period after the as-of day: it resolves to no window and no day.
    public var isAfterAsOf = false
    /// "through Tuesday's close": the day another window of the sentence ends on.
    public var endsWindowOn: TradingDay?
    /// "the largest gain since 2022": a comparison with the past; its sentence's figures may
    /// belong to that past day.
    public var isComparison = false
    /// Chosen for a figure only as the nearest phrase of its sentence (neither right after the
    /// figure nor before it): the reading is weaker.
    var isNearestOnly = false
    /// "finished 2023 with a 15.1% gain": the phrase is the window of the figure after it only.
    var leadsFigure = false

    /// The mention with its window and day dropped, and `isAfterAsOf` set, when they lie after
    /// `asOf` (a day, a window ending later, or a period starting on or after its end, such as
    /// "in 2026" read on a 2022 dateline): an article cannot report data after its own day, so
    /// its claim is marked instead of being checked against later data (or, worse, against the
    /// default one-day window). Found by `scripts/fuzz claims`.
    func notAfter(_ asOf: TradingDay) -> WindowMention {
        var bounded = self
        let dayAfter = day.map { $0 > asOf } ?? false
        let windowAfter = window.map { $0.end > asOf || $0.startsOnOrAfterEnd } ?? false
        if dayAfter || windowAfter {
            bounded.day = nil
            bounded.window = nil
            bounded.isAfterAsOf = true
        }
        return bounded
    }
}

extension ResolvedWindow {
    /// True when the window's own start is not before its end: nothing to measure.
    var startsOnOrAfterEnd: Bool {
        switch window {
        case .since(let day): day >= end
        case .calendarYear(let year): year > end.year
        case .range(let from, _): from >= end
        default: false
        }
    }
}

/// The window rules: phrases of market news mapped onto `Window` (see docs/CHECKER.md).
///
/// | phrase | window |
/// | --- | --- |
/// | "for the week", "this week", "on the week", "weekly" | `week` to the as-of day |
/// | "week ending/ended December 12" | `week` to that day |
/// | "on Friday", "Friday" | `1d` to the latest Friday on or before the as-of day |
/// | "on the day", "today", "in the session", "on the session" | `1d` to the as-of day |
/// | "since August" | `since:` the last day of July (the close before August began) |
/// | "since August 5", "since August 5, 2025" | `since:2025-08-05` |
/// | "year-to-date", "so far this year", "this year", "YTD", "since the start of the year" | `ytd` |
/// | "this month", "month-to-date" | `mtd` |
/// | "past/last/previous six months", "past year", "past 12 weeks" | `6m`, `1y`, `12w` |
/// | "in 2022", "for 2022", "in all of 2022" | `year:2022` |
/// | "in November" | `range:` October 31 … November 30 (latest November begun by the as-of day) |
/// | "December 15", "on December 15" | `1d` to that day (and that day, for levels) |
///
/// Dates without a year are the latest such date on or before the as-of day. A day or window
/// after the as-of day is not resolved (see `WindowMention.notAfter`).
public enum WindowPhrases {
    /// Nouns of a move ("weekly gain").
    static let moveNouns: Set<String> = ["gain", "gains", "loss", "losses", "decline", "declines", "advance", "rise", "drop", "fall",
                                         "return", "returns", "performance", "change", "increase", "decrease", "rally", "slide"]
    /// Words before "since" that make it a comparison ("the biggest gain since 2020").
    static let superlatives: Set<String> = ["largest", "biggest", "best", "worst", "highest", "lowest", "first", "longest",
                                            "strongest", "weakest", "steepest", "sharpest", "most", "least", "fastest", "deepest"]

    /// Every window phrase in `tokens`, left to right, without overlaps.
    public static func find(_ tokens: [TextToken], asOf: TradingDay) -> [WindowMention] {
        var mentions: [WindowMention] = []
        var i = 0
        while i < tokens.count {
            if let mention = match(tokens, at: i, asOf: asOf) {
                if let end = mention.endsWindowOn, let k = mentions.lastIndex(where: { $0.window != nil }),
                   mention.start - (mentions[k].start + mentions[k].length) <= 4, let window = mentions[k].window {
                    // "so far this year through Tuesday's close": the year to Tuesday.
                    mentions[k].window = ResolvedWindow(window.window, end: min(end, window.end))
                    mentions[k].length = mention.start + mention.length - mentions[k].start
                    mentions[k].phrase = phrase(tokens, mentions[k].start, mentions[k].length)
                } else {
                    mentions.append(mention.notAfter(asOf))
                }
                i += mention.length
            } else {
                i += 1
            }
        }
        return mentions
    }

    static func words(_ tokens: [TextToken], _ i: Int, _ count: Int) -> [String]? {
        guard i + count <= tokens.count else { return nil }
        let words = tokens[i..<(i + count)].compactMap(\.word)
        return words.count == count ? words : nil
    }

    static func phrase(_ tokens: [TextToken], _ i: Int, _ count: Int) -> String {
        tokens[i..<min(tokens.count, i + count)].map { token -> String in
            switch token {
            case .word(let word): return word
            case .number(let value, let decimals, _):
                // A whole number too large for Int (fuzzing found "99…9% year to date") prints as a Double.
                if decimals == 0, let whole = Int(exactly: value) { return String(whole) }
                return String(value)
            case .mark(let mark): return String(mark)
            }
        }.joined(separator: " ")
    }

    private static func mention(_ tokens: [TextToken], _ i: Int, _ length: Int, _ window: Window?, end: TradingDay,
                                day: TradingDay? = nil) -> WindowMention {
        WindowMention(start: i, length: length, phrase: phrase(tokens, i, length),
                      window: window.map { ResolvedWindow($0, end: end) }, day: day)
    }

    // The rules, tried in order at each token.
    static func match(_ tokens: [TextToken], at i: Int, asOf: TradingDay) -> WindowMention? {
        let w = { (count: Int) in words(tokens, i, count) }
        // week ending December 12
        if let two = w(2), two[0] == "week", two[1] == "ending" || two[1] == "ended" || two[1] == "through",
           i + 2 < tokens.count, let (date, length) = CalendarWords.date(tokens, at: i + 2, asOf: asOf) {
            return mention(tokens, i, 2 + length, .weekToDate, end: date)
        }
        if let three = w(3), ["for the week", "on the week", "over the week"].contains(three.joined(separator: " ")),
           !["ending", "ended", "through"].contains(tokens.indices.contains(i + 3) ? tokens[i + 3].word ?? "" : "") {
            return mention(tokens, i, 3, .weekToDate, end: asOf)
        }
        if let two = w(2), two == ["this", "week"],
           !["ending", "ended", "through"].contains(tokens.indices.contains(i + 2) ? tokens[i + 2].word ?? "" : "") {
            return mention(tokens, i, 2, .weekToDate, end: asOf)
        }
        // "weekly gain", "weekly loss" (not "its weekly high", a level).
        if let two = w(2), two[0] == "weekly", Self.moveNouns.contains(two[1]) { return mention(tokens, i, 1, .weekToDate, end: asOf) }
        // "for the trading week", "for the 2023 trading year".
        if let four = w(4), four == ["for", "the", "trading", "week"] { return mention(tokens, i, 4, .weekToDate, end: asOf) }
        if let three = w(3), ["on the day", "in the session", "on the session", "for the day", "for the session"].contains(three.joined(separator: " ")) {
            return mention(tokens, i, 3, .oneDay, end: asOf)
        }
        if let one = w(1), one[0] == "today" { return mention(tokens, i, 1, .oneDay, end: asOf) }
        if let found = weekday(tokens, at: i, asOf: asOf) { return found }
        if let found = toDate(tokens, at: i, asOf: asOf) { return found }
        if let found = since(tokens, at: i, asOf: asOf) { return found }
        if let found = trailing(tokens, at: i, asOf: asOf) { return found }
        if let found = ago(tokens, at: i, asOf: asOf) { return found }
        if let found = quarter(tokens, at: i, asOf: asOf) { return found }
        if let found = inPeriod(tokens, at: i, asOf: asOf) { return found }
        if let found = isoDates(tokens, at: i, asOf: asOf) { return found }
        if let found = dateRange(tokens, at: i, asOf: asOf) { return found }
        if let (date, length) = CalendarWords.date(tokens, at: i, asOf: asOf) {
            let on = i > 0 && tokens[i - 1].word == "on"
            return mention(tokens, on ? i - 1 : i, length + (on ? 1 : 0), .oneDay, end: date, day: date)
        }
        return nil
    }

    /// "on Friday" / "Friday": the latest such weekday on or before the as-of day.
    static func weekday(_ tokens: [TextToken], at i: Int, asOf: TradingDay) -> WindowMention? {
        let on = tokens[i].word == "on" ? 1 : 0
        guard i + on < tokens.count, let word = tokens[i + on].word, let weekday = CalendarWords.weekdays[word] else { return nil }
        // "Black Monday", "Good Friday", "Super Tuesday": a named day, not the latest such weekday.
        if on == 0, i >= 1, ["black", "cyber", "super", "good", "blue", "manic", "giving"].contains(tokens[i - 1].word ?? "") { return nil }
        // "on Tuesday, Nov. 3, 2020": the date says which Tuesday.
        if i + on + 2 < tokens.count, tokens[i + on + 1].isMark(","), CalendarWords.date(tokens, at: i + on + 2, asOf: asOf) != nil { return nil }
        var back = (asOf.isoWeekday - weekday + 7) % 7
        // "since last Friday" written on a Friday: the Friday a week before.
        if back == 0, on == 0, i >= 1, tokens[i - 1].word == "last" { back = 7 }
        let day = asOf.adding(days: -back)
        // "through Tuesday's close", "as of Tuesday": the end of another window, not a day's move.
        if on == 0, i >= 1, ["through", "thru", "until", "till", "of"].contains(tokens[i - 1].word ?? "") {
            var found = mention(tokens, i, 1, nil, end: day, day: nil)
            found.endsWindowOn = day
            return found
        }
        return mention(tokens, i, on + 1, .oneDay, end: day, day: day)
    }

    /// year-to-date, YTD, so far this year, this year, this month, month-to-date.
    static func toDate(_ tokens: [TextToken], at i: Int, asOf: TradingDay) -> WindowMention? {
        for (text, window) in [("year - to - date", Window.yearToDate), ("month - to - date", .monthToDate),
                               ("so far this year", .yearToDate), ("year to date", .yearToDate),
                               ("this year", .yearToDate), ("this month", .monthToDate), ("ytd", .yearToDate),
                               ("for the year", .yearToDate), ("on the year", .yearToDate),
                               ("for the month", .monthToDate), ("on the month", .monthToDate),
                               ("quarter - to - date", .quarterToDate), ("this quarter", .quarterToDate),
                               ("for the quarter", .quarterToDate), ("so far this quarter", .quarterToDate),
                               ("on the quarter", .quarterToDate)] {
            let count = text.split(separator: " ").count
            if phrase(tokens, i, count) == text {
                // "since July of this year": the year of a month named, not a window.
                if text.hasPrefix("this"), i >= 2, tokens[i - 1].word == "of", CalendarWords.months[tokens[i - 2].word ?? ""] != nil { return nil }
                return mention(tokens, i, count, window, end: asOf)
            }
        }
        return nil
    }

    /// since August, since August 5(, 2025), since the start of the year.
    static func since(_ tokens: [TextToken], at i: Int, asOf: TradingDay) -> WindowMention? {
        guard tokens[i].word == "since", i + 1 < tokens.count else { return nil }
        // "the best month since January 2021, when the index rose 5%": the figures after "when"
        // are of that month (year, day).
        if let period = periodThen(tokens, at: i + 1, asOf: asOf) { return period }
        // "since the end of 2020", "since the start of 2021", "since the end of March".
        for (text, atEnd) in [("the end of", true), ("the start of", false), ("the beginning of", false)] where phrase(tokens, i + 1, 3) == text {
            let k = i + 4
            guard k < tokens.count else { break }
            if let year = CalendarWords.year(tokens[k]) {
                return mention(tokens, i, 5, .since(TradingDay(year: atEnd ? year : year - 1, month: 12, day: 31)!), end: asOf)
            }
            if let word = tokens[k].word, let month = CalendarWords.months[word], CalendarWords.date(tokens, at: k, asOf: asOf) == nil {
                var first = CalendarWords.latestMonthStart(month, onOrBefore: asOf)
                var length = 5
                if k + 1 < tokens.count, let year = CalendarWords.year(tokens[k + 1]) {
                    first = TradingDay(year: year, month: month, day: 1)!
                    length += 1
                }
                let day = atEnd ? TradingDay(year: first.year, month: month, day: TradingDay.daysInMonth(year: first.year, month: month))! : first.adding(days: -1)
                guard day < asOf else { break }
                return mention(tokens, i, length, .since(day), end: asOf)
            }
        }
        // "the largest gain since November 10, 2022", "first record since 2021": a comparison with
        // the past, not the window of a figure.
        // Seven tokens back: "its largest one-day percentage drop since May 1".
        let lead = (max(0, i - 7)..<i).compactMap { tokens[$0].word }
        // "hasn't reached a new closing high since July": a record's date, a comparison too.
        let near = (max(0, i - 3)..<i).compactMap { tokens[$0].word }
        if lead.contains(where: Self.superlatives.contains) || near.contains(where: ["high", "highs", "record", "records", "low", "lows"].contains) {
            var length = 1
            if let (_, dateLength) = CalendarWords.date(tokens, at: i + 1, asOf: asOf) {
                length += dateLength
            } else if CalendarWords.year(tokens[i + 1]) != nil {
                length += 1
            } else if let word = tokens[i + 1].word, CalendarWords.months[word] != nil {
                length += i + 2 < tokens.count && CalendarWords.year(tokens[i + 2]) != nil ? 2 : 1
            }
            var found = mention(tokens, i, length, nil, end: asOf)
            found.isComparison = true
            return found
        }
        for text in ["the start of the year", "the beginning of the year", "the end of last year"] {
            let count = text.split(separator: " ").count
            if phrase(tokens, i + 1, count) == text { return mention(tokens, i, 1 + count, .yearToDate, end: asOf) }
        }
        var j = i + 1
        for text in ["the start of", "the beginning of", "early"] {
            let count = text.split(separator: " ").count
            if phrase(tokens, j, count) == text { j += count; break }
        }
        // "Since its close on Thursday, December 21": from that day's close.
        if ["its close on", "the close on", "its close of", "the close of"].contains(phrase(tokens, j, 3)) {
            let k = j + 3
            var dayStart = k
            if k + 1 < tokens.count, let word = tokens[k].word, CalendarWords.weekdays[word] != nil, tokens[k + 1].isMark(",") { dayStart = k + 2 }
            if let (date, length) = CalendarWords.date(tokens, at: dayStart, asOf: asOf) {
                return mention(tokens, i, dayStart - i + length, .since(date), end: asOf)
            }
            if let (date, length) = CalendarWords.date(tokens, at: k, asOf: asOf) {
                return mention(tokens, i, k - i + length, .since(date), end: asOf)
            }
        }
        if let (date, length) = CalendarWords.date(tokens, at: j, asOf: asOf) {
            return mention(tokens, i, j - i + length, .since(date), end: asOf)
        }
        guard j < tokens.count, let word = tokens[j].word, let month = CalendarWords.months[word] else { return nil }
        var start = CalendarWords.latestMonthStart(month, onOrBefore: asOf)
        var length = j - i + 1
        if j + 1 < tokens.count, let year = CalendarWords.year(tokens[j + 1]) {
            start = TradingDay(year: year, month: month, day: 1)!
            length += 1
        }
        return mention(tokens, i, length, .since(start.adding(days: -1)), end: asOf)
    }

    /// "January 2021 when …", "2008, when …", "March 3 when …" after "since": the period named,
    /// for the figures after "when".
    static func periodThen(_ tokens: [TextToken], at j: Int, asOf: TradingDay) -> WindowMention? {
        var k = j, window: Window?, end: TradingDay?
        if let (date, length) = CalendarWords.date(tokens, at: k, asOf: asOf) {
            window = .oneDay; end = date; k += length
        } else if let year = CalendarWords.year(tokens[k]) {
            window = .calendarYear(year); end = TradingDay(year: year, month: 12, day: 31); k += 1
        } else if let word = tokens[k].word, let month = CalendarWords.months[word], k + 1 < tokens.count, let year = CalendarWords.year(tokens[k + 1]) {
            let first = TradingDay(year: year, month: month, day: 1)!
            let last = TradingDay(year: year, month: month, day: TradingDay.daysInMonth(year: year, month: month))!
            window = .range(first.adding(days: -1), last); end = last; k += 2
        }
        if k < tokens.count, tokens[k].isMark(",") { k += 1 }
        guard let window, let end, end < asOf, k < tokens.count, tokens[k].word == "when" else { return nil }
        var found = mention(tokens, j - 1, k + 1 - (j - 1), window, end: end, day: window == .oneDay ? end : nil)
        found.leadsFigure = true
        return found
    }

    /// past/last/previous N months|weeks|years, past year, past month, past week.
    static func trailing(_ tokens: [TextToken], at i: Int, asOf: TradingDay) -> WindowMention? {
        var j = i
        if tokens[j].word == "over" || tokens[j].word == "in" { j += 1 }
        if j < tokens.count, tokens[j].word == "the" { j += 1 }
        // "over one month", "over six months" (a count right after "over").
        if tokens[i].word == "over", j == i + 1, let count = CalendarWords.count(tokens, at: j), (1...99).contains(count), j + 1 < tokens.count,
           let unit = tokens[j + 1].word {
            if let window = trailingWindow(unit, count) { return mention(tokens, i, 3, window, end: asOf) }
        }
        guard j < tokens.count, let lead = tokens[j].word, ["past", "last", "previous", "prior", "trailing"].contains(lead) else { return nil }
        // "last week", "the previous week", "the prior week" (not "the past week", "over the last
        // week"): the calendar week before the as-of day's — or the week just ended, on a weekend.
        if j + 1 < tokens.count, tokens[j + 1].word == "week", i == j || tokens[i].word == "the" && j == i + 1,
           lead == "last" ? i == j : ["previous", "prior"].contains(lead) {
            // "Last week, …" written from Friday's close on is the week just ended; from Monday to
            // Thursday, the week before. "The previous week" is the week before the as-of day's.
            let justEnded = lead == "last" && asOf.isoWeekday >= 5
            let end = justEnded ? asOf : asOf.startOfWeek.adding(days: -3)
            return mention(tokens, i, j - i + 2, .weekToDate, end: end)
        }
        // "last year" (not "the last year"): the calendar year before the as-of day's.
        if lead == "last", j == i || tokens[j - 1].word != "the", j + 1 < tokens.count, tokens[j + 1].word == "year" {
            let year = asOf.year - 1
            return mention(tokens, i, j - i + 2, .calendarYear(year), end: TradingDay(year: year, month: 12, day: 31)!)
        }
        j += 1
        var count = 1
        if let n = CalendarWords.count(tokens, at: j) { count = n; j += 1 }
        guard j < tokens.count, let unit = tokens[j].word else { return nil }
        guard let window = trailingWindow(unit, count) else { return nil }
        guard (1...99).contains(count) else { return nil }
        return mention(tokens, i, j - i + 1, window, end: asOf)
    }

    /// "2025-12-12" (a day), "(2025-12-05 to 2025-12-12)" (the window from the first day's close
    /// to the second's), as Rotation's own reports write them.
    static func isoDates(_ tokens: [TextToken], at i: Int, asOf: TradingDay) -> WindowMention? {
        guard let (first, length) = Dateline.numericDate(tokens, at: i) else { return nil }
        let j = i + length
        if j + 1 < tokens.count, tokens[j].word == "to", let (second, secondLength) = Dateline.numericDate(tokens, at: j + 1), second > first {
            return mention(tokens, i, length + 1 + secondLength, .range(first, second), end: second)
        }
        let on = i > 0 && tokens[i - 1].word == "on"
        return mention(tokens, on ? i - 1 : i, length + (on ? 1 : 0), .oneDay, end: first, day: first)
    }

    /// "from December 15, 2021, through December 31", "between March 3 and March 14": the
    /// closes of the two days (`range:`); a second date without a year takes the first's year.
    static func dateRange(_ tokens: [TextToken], at i: Int, asOf: TradingDay) -> WindowMention? {
        guard let lead = tokens[i].word, ["from", "between"].contains(lead), i + 1 < tokens.count,
              let (first, firstLength) = CalendarWords.date(tokens, at: i + 1, asOf: asOf) else { return nil }
        var j = i + 1 + firstLength
        if j < tokens.count, tokens[j].isMark(",") { j += 1 }
        guard j + 1 < tokens.count, let joiner = tokens[j].word,
              (lead == "from" ? ["through", "to", "until", "thru"] : ["and"]).contains(joiner) else { return nil }
        let yearEnd = TradingDay(year: first.year, month: 12, day: 31)!
        guard let (second, secondLength) = CalendarWords.date(tokens, at: j + 1, asOf: max(yearEnd, first)), second > first else { return nil }
        var found = mention(tokens, i, j + 1 + secondLength - i, .range(first, second), end: min(asOf, second))
        if second > asOf { found.window = nil; found.isAfterAsOf = true }
        return found
    }

    /// "in the first quarter", "for the third quarter of 2024", "in Q2": that calendar quarter (the
    /// latest one begun by the as-of day when no year is written).
    static func quarter(_ tokens: [TextToken], at i: Int, asOf: TradingDay) -> WindowMention? {
        guard let lead = tokens[i].word, ["in", "for", "during", "over"].contains(lead) else { return nil }
        var j = i + 1
        if tokens.indices.contains(j), tokens[j].word == "the" { j += 1 }
        let ordinals = ["first": 1, "second": 2, "third": 3, "fourth": 4, "q1": 1, "q2": 2, "q3": 3, "q4": 4]
        guard tokens.indices.contains(j), let word = tokens[j].word, let q = ordinals[word] else { return nil }
        var length = j - i + 1
        if !word.hasPrefix("q") {
            guard tokens.indices.contains(j + 1), tokens[j + 1].word == "quarter" else { return nil }
            length += 1
        }
        var year = q <= (asOf.month - 1) / 3 + 1 ? asOf.year : asOf.year - 1
        let k = i + length
        if tokens.indices.contains(k + 1), tokens[k].word == "of", let y = CalendarWords.year(tokens[k + 1]) {
            year = y
            length += 2
        } else if tokens.indices.contains(k), let y = CalendarWords.year(tokens[k]) {
            year = y
            length += 1
        }
        let firstMonth = 3 * (q - 1) + 1
        let start = TradingDay(year: year, month: firstMonth, day: 1)!.adding(days: -1)
        let last = TradingDay(year: year, month: firstMonth + 2, day: TradingDay.daysInMonth(year: year, month: firstMonth + 2))!
        return mention(tokens, i, length, .range(start, last), end: min(asOf, last))
    }

    /// `count` weeks, months or years back ("weeks" → `Nw`); `nil` for another unit.
    static func trailingWindow(_ unit: String, _ count: Int) -> Window? {
        switch unit {
        case "week", "weeks": .trailingWeeks(count)
        case "month", "months": .trailingMonths(count)
        case "year", "years": .trailingYears(count)
        default: nil
        }
    }

    /// "from 52 weeks ago", "three months ago": the trailing window of that length.
    static func ago(_ tokens: [TextToken], at i: Int, asOf: TradingDay) -> WindowMention? {
        guard let count = CalendarWords.count(tokens, at: i), (1...99).contains(count), i + 2 < tokens.count,
              let unit = tokens[i + 1].word, tokens[i + 2].word == "ago" else { return nil }
        guard let window = trailingWindow(unit, count) else { return nil }
        return mention(tokens, i, 3, window, end: asOf)
    }

    /// in/for/during 2022, in all of 2022, in November (2025).
    static func inPeriod(_ tokens: [TextToken], at i: Int, asOf: TradingDay) -> WindowMention? {
        guard let lead = tokens[i].word, ["in", "for", "during", "of", "out", "ended", "finished"].contains(lead) else { return nil }
        // "closed out 2023", "ended 2023 up 24%": a year only ("ended November" is no window here),
        // and the window of the figure after it, not of one before.
        if ["out", "ended", "finished"].contains(lead) {
            guard i + 1 < tokens.count, let year = CalendarWords.year(tokens[i + 1]) else { return nil }
            var found = mention(tokens, i, 2, .calendarYear(year), end: min(asOf, TradingDay(year: year, month: 12, day: 31)!))
            found.leadsFigure = true
            return found
        }
        var j = i + 1
        if phrase(tokens, j, 2) == "all of" { j += 2 }
        // "for the 2023 trading year"
        if tokens.indices.contains(j + 1), tokens[j].word == "the", CalendarWords.year(tokens[j + 1]) != nil { j += 1 }
        guard j < tokens.count else { return nil }
        // "as of 2024-11-08": an ISO date, not the year 2024.
        if j + 2 < tokens.count, tokens[j + 1].isMark("-"), tokens[j + 2].number != nil, Dateline.numericDate(tokens, at: j) != nil { return nil }
        if let year = CalendarWords.year(tokens[j]) {
            // "hits a fresh low for 2022", "the best year for 2021": a comparison, not a window.
            if (max(0, i - 2)..<i).contains(where: { ["low", "high", "best", "worst", "record", "lowest", "highest"].contains(tokens[$0].word ?? "") }) {
                var found = mention(tokens, i, j - i + 1, nil, end: asOf)
                found.isComparison = true
                return found
            }
            // "in 1997 and 1998", "from 2019 through 2021": the years together.
            if j + 2 < tokens.count, ["and", "through", "to"].contains(tokens[j + 1].word ?? "") || tokens[j + 1].isMark("-") || tokens[j + 1].isMark("–"),
               let last = CalendarWords.year(tokens[j + 2]), last > year {
                let end = min(asOf, TradingDay(year: last, month: 12, day: 31)!)
                return mention(tokens, i, j - i + 3, .range(TradingDay(year: year - 1, month: 12, day: 31)!, TradingDay(year: last, month: 12, day: 31)!), end: end)
            }
            // "for the 2023 trading year"
            if j + 2 < tokens.count, tokens[j + 1].word == "trading", tokens[j + 2].word == "year" {
                return mention(tokens, i, j - i + 3, .calendarYear(year), end: min(asOf, TradingDay(year: year, month: 12, day: 31)!))
            }
            let end = min(asOf, TradingDay(year: year, month: 12, day: 31)!)
            return mention(tokens, i, j - i + 1, .calendarYear(year), end: end)
        }
        guard let word = tokens[j].word, let month = CalendarWords.months[word] else { return nil }
        if CalendarWords.date(tokens, at: j, asOf: asOf) != nil { return nil }
        var first = CalendarWords.latestMonthStart(month, onOrBefore: asOf)
        var length = j - i + 1
        if j + 1 < tokens.count, let year = CalendarWords.year(tokens[j + 1]) {
            first = TradingDay(year: year, month: month, day: 1)!
            length += 1
        } else if j + 2 < tokens.count, tokens[j + 1].word == "of", let year = CalendarWords.year(tokens[j + 2]) {
            // "in February of 2000"
            first = TradingDay(year: year, month: month, day: 1)!
            length += 2
        }
        var last = TradingDay(year: first.year, month: month, day: TradingDay.daysInMonth(year: first.year, month: month))!
        // "during April and May": the two months together (the second in the first's year).
        if j + 2 < tokens.count, length == j - i + 1, tokens[j + 1].word == "and", let word = tokens[j + 2].word,
           let second = CalendarWords.months[word], second > month, CalendarWords.date(tokens, at: j + 2, asOf: asOf) == nil {
            last = TradingDay(year: first.year, month: second, day: TradingDay.daysInMonth(year: first.year, month: second))!
            length += 2
        }
        return mention(tokens, i, length, .range(first.adding(days: -1), last), end: min(asOf, last))
    }
}
