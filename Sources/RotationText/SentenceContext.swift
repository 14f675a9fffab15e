import RotationCore
/// A subject named in a sentence: where, which symbol, and as written.
struct SubjectMention: Equatable {
    var start: Int
    var length: Int
    /// The store's symbol; `nil` for a named index or asset the store does not hold ("S&P 600").
    var symbol: String?
    var phrase: String
    /// Written as a possessive ("the S&P 500's").
    var possessive: Bool
    /// Stands for the previous sentence's subject ("it", "the index").
    var carried: Bool
    /// The object of a comparison ("than the S&P 500", "outpacing the Nasdaq"): not the subject
    /// of the figures that follow it.
    var isObject = false
    /// How the subject was found, for the claim's reading.
    var reason: String
    /// Why the subject may be another one ("the index" after a sentence naming two indexes).
    var doubt: String?
}

/// A capitalised name that is no alias: a company, a person, a country ("Nvidia", "Apple").
struct OtherName: Equatable {
    var start: Int
    var text: String
}

/// One unit prepared for extraction: tokens, subjects, windows and covered tokens.
struct SentenceContext {
    let unit: TextUnit
    var text: String { unit.text }
    let spans: [TokenSpan]
    let tokens: [TextToken]
    var subjects: [SubjectMention] = []
    var otherNames: [OtherName] = []
    var windows: [WindowMention] = []
    /// Tokens that belong to a subject name or a window phrase (their numbers are not claims).
    var covered: Set<Int> = []
    /// The window of the section label in force ("For the week:"), if any.
    var sectionWindow: WindowMention?
    /// The subject carried from the sentences before (for "it", and for a bullet that names none).
    let carried: SubjectMention?
    /// A cue that the sentence's figures were taken during the session ("as of 3:05 p.m."), found
    /// in it or in an earlier sentence of its paragraph.
    var sessionCue: String?
    /// The unit follows a heading line that names only an index ("Dow Jones Industrial Average
    /// (DJIA)" over "Finished at 45,621.29 points"): a unit naming none is that index's.
    var underHeading = false
    /// Windows a figure with none stated may be meant in: the previous sentence's, the article's periods.
    var implicitWindows: [(reason: String, window: ResolvedWindow)] = []

    static let pronouns: [[String]] = [["it"], ["its"], ["the", "index"], ["the", "benchmark"], ["the", "fund"],
                                       ["the", "etf"], ["the", "gauge"], ["the", "average"], ["the", "measure"]]

    /// Things an index holds: their moves are not the index's.
    static let memberNouns: Set<String> = ["gainers", "losers", "components", "members", "stocks", "shares", "constituents", "names",
                                           "decliners", "advancers", "laggards", "leaders", "companies", "sectors", "groups"]

    /// Words after which a named index is the object of a comparison, not the subject.
    static let comparisonWords: Set<String> = [
        "than", "versus", "vs", "against", "outpacing", "outpaced", "outperforming", "outperformed", "outperform",
        "beating", "beat", "topping", "topped", "trailing", "trailed", "lagging", "lagged", "behind", "relative",
        "compared", "underperforming", "underperformed", "tracks", "tracking", "track", "mirrors",
    ]

    init(unit: TextUnit, aliases: SubjectAliases, windows finder: ([TextToken]) -> [WindowMention], carried: SubjectMention?,
         sectionWindow: WindowMention? = nil) {
        self.unit = unit
        self.carried = carried
        spans = Tokenizer.spans(unit.text)
        tokens = spans.map(\.token)
        self.sectionWindow = sectionWindow
        windows = finder(tokens)
        var windowTokens: Set<Int> = []
        for mention in windows { windowTokens.formUnion(mention.start..<(mention.start + mention.length)) }
        // "the start of this year's Santa Claus rally": a possessive period names something of
        // that period, not a figure's window ("this year's 24% gain" keeps it; a day's possessive,
        // "Tuesday's close", is the day).
        let tokens = tokens
        windows.removeAll { mention in
            let end = mention.start + mention.length
            guard end + 2 < tokens.count, tokens[end].isMark("'"), tokens[end + 1].word == "s",
                  ["year", "week", "month", "quarter", "decade"].contains(tokens[end - 1].word ?? "") else { return false }
            if tokens[end + 2].number != nil { return false }
            let noun = tokens[end + 2].word ?? ""
            return !(WindowPhrases.moveNouns.contains(noun) || ["performance", "return", "returns", "rally", "advance", "high", "low", "record"].contains(noun))
        }
        var i = 0
        while i < tokens.count {
            if var (symbol, length) = aliases.match(tokens, at: i) {
                // "NASDAQ (NDX)", "Russell 2000 (RUT)": the ticker in parentheses says which series.
                // Also past a word or two: "Russell 2000 ETF (IWM)".
                for gap in 0...2 {
                    let open = i + length + gap
                    guard open + 2 < tokens.count, (i + length..<open).allSatisfy({ tokens[$0].word != nil }), tokens[open].isMark("("),
                          let (ticker, tickerLength) = aliases.match(tokens, at: open + 1), open + 1 + tickerLength < tokens.count,
                          tokens[open + 1 + tickerLength].isMark(")"), !ticker.isEmpty, ticker != SubjectAliases.notASubject else { continue }
                    symbol = ticker
                    length = open + 2 + tickerLength - i
                    break
                }
                if symbol == SubjectAliases.notASubject {
                    covered.formUnion(i..<(i + length))
                    i += length
                    continue
                }
                let possessive = i + length + 1 < tokens.count && tokens[i + length].isMark("'") && tokens[i + length + 1].word == "s"
                let phrase = WindowPhrases.phrase(tokens, i, length)
                var before = (max(0, i - 2)..<i).compactMap { tokens[$0].word }
                if i >= 3, tokens[i - 3].word == "compared" { before.append("compared") }
                // An appositive (", a rival small-cap benchmark,") describes the name before it.
                let comma = (max(0, i - 4)..<i).last { tokens[$0].isMark(",") }
                let appositive = comma.map { c in
                    (c + 1..<i).allSatisfy { tokens[$0].word != nil } && ["a", "an", "the"].contains(tokens[c + 1].word ?? "")
                        && i + length < tokens.count && tokens[i + length].isMark(",") && subjects.contains { $0.start < c }
                } ?? false
                // "the highest gainers of the Nasdaq", "21 components of the index": the index holds
                // the things that moved.
                let container = i >= 2 && ["of", "in", "on"].contains(tokens[i - (tokens[i - 1].word == "the" ? 2 : 1)].word ?? "")
                    && (max(0, i - 5)..<i).contains { Self.memberNouns.contains(tokens[$0].word ?? "") }
                let object = before.contains(where: Self.comparisonWords.contains) || appositive || container
                subjects.append(SubjectMention(start: i, length: length, symbol: symbol.isEmpty ? nil : symbol, phrase: phrase,
                                               possessive: possessive, carried: false, isObject: object,
                                               reason: "named \"\(phrase)\""))
                covered.formUnion(i..<(i + length))
                i += length
                continue
            }
            // A pronoun stands for the nearest subject named before it in this sentence, else for
            // the previous sentence's main subject.
            if let pronoun = Self.pronouns.first(where: { WindowPhrases.words(tokens, i, $0.count) == $0 }) {
                let own = subjects.last { !$0.carried && !$0.possessive && !$0.isObject }
                // "NVIDIA … though it closed down 0.32%": "it" is the company named last.
                if ["it", "its"].contains(pronoun[0]), let name = otherNames.last, name.start > (own?.start ?? -1) {
                    otherNames.append(OtherName(start: i, text: name.text))
                    i += pronoun.count
                    continue
                }
                if let referent = own ?? carried {
                    let written = pronoun.joined(separator: " ")
                    let reason = own != nil ? "\"\(written)\" → \"\(referent.phrase)\" earlier in the sentence"
                        : "\"\(written)\" → \"\(referent.phrase)\", the subject of the sentence before"
                    subjects.append(SubjectMention(start: i, length: pronoun.count, symbol: referent.symbol, phrase: referent.phrase,
                                                   possessive: pronoun == ["its"], carried: true, reason: reason,
                                                   doubt: own == nil ? referent.doubt : nil))
                }
                i += pronoun.count
                continue
            }
            // A sentence's first word is capitalised anyway: a name only when a move verb, "'s" or an
            // appositive comma follows it ("Weber, the grill maker, jumped 17.9%", "Roku shed 4%").
            if i == 0, spans[0].isCapitalized, let word = tokens[0].word, !Self.notNames.contains(word), !Self.sentenceStarters.contains(word),
               !Self.marketWords.contains(word), !windowTokens.contains(0),
               CalendarWords.months[word] == nil, CalendarWords.weekdays[word] == nil, tokens.count > 1,
               tokens[1].isMark(",") || tokens[1].isMark("'") || MoveWords.up.contains(tokens[1].word ?? "") || MoveWords.down.contains(tokens[1].word ?? "") {
                otherNames.append(OtherName(start: 0, text: word))
            }
            if spans[i].isCapitalized, i > 0, !windowTokens.contains(i), let word = tokens[i].word, !Self.notNames.contains(word),
               CalendarWords.months[word] == nil, CalendarWords.weekdays[word] == nil, !Self.marketWords.contains(word) {
                // A name after "by", "from", "like", "including", "according to" is not who moved.
                let lead = tokens[i - 1].word ?? ""
                if !["by", "from", "like", "including", "to", "as", "at", "of", "with", "said", "says"].contains(lead) {
                    otherNames.append(OtherName(start: i, text: word))
                }
            }
            i += 1
        }
        covered.formUnion(windowTokens)
        // A headline in title case capitalises every word: its capitals name nothing.
        let long = spans.filter { ($0.token.word?.count ?? 0) >= 4 }
        if long.count >= 3, long.filter(\.isCapitalized).count * 10 >= long.count * 6 { otherNames = [] }
    }

    /// Capitalised words that name no company or person: the market's furniture, sources,
    /// institutions, units.
    static let notNames: Set<String> = [
        "i", "the", "a", "an", "and", "but", "us", "u", "s", "etf", "etfs", "fund", "funds", "wall", "street", "stocks", "stock", "shares", "fed", "federal",
        "reserve", "reuters", "ap", "bloomberg", "cnbc", "lseg", "factset", "refinitiv", "data", "market", "markets",
        "new", "york", "exchange", "nyse", "index", "indexes", "indices", "composite", "average", "industrial", "industrials",
        "small", "large", "caps", "cap", "tech", "technology", "in", "on", "for", "at", "by", "as", "it", "its", "this",
        "that", "these", "those", "while", "after", "before", "since", "with", "year", "week", "month", "day", "today",
        "eastern", "et", "pm", "am", "edt", "est", "gmt", "utc", "christmas", "thanksgiving", "labor", "easter", "election",
        "inauguration", "independence", "memorial", "veterans", "presidents", "juneteenth", "holiday",
        "black", "trading", "investors", "traders", "analysts", "overall", "meanwhile", "also", "still", "yet",
        "key", "points", "point", "update", "updated", "breaking", "news", "markets", "morning", "afternoon", "friday's",
        "wednesday's", "percent", "record", "records", "rally", "rallies", "gains", "losses", "all", "three", "both", "major",
        "benchmark", "blue", "chip", "chips", "broader", "broad", "smaller", "larger", "big", "bigger", "top",
    ]

    /// Words of market reports written with a capital in headings ("Weekly Increase: 1.45%").
    static let marketWords: Set<String> = MoveWords.up.union(MoveWords.down).union(MoveWords.beat).union(MoveWords.trail)
        .union(WindowPhrases.moveNouns).union(["year", "date", "week", "month", "weekly", "daily", "monthly", "close", "closing",
                                              "change", "performance", "value", "level", "high", "low", "record", "ytd", "mtd",
                                              "previous", "current", "last", "net", "percent", "total", "annual", "quarter"])

    /// Words that often begin a sentence and name nobody.
    static let sentenceStarters: Set<String> = [
        "meanwhile", "still", "overall", "elsewhere", "separately", "however", "also", "yet", "so", "then", "now", "today",
        "yesterday", "here", "there", "what", "when", "where", "why", "how", "which", "who", "if", "although", "though",
        "despite", "because", "since", "after", "before", "during", "while", "year", "last", "next", "for", "on", "in", "at",
        "by", "from", "with", "without", "among", "across", "both", "each", "every", "some", "many", "most", "few", "several",
        "equities", "investors", "traders", "analysts", "strategists", "economists", "bonds", "futures", "shares", "stocks",
        "markets", "prices", "indexes", "gains", "losses", "losers", "gainers", "advancers", "decliners", "volume", "breadth",
        "energy", "technology", "tech", "financials", "utilities", "healthcare", "sectors", "sector", "shares", "earnings",
        "small", "large", "smaller", "larger", "bigger", "big", "mega", "growth", "value", "cyclicals", "defensives",
    ]

    /// The main subject to carry into the next sentence: the first one named that is not the
    /// object of a comparison (else the first named, else a carried one). When the sentence
    /// names two or more indexes in subject position, a later "the index" is in doubt.
    var mainSubject: SubjectMention? {
        var named = subjects.filter { !$0.carried }
        // "While the S&P 500 slipped, the Russell 2000 rose": the subject of the leading clause
        // is not the sentence's.
        if let lead = tokens.first?.word, ["while", "although", "though", "as", "after", "whereas", "if", "when", "unlike"].contains(lead),
           let comma = tokens.firstIndex(where: { $0.isMark(",") }), named.contains(where: { $0.start > comma }) {
            named.removeAll { $0.start < comma }
        }
        let subjectsInPlace = named.filter { !$0.isObject && !$0.possessive }
        guard var main = subjectsInPlace.first ?? named.first ?? subjects.first else { return nil }
        let distinct = Set(subjectsInPlace.map { $0.symbol ?? $0.phrase })
        if distinct.count > 1 {
            main.doubt = "the sentence before names \(subjectsInPlace.map { "\"\($0.phrase)\"" }.uniqued().joined(separator: " and "))"
        }
        return main
    }

    /// A heading line that names one index and nothing else of note: at most eight words, no number
    /// but the index's own, no verb of a move.
    var isSubjectHeading: Bool {
        guard unit.kind == .sentence, subjects.count == 1, !subjects[0].carried, tokens.compactMap(\.word).count <= 8 else { return false }
        let inName = Set(subjects[0].start..<(subjects[0].start + subjects[0].length))
        let words = tokens.compactMap(\.word)
        if words.contains(where: { MoveWords.up.contains($0) || MoveWords.down.contains($0) }) { return false }
        if let last = tokens.last, last.isMark(".") || last.isMark(":") { return false }
        return !tokens.indices.contains { !inName.contains($0) && tokens[$0].number != nil }
    }

    /// The lowercased word at `index`, or `nil`.
    func word(_ index: Int) -> String? {
        index >= 0 && index < tokens.count ? tokens[index].word : nil
    }

    /// True when any of `words` occurs in the sentence.
    func contains(anyOf words: Set<String>) -> Bool {
        tokens.contains { $0.word.map(words.contains) ?? false }
    }

    /// The text between two token indices (inclusive), as written.
    func written(_ from: Int, _ to: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        let a = spans[max(0, from)].start, b = spans[min(spans.count - 1, to)].end
        return String(String.UnicodeScalarView(scalars[a..<b]))
    }

    /// Words that end a clause: a subject named beyond one does not own a figure on this side.
    static let clauseWords: Set<String> = ["while", "whereas", "but", "and", "as", "although", "though", "meanwhile"]

    /// The start of the clause holding token `index`: after the last `;`, or the last clause word.
    func clauseStart(_ index: Int) -> Int {
        var j = index - 1
        while j >= 0 {
            if tokens[j].isMark(";") { return j + 1 }
            if let word = tokens[j].word, Self.clauseWords.contains(word) { return j + 1 }
            j -= 1
        }
        return 0
    }

    /// The subject for a number at `index`: the nearest subject before it that is not the object
    /// of a comparison (unless a "which"/"that" follows that object), else the first named after
    /// it in the same clause; `excluding` skips a benchmark already used. A name that is no index
    /// ("Nvidia") standing nearer before the number takes the figure away from every index
    /// (`nil`, and `other` says whose it is).
    func subject(before index: Int, excluding excluded: SubjectMention? = nil) -> SubjectMention? {
        subjectReading(before: index, excluding: excluded).subject
    }

    func subjectReading(before index: Int, excluding excluded: SubjectMention? = nil) -> (subject: SubjectMention?, other: String?) {
        // "surpassing the S&P 500's gain of 3.1%": the possessor's own move.
        if index >= 2, tokens[index - 1].word == "of", let noun = tokens[index - 2].word, WindowPhrases.moveNouns.contains(noun),
           var owner = subjects.last(where: { $0.possessive && $0 != excluded && $0.start < index - 2 && $0.start + $0.length >= index - 4 }) {
            owner.reason += " (its \"\(noun) of\")"
            return (owner, nil)
        }
        let usable = subjects.filter { $0 != excluded && !($0.possessive && !$0.carried) }
        let before = usable.filter { $0.start < index }
        let relative = before.filter { s in
            s.isObject && (s.start + s.length..<index).contains { ["which", "that", "who"].contains(tokens[$0].word ?? "") }
        }
        let candidate = (before.filter { !$0.isObject } + relative).max { $0.start < $1.start }
        if let name = otherNames.last(where: { $0.start < index }), name.start > (candidate?.start ?? -1),
           !(name.start..<index).contains(where: { tokens[$0].isMark(";") }) {
            return (nil, name.text)
        }
        if let candidate { return (candidate, nil) }
        let clause = clauseEnd(index)
        // After the figure only close by ("a 2% gain for the Nasdaq", "up 2% in the Nasdaq").
        if let after = usable.first(where: { $0.start > index && $0.start < min(clause, index + 7) && !$0.isObject }) {
            var found = after
            found.reason += " (after the figure)"
            return (found, nil)
        }
        // A bullet (or a line) that names no subject at all continues the one before: "--Down 0.92%
        // over the last two trading days" under a line about the Nasdaq.
        if subjects.isEmpty, otherNames.allSatisfy({ $0.start > index }), unit.kind == .bullet || underHeading, var carried {
            carried.reason = "\"\(carried.phrase)\", the subject of the lines before the bullet"
            carried.carried = true
            return (carried, nil)
        }
        return (nil, nil)
    }

    /// Words that start another clause, whose window phrases are not a figure's before them.
    static let windowClauseWords: Set<String> = ["while", "whereas", "but", "as", "although", "though", "meanwhile", "driven",
                                                 "fueled", "fuelled", "because", "amid", "particularly", "thanks", "helped", "boosted",
                                                 "after", "following", "before",
                                                 // "finished down 1.4%, bringing its weekly decline to 2.9%"
                                                 "bringing", "taking", "leaving", "pushing", "putting", "lifting", "dragging"]

    /// The end of the clause holding token `index` (exclusive): a `;` or one of `words` (for
    /// window phrases, `windowClauseWords`).
    func clauseEnd(_ index: Int, words: Set<String> = clauseWords) -> Int {
        var j = index + 1
        while j < tokens.count {
            if tokens[j].isMark(";") { return j }
            if let word = tokens[j].word, words.contains(word) { return j }
            j += 1
        }
        return tokens.count
    }

    /// The window for a number at `index`, between the claim numbers `previous` and `next`:
    /// a phrase after the number (before the next one) first, then one before it (after the
    /// previous one), then the nearest anywhere in the sentence.
    /// With `inherit` (a relative claim, compared with the number before it) a phrase between the
    /// previous number and this one counts for this one too.
    func window(for index: Int, previous: Int?, next: Int?, needsDay: Bool = false, inherit: Bool = false) -> WindowMention? {
        // A day after "since" or "from" ("down 1% since last Friday") is where a window starts,
        // never the window of a later figure.
        let candidates = windows.filter { mention in
            if !needsDay, mention.window?.window == .oneDay, mention.start >= 1,
               ["since", "from"].contains(word(mention.start - 1) ?? "") || (mention.start >= 2 && ["since", "from"].contains(word(mention.start - 2) ?? "")) {
                return false
            }
            // "beat the record it marked in October, rising 179 points": when a record was set.
            if !needsDay, recordSetting(before: mention.start) { return false }
            return mention.isAfterAsOf || (needsDay ? mention.day != nil : mention.window != nil)
        }
        // After the number, within its clause: not past "as", "while", "but", "driven by"…
        // ("closed out 2023 with a gain of 24% as … particularly in the last two months").
        let clause = clauseEnd(index, words: Self.windowClauseWords)
        if let after = candidates.first(where: { $0.start > index && $0.start < min(next ?? Int.max, clause) && !$0.leadsFigure }) { return after }
        // "gains of 4.4% and 5.5%, respectively, in December": figures in a list share the window
        // written after the last of them.
        if let next, next > index, (index + 1..<next).allSatisfy({ k in
            tokens[k].isMark("%") || tokens[k].isMark(",") || ["and", "or", "percent", "per", "cent", "points", "point", "pts"].contains(tokens[k].word ?? "")
        }) {
            let nextClause = clauseEnd(next, words: Self.windowClauseWords)
            let further = (next + 1..<tokens.count).first { tokens[$0].number != nil } ?? tokens.count
            if let shared = candidates.first(where: { $0.start > next && $0.start < min(nextClause, further) && !$0.leadsFigure && !$0.isComparison }) {
                return shared
            }
        }
        // A phrase before the number that follows the previous number belongs to that number.
        if let before = candidates.last(where: { $0.start < index && $0.start > (previous ?? -1) }), previous == nil || inherit {
            return before
        }
        if previous != nil, !candidates.contains(where: { $0.start < index && $0.start > previous! }),
           let before = candidates.last(where: { $0.start < index }) {
            return before
        }
        if previous != nil, candidates.contains(where: { $0.start < index && $0.start > previous! }) { return nil }
        // Not a phrase of a later clause ("… to 37,689.54 after setting a record Thursday").
        var nearest = candidates.filter { $0.start < index || $0.start < clause && !$0.leadsFigure }
            .min { abs($0.start - index) < abs($1.start - index) }
        nearest?.isNearestOnly = true
        return nearest
    }
}

extension SentenceContext {
    /// The words before `start` say when a record or peak was set: "the record it marked in
    /// October", "its high set in January", "a peak reached on Feb. 19".
    func recordSetting(before start: Int) -> Bool {
        let verbs: Set<String> = ["set", "marked", "hit", "reached", "notched", "established", "touched", "posted"]
        guard start >= 2, let verb = (max(0, start - 2)..<start).last(where: { verbs.contains(word($0) ?? "") }) else { return false }
        return (max(0, verb - 4)..<verb).contains { ["record", "records", "high", "highs", "peak"].contains(word($0) ?? "") }
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
