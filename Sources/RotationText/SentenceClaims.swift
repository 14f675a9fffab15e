import RotationCore

/// The claims of one unit of text (a sentence, a bullet, a table row): the stages after the
/// mentions — what each number measures, then its subject and window, then the claim frame with
/// its reading and doubts.
struct SentenceClaims {
    let context: SentenceContext
    let asOf: TradingDay
    var tokens: [TextToken] { context.tokens }

    /// Indices of numbers that may carry a claim (not inside a subject name or window phrase,
    /// nor part of a time "9:30" or a date "12/12/2025").
    var claimNumbers: [Int] {
        tokens.indices.filter { i in
            guard !context.covered.contains(i) else { return false }
            if case .number = tokens[i] {
                // "9:30", "12/12/2025": the marks touch the digits on both sides.
                func touching(_ a: Int, _ b: Int) -> Bool { context.spans[a].end == context.spans[b].start }
                if i + 2 < tokens.count, tokens[i + 1].isMark(":") || tokens[i + 1].isMark("/"), tokens[i + 2].number != nil,
                   touching(i, i + 1), touching(i + 1, i + 2) { return false }
                if i >= 2, tokens[i - 1].isMark(":") || tokens[i - 1].isMark("/"), tokens[i - 2].number != nil,
                   touching(i - 2, i - 1), touching(i - 1, i) { return false }
                return true
            }
            // A number written in words counts only where it counts periods ("four straight weeks").
            guard let word = context.word(i), CalendarWords.numberWords[word] != nil || CalendarWords.ordinalWords[word] != nil else { return false }
            return streak(at: i) != nil
        }
    }

    func extract() -> [Claim] {
        switch context.unit.kind {
        case .label: return []
        case .tableRow: return tableRow()
        case .sentence, .bullet: break
        }
        let numbers = claimNumbers
        var claims: [Claim] = []
        var consumed: Set<Int> = []
        for (n, i) in numbers.enumerated() where !consumed.contains(i) {
            let previous = n > 0 ? numbers[n - 1] : nil
            let next = n + 1 < numbers.count ? numbers[n + 1] : nil
            if var streak = streak(at: i) {
                if finish(&streak, at: i) { claims.append(streak) }
                continue
            }
            guard case .number(let value, let decimals, let signed) = tokens[i] else { continue }
            if FigureFilter.isNotAFigure(self, at: i) { continue }
            var found: (Claim, Set<Int>)?
            if percentEnd(after: i) != nil || rangeEnd(at: i) != nil {
                found = percentClaim(at: i, value: value, decimals: decimals, signed: signed,
                                     end: percentEnd(after: i) ?? i + 1, previous: previous, next: next)
            } else if let claim = points(at: i, value: value, decimals: decimals, previous: previous, next: next)
                        ?? valuation(at: i, value: value, decimals: decimals)
                        ?? level(at: i, value: value, decimals: decimals, previous: previous, next: next) {
                found = (claim, [])
            }
            guard var (claim, used) = found else { continue }
            consumed.formUnion(used)
            if finish(&claim, at: i) { claims.append(claim) }
        }
        if context.contains(anyOf: ["respectively"]) { pairRespectively(&claims) }
        if context.contains(anyOf: ["respective"]) { pairRespective(&claims) }
        markSeries(&claims)
        return claims
    }

    /// "returns in October of -2.8%, -1.9%, -2%, -16.9% and +1.4%" — three or more returns of one
    /// subject and one window in a row, or figures after "have seen" in a sentence about past years:
    /// figures of past periods the sentence does not date one by one.
    func markSeries(_ claims: inout [Claim]) {
        let returns = claims.indices.filter { claims[$0].kind == .return }
        var k = 0
        while k < returns.count {
            var run = [returns[k]]
            while k + run.count < returns.count, case let next = returns[k + run.count],
                  claims[next].subject == claims[run[0]].subject, claims[next].window == claims[run[0]].window { run.append(next) }
            if run.count >= 3 {
                for index in run { claims[index].reading.doubts.append("one of \(run.count) figures of one subject and window: past periods, not dated one by one") }
            }
            k += run.count
        }
        let words = context.tokens.compactMap(\.word)
        if words.contains("years"), words.contains("seen"), words.contains("have") || words.contains("has") {
            for index in claims.indices where [.return, .points, .level].contains(claims[index].kind) {
                claims[index].reading.doubts.append("past years (\"have seen\"): not the figure of one period")
            }
        }
    }

    /// "XLF, XLB and XLV rose 3.1%, 3.7% and 3.1%, respectively": the k-th percent belongs to the
    /// k-th subject named before the first of them. When the counts differ, every claim of the
    /// sentence is in doubt.
    func pairRespectively(_ claims: inout [Claim]) {
        // Each "respectively" closes a group of figures: "gains of 4.4% and 5.5%, respectively, in
        // December, which leaves them up 24.2% and 43.4%, respectively, this year".
        let marks = context.tokens.indices.filter { context.word($0) == "respectively" }.map { context.spans[$0].start + context.unit.offset }
        let percents = claims.indices.filter { claims[$0].kind == .return }
        let groups = Dictionary(grouping: percents) { index in marks.first { $0 > claims[index].offset } ?? Int.max }
        let firstOffset = percents.first.map { claims[$0].offset - context.unit.offset } ?? 0
        let named = context.subjects.filter { !$0.carried && !$0.isObject && context.spans[$0.start].start < firstOffset }
        var paired: Set<Int> = []
        for (mark, group) in groups where mark != Int.max && group.count >= 2 && group.count == named.count {
            for (k, index) in group.sorted().enumerated() {
                claims[index].subject = named[k].symbol
                claims[index].subjectPhrase = named[k].phrase
                claims[index].reading.subject = named[k].reason + " (\"respectively\": figure \(k + 1) of \(group.count))"
                claims[index].reading.doubts.removeAll { $0.hasPrefix("no direction word") || $0.hasPrefix("the subject is named after") }
                paired.insert(index)
            }
        }
        for k in claims.indices where !paired.contains(k) {
            claims[k].reading.doubts.append("\"respectively\" pairs figures with subjects by their order")
        }
    }

    /// Nouns of a fall or a rise written after a figure ("a 1% down tick", "3% drop").
    static let downNouns: Set<String> = ["loss", "losses", "decline", "declines", "drop", "drops", "fall", "falls", "downtick", "dip",
                                         "slide", "slump", "retreat", "selloff", "down"]
    static let upNouns: Set<String> = ["gain", "gains", "rise", "rises", "rally", "advance", "advances", "uptick", "increase", "jump", "climb", "up"]

    /// "the S&P and Nasdaq's 0.5% and 0.9% respective losses": the figures before "respective"
    /// belong, in order, to the subjects named last before the first of them (the compared
    /// index of a relative claim, else the subject). When they do not pair, they are in doubt.
    func pairRespective(_ claims: inout [Claim]) {
        guard let mark = context.tokens.indices.first(where: { context.word($0) == "respective" }) else { return }
        let markOffset = context.spans[mark].start + context.unit.offset
        let group = claims.indices.filter { [.return, .relative].contains(claims[$0].kind) && claims[$0].offset < markOffset }
            .filter { markOffset - claims[$0].offset < 40 }
        guard group.count >= 2, let first = group.first else { return }
        let firstOffset = claims[first].offset - context.unit.offset
        let named = context.subjects.filter { !$0.carried && context.spans[$0.start].start < firstOffset }.suffix(group.count)
        guard named.count == group.count else {
            for index in group { claims[index].reading.doubts.append("\"respective\" pairs figures with subjects by their order") }
            return
        }
        // "… respective losses": the noun after "respective" gives the figures their sign.
        let noun = context.word(mark + 1) ?? ""
        let sign: Double? = MoveWords.down.contains(noun) || Self.downNouns.contains(noun) ? -1
            : MoveWords.up.contains(noun) || Self.upNouns.contains(noun) ? 1 : nil
        for (index, subject) in zip(group, named) {
            if let sign { claims[index].stated = sign * abs(claims[index].stated) }
            if claims[index].kind == .relative {
                claims[index].benchmark = subject.symbol
                let reading = claims[index].reading.subject
                let own = reading.firstRange(of: "; compared with").map { String(reading[..<$0.lowerBound]) } ?? reading
                claims[index].reading.subject = own + "; compared with \"\(subject.phrase)\" (\"respective\": figure in order)"
            } else {
                claims[index].subject = subject.symbol
                claims[index].subjectPhrase = subject.phrase
                claims[index].reading.subject = subject.reason + " (\"respective\")"
            }
        }
    }

    /// Sets the claim's offset, phrase and reading; false when the figure belongs to a name that
    /// is no index ("Nvidia rose 3%"), so there is no index claim.
    func finish(_ claim: inout Claim, at i: Int) -> Bool {
        claim.offset = digitOffset(i)
        if let comparison = context.windows.first(where: \.isComparison), [.return, .points, .level].contains(claim.kind) {
            claim.reading.doubts.append("the sentence compares with the past (\"\(comparison.phrase)\"): the figure may be that day's")
        }
        if [.return, .points, .level].contains(claim.kind), let phrase = Self.extremePhrase(context) {
            claim.reading.doubts.append("a figure at the period's extreme (\"\(phrase)\"), not at its end")
        }
        if [.return, .points, .level].contains(claim.kind), let phrase = Self.averagePhrase(context) {
            claim.reading.doubts.append("a historical average or a count of past cases (\"\(phrase)\"), not one period's figure")
        }
        if [.return, .points, .level].contains(claim.kind), let cue = context.sessionCue {
            claim.duringSession = cue
            claim.reading.doubts.append("a figure during the session (\"\(cue)\"), not at the close")
        }
        if claim.phrase.isEmpty { claim.phrase = statedPhrase(at: i) }
        if claim.reading.measure.isEmpty { claim.reading.measure = claim.kind.rawValue }
        return true
    }

    /// Where the number at `i` starts in the article: its first digit (after a written sign).
    func digitOffset(_ i: Int) -> Int {
        var start = context.spans[i].start
        if case .number(_, _, true) = tokens[i] { start += 1 }
        return context.unit.offset + start
    }

    /// "was down 8.8% at the month's low", "at one point", "at its worst": a figure at the low or
    /// high of a period, not at its close.
    static func extremePhrase(_ context: SentenceContext) -> String? {
        let words = context.tokens.compactMap(\.word)
        for k in words.indices where words[k] == "as" && k + 2 < words.count && words[k + 2] == "as"
            && ["much", "high", "low", "far", "many"].contains(words[k + 1]) {
            return "as \(words[k + 1]) as"
        }
        for k in words.indices where words[k] == "at" {
            let next = Array(words[(k + 1)..<min(words.count, k + 5)])
            if next.starts(with: ["one", "point"]) { return "at one point" }
            if let extreme = next.prefix(4).firstIndex(where: { ["low", "lows", "high", "highs", "worst", "best", "peak", "bottom", "trough"].contains($0) }),
               next.first == "the" || next.first == "its" || next.first == "their" {
                return "at " + next[...extreme].joined(separator: " ")
            }
        }
        return nil
    }

    /// "rose 30% for the year on average", "historically", "in the five instances": an average
    /// over past cases.
    static func averagePhrase(_ context: SentenceContext) -> String? {
        let words = context.tokens.compactMap(\.word)
        for k in words.indices {
            if words[k] == "average", k > 0, words[k - 1] == "on" { return "on average" }
            if ["averaged", "historically", "instances", "occasions"].contains(words[k]) { return words[k] }
        }
        return nil
    }

    /// Words of a figure taken during the session rather than at the close.
    static let sessionWords: Set<String> = ["afternoon", "morning", "midday", "opened", "opening", "premarket", "intraday",
                                            "midsession", "noon"]

    /// The cue in `text` that its figures were taken during the session, as written: a session
    /// word ("midday"), a time of day ("as of 3:05 p.m.", "at 11:30 ET"), or trading in progress
    /// ("is trading up", "in early trading", "in the early hours of trading"); `nil` when none.
    static func sessionCue(in text: String, tokens: [TextToken]) -> String? {
        if let word = tokens.compactMap(\.word).first(where: sessionWords.contains) { return word }
        let lower = text.lowercased()
        if let time = lower.firstMatch(of: /\b\d{1,2}(:\d{2})?\s?(a\.m\.|p\.m\.|am\b|pm\b)|\b\d{1,2}:\d{2}\s?(et|edt|est)\b/) {
            return String(time.output.0)
        }
        for phrase in ["is trading", "are trading", "was trading", "were trading", "early trading", "late trading",
                       "early hours of trading", "so far today", "so far in the session", "earlier in the session",
                       "on pace to", "on track to", "on course to", "on pace for", "on track for"] where lower.contains(phrase) {
            return phrase
        }
        return nil
    }

    /// The stated phrase: from the move word (or the subject) before the number to its unit.
    func statedPhrase(at i: Int) -> String {
        var start = i
        var j = i - 1
        while j >= max(0, i - 4) {
            if case .number = tokens[j], !context.covered.contains(j) { break }
            if tokens[j].isMark(".") || tokens[j].isMark(";") { break }
            if let word = context.word(j), MoveWords.up.contains(word) || MoveWords.down.contains(word) || Qualifier(words: [word]) != nil
                || ["closed", "ended", "finished", "settled", "at", "to", "record"].contains(word) {
                start = j
            }
            j -= 1
        }
        var end = i
        if let percent = percentEnd(after: i) { end = percent - 1 }
        if let range = rangeEnd(at: i) { end = range - 1 }
        if end + 1 < tokens.count, let word = context.word(end + 1), ["points", "point", "pts", "times", "x"].contains(word) { end += 1 }
        if end + 1 < tokens.count, context.word(end + 1) == "percent" { end += 1 }
        return context.written(start, end)
    }

    /// The index after a `%` / "percent" following the number at `i`, or `nil`.
    func percentEnd(after i: Int) -> Int? {
        guard i + 1 < tokens.count else { return nil }
        if tokens[i + 1].isMark("%") || context.word(i + 1) == "percent" || context.word(i + 1) == "pct" { return i + 2 }
        if context.word(i + 1) == "per", context.word(i + 2) == "cent" { return i + 3 }
        return nil
    }

    /// The end of a percent range starting at `i` ("2–3%", "7.9% to 8%"), or `nil`.
    func rangeEnd(at i: Int) -> Int? {
        var j = i + 1
        if let end = percentEnd(after: i) { j = end }
        guard j + 1 < tokens.count,
              tokens[j].isMark("–") || tokens[j].isMark("-") || tokens[j].isMark("—") || context.word(j) == "to",
              case .number = tokens[j + 1] else { return nil }
        // "rose 1.1% to 6,827" is a return and a level, not a range.
        guard percentEnd(after: j + 1) != nil else { return nil }
        return percentEnd(after: j + 1)
    }

    /// The qualifier written just before the number at `i` (skipping a `$`).
    func qualifier(before i: Int) -> Qualifier {
        var j = i - 1
        if j >= 0, tokens[j].isMark("$") { j -= 1 }
        if j >= 0, tokens[j].isMark("-"), j >= 1, context.word(j - 1) == "sub" { return .under }
        if j >= 1, let a = context.word(j - 1), let b = context.word(j), let q = Qualifier(words: [a, b]) { return q }
        if j >= 0, let a = context.word(j), let q = Qualifier(words: [a]) { return q }
        return .exact
    }

    /// +1 or −1 from the nearest direction word within five tokens before the number (not
    /// crossing another number), else within three after the percent sign; +1 when none.
    func direction(before i: Int, after end: Int) -> Double {
        directionWord(before: i, after: end)?.sign ?? 1
    }

    /// The direction word that signs the number at `i`, and its sign.
    func directionWord(before i: Int, after end: Int) -> (word: String, sign: Double)? {
        var j = i - 1
        while j >= max(0, i - 6) {
            // "fell 33.67 points, or 0.7%": the points figure shares the percent's move word.
            if case .number(let value, _, let signed) = tokens[j], !context.covered.contains(j) {
                // "fell 1.2% or 494.82 points": the percent before shares its move word too, and a
                // written sign ("-0.02%, or 0.63 points") is the move.
                let pointsAfter = context.word(j + 1).map { ["points", "point", "pts"].contains($0) } ?? false
                    || (j + 2 < tokens.count && tokens[j + 1].isMark(",") && context.word(j + 2) == "or")
                let percentAfter = percentEnd(after: j) != nil
                guard pointsAfter || percentAfter else { break }
                if signed, value != 0 { return ("sign", value < 0 ? -1 : 1) }
                j -= 1
                continue
            }
            if let word = context.word(j) {
                // "gave up 60.02 points"
                if word == "up", ["gave", "gives", "giving", "give"].contains(context.word(j - 1) ?? "") { return ("gave up", -1) }
                if MoveWords.up.contains(word) { return (word, 1) }
                if MoveWords.down.contains(word) { return (word, -1) }
            }
            j -= 1
        }
        for k in end..<min(tokens.count, end + 3) {
            if let word = context.word(k) {
                if MoveWords.up.contains(word) { return (word, 1) }
                if MoveWords.down.contains(word) { return (word, -1) }
            }
        }
        return nil
    }

    /// Sets the claim's subject from the number at `i`; false when the figure belongs to a name
    /// that is no index.
    func assignSubject(_ claim: inout Claim, at i: Int, excluding: SubjectMention? = nil) -> Bool {
        let (subject, other) = context.subjectReading(before: i, excluding: excluding)
        if other != nil { return false }
        claim.subject = subject?.symbol
        claim.subjectPhrase = subject?.phrase ?? ""
        claim.reading.subject = subject?.reason ?? "no index named in the sentence or the one before"
        if let doubt = subject?.doubt { claim.reading.doubts.append(doubt) }
        if let subject, subject.reason.hasSuffix("(after the figure)"), !subject.carried {
            // "a 2% gain for the Nasdaq" is common; a subject after the figure in a sentence that
            // names another index before it is not.
            if context.subjects.contains(where: { $0.start < i && !$0.isObject }) {
                claim.reading.doubts.append("the subject is named after the figure")
            }
        }
        return true
    }

    /// Sets the claim's window phrase and window from the phrase that belongs to the number at
    /// `i`; else the section label's window; else one day to the as-of day (a phrase after the
    /// as-of day: no window, and the claim is marked `isAfterArticle`).
    func applyWindow(to claim: inout Claim, at i: Int, previous: Int?, next: Int?) {
        // "a modest 1.9% increase over the same period": the period of a figure before it, which
        // the windows a reader would take (the sentence before, the article's periods) stand for.
        let clause = context.clauseEnd(i, words: SentenceContext.windowClauseWords)
        if let same = (i + 1..<min(clause, tokens.count)).first(where: { context.word($0) == "same" }),
           ["period", "stretch", "span", "time", "timeframe", "window", "months", "weeks", "days"].contains(context.word(same + 1) ?? ""),
           !context.windows.contains(where: { $0.start > i && $0.start < same }) {
            // The window of a figure before it in the sentence ("gains of 16.7% so far in 2023,
            // compared to … a 44.5% increase by the Nasdaq over the same period").
            if let earlier = context.windows.last(where: { $0.start < i && $0.window != nil && !$0.isComparison && !$0.leadsFigure }),
               let window = earlier.window {
                claim.windowPhrase = earlier.phrase
                claim.window = window
                claim.isAfterArticle = earlier.isAfterAsOf
                claim.reading.window = "\"the same \(context.word(same + 1) ?? "")\": \"\(earlier.phrase)\", the window of a figure before it"
                return
            }
            claim.windowPhrase = ""
            claim.window = ResolvedWindow(.oneDay, end: asOf)
            claim.implicitWindows = context.implicitWindows.filter { $0.window != claim.window }
            claim.reading.window = "\"the same \(context.word(same + 1) ?? "")\" as a figure before: the windows of the sentence before and the article"
            if claim.implicitWindows.isEmpty { claim.reading.doubts.append("\"the same period\" with no earlier window to take") }
            return
        }
        if let mention = context.window(for: i, previous: previous, next: next, inherit: claim.kind == .relative) {
            claim.windowPhrase = mention.phrase
            claim.window = mention.window
            claim.isAfterArticle = mention.isAfterAsOf
            claim.reading.window = "\"\(mention.phrase)\""
            if mention.isNearestOnly {
                // "Stocks closed lower on Tuesday as … its second annual gain exceeding 20%": the
                // phrase belongs to another figure; other windows are tried too.
                claim.reading.window += " (the nearest phrase of the sentence)"
                claim.implicitWindows = context.implicitWindows.filter { $0.window != claim.window }
            }
            return
        }
        // A window written at the head of the sentence ("Last week, …", "Year to date, …") holds for
        // every figure of the sentence that has none of its own.
        if let first = claimNumbers.first, let lead = context.windows.first(where: { $0.start < first && $0.window != nil && !$0.isComparison }) {
            claim.windowPhrase = lead.phrase
            claim.window = lead.window
            claim.reading.window = "\"\(lead.phrase)\" at the head of the sentence"
            return
        }
        if let section = context.sectionWindow, let window = section.window {
            claim.windowPhrase = ""
            claim.window = window
            claim.reading.window = "section label \"\(context.unit.label ?? section.phrase)\""
            return
        }
        claim.windowPhrase = ""
        claim.window = ResolvedWindow(.oneDay, end: asOf)
        claim.implicitWindows = context.implicitWindows.filter { $0.window != claim.window }
        if isPresentTense(before: i) {
            claim.reading.window = "none stated: read as the day's move"
            claim.reading.doubts.append("no window stated and the verb is in the present tense (\"is up\", \"has gained\"): the period is unknown")
        } else {
            claim.reading.window = "none stated: the day's move (the article's day)"
        }
    }

    /// "is up", "are down", "has gained", "have fallen", "'s up" within five tokens before `i`.
    func isPresentTense(before i: Int) -> Bool {
        let words = (max(0, i - 6)..<i).compactMap { context.word($0) }
        return words.contains { ["is", "are", "has", "have", "remains", "remain", "stands", "sits", "now"].contains($0) }
    }
}
