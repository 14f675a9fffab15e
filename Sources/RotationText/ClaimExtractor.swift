import RotationCore

/// Finds the numeric claims of a plain-text article (see docs/CHECKER.md for the stages and
/// the patterns): structure (`ArticleLayout`) → tokens and mentions (`SentenceContext`) →
/// what each number measures and its claim frame (`SentenceClaims`, `FigureFilter`).
public struct ClaimExtractor: Sendable {
    public var aliases: SubjectAliases

    public init(aliases: SubjectAliases = .defaults) {
        self.aliases = aliases
    }

    /// The claims of `text`, in reading order, with windows resolved against `asOf`.
    ///
    /// The subject of a sentence that says "it" or "the index" is the main subject of the
    /// previous sentence; a section label ("For the week:") gives the window of the figures under
    /// it that name none.
    public func claims(in text: String, asOf: TradingDay) -> [Claim] {
        var claims: [Claim] = []
        var carried: SubjectMention?
        var section: (label: String, window: WindowMention?)?
        let periods = Self.periods(in: text, asOf: asOf)
        var previousWindow: WindowMention?
        let headlineDay = Self.headlineWeekday(text)
        var sectionDoubt: String?
        var session: (paragraph: Int, cue: String)?
        var heading = false
        let units = ArticleLayout.units(text)
        // The first session cue of each paragraph ("Both indexes are on pace to fall…" makes the
        // paragraph's figures a snapshot, before it as after it).
        var paragraphCues: [Int: String] = [:]
        for unit in units where paragraphCues[unit.paragraph] == nil {
            if let cue = SentenceClaims.sessionCue(in: unit.text, tokens: Tokenizer.tokens(unit.text)) { paragraphCues[unit.paragraph] = cue }
        }
        for unit in units {
            if unit.kind == .label, let label = unit.label {
                let mentions = WindowPhrases.find(Tokenizer.tokens(label), asOf: asOf)
                section = (label, mentions.first { $0.window != nil || $0.day != nil })
                sectionDoubt = nil
                // "How major US stock indexes fared Monday" over "On Tuesday:": one of the two is
                // a slip, and the figures cannot say which day they are.
                if let headline = headlineDay, let named = Self.weekdayNames(Tokenizer.tokens(label)).first, named != headline.day {
                    sectionDoubt = "the headline names \"\(headline.word)\", the section label \"\(label)\" another day"
                }
                // A heading that names an index ("Dow Jones Industrial Average (DJI)") is the subject
                // of the bullets under it.
                let heading = SentenceContext(unit: unit, aliases: aliases, windows: { _ in [] }, carried: nil)
                if let main = heading.mainSubject { carried = main }
                continue
            }
            var context = SentenceContext(unit: unit, aliases: aliases, windows: { WindowPhrases.find($0, asOf: asOf) },
                                          carried: unit.kind == .tableRow ? nil : carried,
                                          sectionWindow: unit.label == section?.label ? section?.window : nil)
            context.underHeading = heading
            // A time of day or a session word holds for the rest of its paragraph ("KEEPING SCORE:
            // The S&P 500 was down 1.2% as of 3:05 p.m. The Dow fell 308 points…").
            if let cue = SentenceClaims.sessionCue(in: unit.text, tokens: context.tokens) ?? paragraphCues[unit.paragraph] {
                session = (unit.paragraph, cue)
            } else if session?.paragraph != unit.paragraph {
                session = nil
            }
            // A sentence that speaks of the close is not taken during the session by its paragraph.
            let speaksOfClose = context.tokens.contains { ["closed", "close", "closing", "finished", "ended", "settled"].contains($0.word ?? "") }
            context.sessionCue = session.flatMap { $0.paragraph == unit.paragraph && (!speaksOfClose || SentenceClaims.sessionCue(in: unit.text, tokens: context.tokens) != nil) ? $0.cue : nil }
            context.implicitWindows = (previousWindow.flatMap { w in w.window.map { ("the window of the sentence before, \"\(w.phrase)\"", $0) } }.map { [$0] } ?? [])
                + periods
            var found = SentenceClaims(context: context, asOf: asOf).extract()
            if let doubt = sectionDoubt, unit.label == section?.label {
                for k in found.indices { found[k].reading.doubts.append(doubt) }
            }
            claims += found
            // A sentence without figures that names a window under a label takes the label's place
            // for the lines after it ("For the trading week:" … "With one week to go in trading for
            // the year, the Nasdaq is far ahead." then "Dow is up 12.79%").
            if found.isEmpty, unit.kind == .sentence, let current = section, unit.label == current.label, current.window?.window != nil,
               let named = context.windows.last(where: { $0.window != nil && !$0.isComparison }) {
                section = (current.label, named)
            }
            if let last = context.windows.last(where: { $0.window != nil && !$0.isComparison }) { previousWindow = last } else { previousWindow = nil }
            if unit.kind != .tableRow, let main = context.mainSubject { carried = main }
            // A heading line naming one index holds for the lines under it until one names another.
            if context.isSubjectHeading { heading = true } else if !context.subjects.isEmpty || unit.kind != .sentence { heading = false }
        }
        return claims
    }
}

extension ClaimExtractor {
    /// The weekday a headline names ("How major US stock indexes fared Monday"): the first line of
    /// the text when it is short (a dozen words at most, no full stop) and names exactly one weekday.
    static func headlineWeekday(_ text: String) -> (day: Int, word: String)? {
        guard let line = text.split(separator: "\n", omittingEmptySubsequences: true).first else { return nil }
        let tokens = Tokenizer.tokens(String(line))
        guard tokens.filter({ $0.word != nil }).count <= 12, !tokens.contains(where: { $0.isMark(".") }) else { return nil }
        let named = weekdayNames(tokens)
        guard named.count == 1, let word = tokens.compactMap(\.word).first(where: { CalendarWords.weekdays[$0] != nil }) else { return nil }
        return (named[0], word)
    }

    /// The distinct weekdays named among `tokens`, in order.
    static func weekdayNames(_ tokens: [TextToken]) -> [Int] {
        tokens.compactMap { $0.word.flatMap { CalendarWords.weekdays[$0] } }.uniqued()
    }

    /// The periods an article speaks of, as windows to the as-of day: the week ("week",
    /// "weekly"), the month ("month", the as-of day's month name), the year ("year", "ytd",
    /// "annual").
    static func periods(in text: String, asOf: TradingDay) -> [(reason: String, window: ResolvedWindow)] {
        let words = Set(Tokenizer.tokens(text).compactMap(\.word))
        var periods: [(String, ResolvedWindow)] = []
        if words.contains("week") || words.contains("weekly") || words.contains("weeks") {
            periods.append(("the article speaks of the week", ResolvedWindow(.weekToDate, end: asOf)))
        }
        let monthNames = CalendarWords.months.filter { $0.value == asOf.month }.map(\.key)
        if words.contains("month") || words.contains("monthly") || monthNames.contains(where: words.contains) {
            periods.append(("the article speaks of the month", ResolvedWindow(.monthToDate, end: asOf)))
        }
        if words.contains("year") || words.contains("ytd") || words.contains("annual") {
            periods.append(("the article speaks of the year", ResolvedWindow(.yearToDate, end: asOf)))
        }
        return periods
    }
}

/// Half a unit in the last stated digit: 0.5 × 10^−decimals, divided by `scale` (100 for percent).
func halfUnit(decimals: Int, scale: Double = 1) -> Double {
    var unit = 0.5
    for _ in 0..<decimals { unit /= 10 }
    return unit / scale
}

/// Direction words of market news.
enum MoveWords {
    static let up: Set<String> = [
        "up", "rose", "rise", "rises", "rising", "gained", "gain", "gains", "gaining", "climbed", "climbing", "climbs",
        "added", "adding", "adds", "jumped", "jumps", "rallied", "rally", "rallies", "advanced", "advancing", "advance",
        "surged", "surging", "higher", "rebounded", "increase", "increased", "soared", "firmed", "ahead", "returned",
        "risen", "bounced", "jump", "surge", "soar", "soaring", "popped", "spiked", "gainer", "winning", "recovered",
        "leapt", "leaped", "tacked", "advances", "climb", "appreciating", "appreciated", "plus", "spurted", "rocketed", "zoomed", "vaulted", "skyrocketed", "sprang",
        "rose", "gainers", "improved", "strengthened", "outperformed",
    ]
    static let down: Set<String> = [
        "down", "fell", "fall", "falls", "falling", "dropped", "dropping", "drop", "drops", "lost", "losing", "loses",
        "loss", "slid", "sliding", "slide", "declined", "declining", "decline", "sank", "sinking", "tumbled", "tumbling",
        "slumped", "slump", "lower", "retreated", "retreat", "shed", "shedding", "slipped", "slipping", "eased", "easing",
        "plunged", "plunge", "off", "fallen", "losses", "declines", "skidded", "dipped", "dip", "sagged", "sank", "tumble",
        "shedding", "sheds", "slides", "slipping", "slumping", "tanked", "cratered", "weakened", "lose", "stepped", "pulled",
        "plummeted", "dove", "dived", "nosedived", "stumbled", "shaved", "sagging", "skidding", "felt", "minus", "depreciated",
    ]
    static let beat: Set<String> = [
        "outpacing", "outpaced", "outpace", "outpaces", "outperforming", "outperformed", "outperform", "outperforms",
        "beating", "beat", "beats", "topping", "topped", "outrunning", "outran", "leading", "led", "beaten", "outperformance",
    ]
    static let trail: Set<String> = [
        "trailing", "trailed", "trail", "trails", "lagging", "lagged", "lag", "lags", "underperforming",
        "underperformed", "underperform", "underperforms", "behind", "underperformance",
    ]
}
