import RotationCore

extension SentenceClaims {
    static let closeWords: Set<String> = ["closed", "close", "closing", "finished", "finish", "ended", "settled", "end", "ending",
                                          "stood", "standing"]

    /// "rose 31 points", "lost 412.5 points for the week", "up 22 points": a change in index
    /// points over the window (signed by the direction word). Not "at 2,731 points" (a level),
    /// "23 points adrift of 7,000" or "600 points from the lows" (distances).
    func points(at i: Int, value: Double, decimals: Int, previous: Int?, next: Int?) -> Claim? {
        // "fell 473, or 1.79%": a whole change followed by its percent is in points.
        let pointsThenPercent = i + 3 < tokens.count && tokens[i + 1].isMark(",") && context.word(i + 2) == "or" && percentEnd(after: i + 3) != nil
            && value >= 1 && directionWord(before: i, after: i + 1) != nil
        guard pointsThenPercent || context.word(i + 1).map({ ["points", "point", "pts", "pt"].contains($0) }) == true else { return nil }
        if let lead = context.word(i - 1), ["at", "to", "around", "near", "percentage", "basis"].contains(lead) { return nil }
        // "surpassing 37,000 points for the first time": a level passed, not a change.
        if let lead = context.word(i - 1), ["surpassing", "surpassed", "surpasses", "topping", "topped", "tops", "crossing", "crossed",
                                            "crosses", "past", "above", "below", "beyond", "breaching", "breached", "eclipsing", "eclipsed"].contains(lead) { return nil }
        // "a gain of 482 points" is a change; "a close of 4,000 points" a level.
        if context.word(i - 1) == "of", ["close", "level", "high", "low", "record", "mark", "value"].contains(context.word(i - 2) ?? "") { return nil }
        if let after = context.word(i + 2), ["adrift", "away", "below", "above", "short", "shy", "from", "off", "higher", "lower", "of"].contains(after) {
            // "finished 120 points higher" is a change; "120 points below its record" a distance.
            if !(["higher", "lower"].contains(after)) { return nil }
        }
        // "fell -46.03 points": a written sign is the sign.
        let signed = if case .number(_, _, true) = tokens[i] { true } else { false }
        guard let move = directionWord(before: i, after: i + 2) ?? (signed ? ("sign", value < 0 ? -1 : 1) : nil) else { return nil }
        var claim = Claim(text: context.text, kind: .points, stated: signed ? value : move.sign * value, precision: halfUnit(decimals: decimals),
                          qualifier: qualifier(before: i))
        // "Dow closes 100 points higher": a whole number of hundreds is rounded to the hundred
        // (half of it either side), as headlines round.
        if decimals == 0, value >= 100, value.truncatingRemainder(dividingBy: 100) == 0 {
            claim.precision = 50
        }
        guard assignSubject(&claim, at: i) else { return nil }
        applyWindow(to: &claim, at: i, previous: previous, next: next)
        claim.reading.measure = "points with \"\(move.word)\": the change in the index's level"
        return claim
    }

    /// A closing level, record close or intraday high: "closed at 2,551.46", "rose 22 points, or
    /// 0.8%, to 2,995", "finished at a record 19,286.78", "its previous record close of 2,442.74".
    func level(at i: Int, value: Double, decimals: Int, previous: Int?, next: Int?) -> Claim? {
        guard value >= 100 || decimals > 0, !(decimals == 0 && CalendarWords.year(tokens[i]) != nil) else { return nil }
        if let unit = context.word(i + 1), ["million", "billion", "trillion", "bn", "mln", "companies", "stocks", "members", "shares",
                                            "trading", "days", "sessions", "weeks", "months", "years", "times", "day", "week"].contains(unit) { return nil }
        // The words around the number; those after it only up to "after", "since", "before" or
        // "following" ("to 37,689.54 after setting a record Thursday": that record is another day's).
        let afterWords = (i..<min(tokens.count, i + 5)).compactMap { context.word($0) }
        let near = (max(0, i - 6)..<i).compactMap { context.word($0) }
            + afterWords.prefix { !["after", "since", "before", "following"].contains($0) }
        // "lost 0.29%, or 128.65 points, closing at …": a change in points, never a level.
        if let unit = context.word(i + 1), ["points", "point", "pts"].contains(unit), !["at", "to"].contains(context.word(i - 1) ?? "") { return nil }
        let lead = context.word(i - 1) ?? (i >= 2 && tokens[i - 1].isMark("$") ? context.word(i - 2) ?? "" : "")
        let reached = ["to", "at"].contains(lead) && (i >= 1) && moveOrCloseBefore(i)
        var kind: ClaimKind
        // "closed at", "to close at", "finished at" right before the number: the close, whatever else
        // the sentence says of records or intraday highs.
        let closedAt = ["at", "to"].contains(lead) && i >= 2 && Self.closeWords.contains(context.word(i - 2) ?? "")
        // "its all-time intraday high was set on Nov. 22, 2021, at 16,212.23": the kind may stand
        // further back in the clause.
        let wide = (max(context.clauseStart(i), i - 12)..<i).compactMap { context.word($0) }
        let lowNear = (max(0, i - 4)..<i).contains { ["low", "lows"].contains(context.word($0) ?? "") }
        let highNear = (max(0, i - 4)..<i).contains { ["high", "highs"].contains(context.word($0) ?? "") }
        let intradayContext = near.contains("intraday") || near.contains("session") && (lowNear || highNear) || context.contains(anyOf: ["intraday"]) && (lowNear || highNear)
        if closedAt && !near.contains("record") {
            kind = .level
        } else if intradayContext && lowNear && !near.contains("record") {
            kind = .intradayLow
        } else if near.contains("intraday") || intradayContext && highNear || lead == "at" && wide.contains("intraday") && wide.contains("high") {
            kind = .intradayHigh
        } else if near.contains("record") || near.contains("all") && near.contains("time") || near.contains("closing") && near.contains("high") {
            guard near.contains(where: Self.closeWords.contains) || near.contains("high") || reached || near.contains("a") && near.contains("record")
                    || lead == "record" else { return nil }
            kind = .recordClose
        } else if near.contains(where: Self.closeWords.contains) || reached {
            kind = .level
        } else {
            return nil
        }
        // "a target of 7,000", "could reach 3,000": no level of a day; nor a chart's level, nor the open.
        let uncoveredNear = (max(0, i - 6)..<min(tokens.count, i + 5)).filter { !context.covered.contains($0) }.compactMap { context.word($0) }
        if uncoveredNear.contains(where: FigureFilter.forecastWords.contains) { return nil }
        // "the yearly low standing at 36,611.78", "its 52-week high of …": a period's extreme.
        if (max(0, i - 5)..<i).contains(where: { ["yearly", "annual", "year's"].contains(context.word($0) ?? "") }),
           lowNear || highNear { return nil }
        let uncovered = (max(0, i - 6)..<min(tokens.count, i + 5)).filter { !context.covered.contains($0) }.compactMap { context.word($0) }
        if uncovered.contains(where: ["midpoint", "retracement", "support", "resistance", "sma", "ema", "moving", "fibonacci",
                                      "trendline", "pivot", "threshold", "barrier"].contains) { return nil }
        // "opened lower at 45,862.37": the open, unless a closing word stands between ("from its open to close at").
        if let open = (max(0, i - 4)..<i).last(where: { ["open", "opened", "opening"].contains(context.word($0) ?? "") }),
           !(open + 1..<i).contains(where: { Self.closeWords.contains(context.word($0) ?? "") }) { return nil }
        var claim = Claim(text: context.text, kind: kind, stated: value, precision: halfUnit(decimals: decimals),
                          qualifier: qualifier(before: i))
        // "topped 20,000", "closed above 2,500": a bound, not the close itself.
        if claim.qualifier == .exact, let bound = (max(0, i - 3)..<i).reversed().compactMap({ context.word($0) }).first(where: {
            ["top", "tops", "topped", "topping", "crossed", "crossing", "surpassed", "eclipsed", "above", "past", "broke", "breaking",
             "exceeded", "below", "under", "beneath"].contains($0) }) {
            claim.qualifier = ["below", "under", "beneath"].contains(bound) ? .under : .over
        }
        guard assignSubject(&claim, at: i) else { return nil }
        if kind == .recordClose, near.contains(where: ["previous", "prior", "former", "old", "earlier"].contains) {
            claim.isPreviousRecord = true
        }
        claim.reading.measure = switch kind {
        case .intradayHigh: "a level with \"intraday\": the intraday high"
        case .intradayLow: "a level with \"intraday\" and \"low\": the intraday low"
        case .recordClose: claim.isPreviousRecord ? "a level with \"previous record\": the record before the latest" : "a level with \"record\": the record close"
        default: reached ? "a level after \"\(lead)\" with a move: the close" : "a level with a closing word: the close"
        }
        // "its 2022 closing high of 15832.80 hit Monday, Jan. 3, 2022", "its 52-week high": the close
        // of the day named, not the record.
        if kind == .recordClose, !near.contains("record"), !near.contains("all"),
           (max(0, i - 5)..<i).contains(where: { CalendarWords.year(tokens[$0]) != nil || tokens[$0].number == 52 || ["year's", "annual", "bull", "yearly"].contains(context.word($0) ?? "") }) {
            kind = .level
            claim.kind = .level
            claim.reading.measure = "a period's closing high: the close of the day it was set"
        }
        if let mention = context.window(for: i, previous: previous, next: next, needsDay: true),
           !(mention.isNearestOnly && kind != .recordClose) {
            claim.day = mention.day
            claim.windowPhrase = mention.phrase
            claim.isAfterArticle = mention.isAfterAsOf
            claim.reading.window = "\"\(mention.phrase)\""
            if claim.isPreviousRecord, mention.day != nil { claim.isPreviousRecord = false }
        } else if let mention = context.windows.first(where: { $0.window != nil && $0.start > i && $0.start < (next ?? Int.max) }),
                  claim.isPreviousRecord, let window = mention.window {
            // "reached in November 2021": the record as of the end of that period.
            claim.day = window.end
            claim.windowPhrase = mention.phrase
            claim.reading.window = "\"\(mention.phrase)\" (the record as of its end)"
            claim.isPreviousRecord = false
        } else if kind == .intradayHigh || kind == .intradayLow,
                  near.contains("record") || near.contains("all") && near.contains("time") || near.contains("ever") {
            // No day named, a record: the record intraday high (low) as of the as-of day.
            claim.window = ResolvedWindow(.oneDay, end: asOf)
            claim.reading.window = "none stated: the record intraday \(kind == .intradayLow ? "low" : "high") as of the article's day"
        } else if let section = context.sectionWindow, let day = section.day {
            claim.day = day
            claim.reading.window = "section label \"\(context.unit.label ?? section.phrase)\""
        } else {
            // No day named: the close (or record close) of the as-of day.
            claim.day = asOf
            claim.reading.window = "none stated: the close of the article's day"
        }
        return claim
    }

    /// A move or closing word before `i` in its clause ("rose … to", "closed … at").
    func moveOrCloseBefore(_ i: Int) -> Bool {
        let start = max(context.clauseStart(i), i - 12)
        return (start..<i).contains { j in
            guard let word = context.word(j) else { return false }
            return MoveWords.up.contains(word) || MoveWords.down.contains(word) || Self.closeWords.contains(word)
        }
    }

    /// A row of a quotes table: "S&P 500  6,827.41  −69.09  −1.07%". The first unsigned number
    /// is the close, a signed number without `%` the points change, a number with `%` the day's
    /// return (the section label's window when there is one). Rows of names the store does not
    /// hold give no claims.
    func tableRow() -> [Claim] {
        guard let subject = context.subjects.first, subject.start == 0 || tokens[..<subject.start].allSatisfy({ $0.word == nil }),
              subject.symbol != nil else { return [] }
        if let header = context.unit.header, let claims = headedRow(header: header, subject: subject) { return claims }
        var claims: [Claim] = []
        var sawLevel = false
        let numbers = tokens.indices.filter { $0 >= subject.start + subject.length && tokens[$0].number != nil && !context.covered.contains($0) }
        for i in numbers {
            guard case .number(let value, let decimals, let signed) = tokens[i] else { continue }
            let negativeInParentheses = i >= 1 && tokens[i - 1].isMark("(") && value > 0 && false
            var claim: Claim
            if percentEnd(after: i) != nil {
                claim = Claim(text: context.text, kind: .return, stated: StatedDecimal.percent(value, decimals: decimals), precision: halfUnit(decimals: decimals, scale: 100))
                claim.reading.measure = "a table's percent column: the return"
            } else if signed || negativeInParentheses || sawLevel {
                claim = Claim(text: context.text, kind: .points, stated: value, precision: halfUnit(decimals: decimals))
                claim.reading.measure = "a table's change column: points"
                if !signed { claim.reading.doubts.append("an unsigned change column") }
            } else {
                claim = Claim(text: context.text, kind: .level, stated: value, precision: halfUnit(decimals: decimals))
                claim.reading.measure = "a table's first number: the close"
                sawLevel = true
            }
            claim.subject = subject.symbol
            claim.subjectPhrase = subject.phrase
            claim.reading.subject = subject.reason + " (the row's name)"
            if context.sectionWindow?.window == nil { claim.implicitWindows = context.implicitWindows }
            if claim.kind == .level {
                claim.day = context.sectionWindow?.day ?? asOf
                claim.reading.window = "the table's day"
            } else if let window = context.sectionWindow?.window {
                claim.window = window
                claim.reading.window = "section label \"\(context.unit.label ?? "")\""
            } else {
                claim.window = ResolvedWindow(.oneDay, end: asOf)
                claim.reading.window = "a quotes table: the day's change"
            }
            claim.offset = digitOffset(i)
            claim.phrase = context.written(i, percentEnd(after: i).map { $0 - 1 } ?? i)
            claims.append(claim)
        }
        return claims
    }

    /// Cells of a table line: runs separated by two or more spaces, a tab or "|", with their
    /// scalar ranges.
    static func cells(_ line: String) -> [(text: String, start: Int, end: Int)] {
        let scalars = Array(line.unicodeScalars)
        var cells: [(String, Int, Int)] = []
        var start: Int?
        var i = 0
        func close(_ end: Int) {
            guard let s = start else { return }
            var e = end
            while e > s, scalars[e - 1] == " " { e -= 1 }
            if e > s { cells.append((String(String.UnicodeScalarView(scalars[s..<e])), s, e)) }
            start = nil
        }
        while i < scalars.count {
            let c = scalars[i]
            if c == "|" || c == "\t" || (c == " " && i + 1 < scalars.count && scalars[i + 1] == " ") {
                close(i)
                while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" || scalars[i] == "|" { i += 1 }
                continue
            }
            if start == nil, c != " " { start = i }
            i += 1
        }
        close(scalars.count)
        return cells
    }

    /// A row read column by column under its header: "Sleeve  week  1m  ytd" gives each percent the
    /// window of its column; "Last", "Record close", "From record", "Intraday record", "Change",
    /// "% Change" give the kind; a column the reader does not know gives no claim. `nil` when the
    /// header and the row do not have the same number of cells.
    func headedRow(header: String, subject: SubjectMention) -> [Claim]? {
        let heads = Self.cells(header), row = Self.cells(context.text)
        guard heads.count == row.count, heads.count >= 2 else { return nil }
        var claims: [Claim] = []
        for (head, cell) in zip(heads.dropFirst(), row.dropFirst()) {
            guard let i = tokens.indices.first(where: { context.spans[$0].start >= cell.start && context.spans[$0].start < cell.end && tokens[$0].number != nil }),
                  case .number(let value, let decimals, _) = tokens[i] else { continue }
            // A date cell ("2025-12-11") is no figure.
            if Dateline.numericDate(tokens, at: i) != nil { continue }
            let percent = percentEnd(after: i) != nil
            let name = head.text.lowercased()
            var claim: Claim
            if percent {
                claim = Claim(text: context.text, kind: .return, stated: StatedDecimal.percent(value, decimals: decimals), precision: halfUnit(decimals: decimals, scale: 100))
            } else {
                claim = Claim(text: context.text, kind: .level, stated: value, precision: halfUnit(decimals: decimals))
            }
            claim.reading.measure = "a table's column \"\(head.text)\""
            switch name {
            case "from record", "from record close", "off record", "% from record", "from high":
                guard percent else { continue }
                claim.kind = .fromRecord
                claim.day = context.sectionWindow?.day ?? asOf
                claim.window = ResolvedWindow(.oneDay, end: claim.day!)
            case "record close", "record", "closing record", "record high close":
                guard !percent else { continue }
                claim.kind = .recordClose
                claim.day = asOf
            case "intraday record", "record intraday", "intraday high record", "all-time high", "record intraday high":
                guard !percent else { continue }
                claim.kind = .intradayHigh
                claim.window = ResolvedWindow(.oneDay, end: asOf)
            case "last", "close", "price", "level", "last price", "closing level", "value":
                guard !percent else { continue }
                claim.day = context.sectionWindow?.day ?? asOf
            case _ where name.hasPrefix("as of ") && !percent:
                // "As of 1/2": the close on the table's day.
                claim.day = context.sectionWindow?.day ?? asOf
            case "change", "chg", "net change", "net chg", "points", "pts", "pt change", "point change":
                guard !percent else { continue }
                claim.kind = .points
                claim.window = ResolvedWindow(.oneDay, end: asOf)
            case "% change", "%chg", "% chg", "pct change", "change %", "chg %", "%", "pct", "% ch", "1d", "day":
                guard percent else { continue }
                claim.window = ResolvedWindow(.oneDay, end: asOf)
            default:
                // A window column: "week", "1m", "ytd", "6m", "1y", "mtd".
                let form = ["wk": "week", "1w": "week", "week %": "week", "year-to-date": "ytd", "ytd %": "ytd", "month-to-date": "mtd",
                            "weekly change": "week", "week change": "week", "weekly % change": "week", "ytd change": "ytd",
                            "ytd % change": "ytd", "year to date": "ytd", "ytd return": "ytd", "1 week": "week",
                            "mtd change": "mtd"][name] ?? name
                guard percent, let window = Window(form) else { continue }
                claim.window = ResolvedWindow(window, end: context.sectionWindow?.day ?? asOf)
            }
            claim.subject = subject.symbol
            claim.subjectPhrase = subject.phrase
            claim.reading.subject = subject.reason + " (the row's name)"
            claim.reading.window = "the table's column \"\(head.text)\""
            claim.offset = digitOffset(i)
            claim.phrase = context.written(i, percentEnd(after: i).map { $0 - 1 } ?? i)
            claims.append(claim)
        }
        return claims
    }
}
