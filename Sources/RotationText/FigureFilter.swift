/// Numbers that are no index figure: forecasts, earnings and other measures, intraday distances.
/// Decided before a claim is framed, so that such a number is never checked as an index price.
enum FigureFilter {
    /// Words of what a number measures when it is not an index's price: a number with one of these
    /// before it in its clause, or in the words right after its unit, measures that.
    static let otherMeasures: Set<String> = [
        "earnings", "eps", "profit", "profits", "revenue", "revenues", "sales", "margin", "margins", "income", "guidance",
        "dividend", "dividends", "yield", "yields", "rate", "rates", "inflation", "cpi", "ppi", "pce", "gdp", "unemployment",
        "payrolls", "jobs", "wages", "futures", "volume", "volumes", "flows", "inflows", "outflows", "weighting", "weight",
        "weights", "stake", "probability", "odds", "chance", "chances", "debt", "loans", "deficit", "tariff", "tariffs", "tax",
        "taxes", "bps", "basis", "capitalization", "valuation", "valuations", "multiple", "premium", "discount",
        "allocation", "exposure", "growth", "cut", "cuts", "hike", "hikes", "coupon", "mortgage", "spending", "sentiment",
        "survey", "poll", "respondents", "ownership", "turnover", "share", "portion", "percentage", "unprofitable", "borrowing",
        "costs", "cost", "estimates", "estimate", "consensus", "forecast", "forecasts", "target", "targets",
        "expense", "fee", "fees", "sector", "sectors", "industrials", "financials", "utilities", "materials", "staples",
        "discretionary", "semiconductors", "chipmakers", "banks", "retailers", "energy", "stocks'", "ratio", "line",
        "volatility", "volatile", "correlation", "beta", "sharpe", "drawdown", "momentum",
    ]

    /// Words that make a number a forecast or a hypothesis rather than a reported figure.
    static let forecastWords: Set<String> = [
        "could", "would", "may", "might", "should", "will", "expects", "expected", "expect", "forecast", "forecasts",
        "predicts", "predicted", "projects", "projected", "sees", "target", "targets", "estimate", "estimates", "outlook",
        "potential", "upside", "downside", "if", "scenario", "aims", "hopes", "likely", "average", "averaged", "typically",
        "historically", "typical", "tends", "median", "seasonal", "seasonally", "statistically",
        // "correction territory — defined as a 10% drop from a recent high": a definition.
        "defined", "definition", "threshold",
    ]

    /// Words after a unit that continue its noun ("2% earnings growth", "3% yield").
    static let nounRunStops: Set<String> = [
        "as", "after", "while", "and", "but", "when", "on", "for", "to", "in", "since", "from", "this", "last", "the", "a",
        "its", "their", "with", "at", "over", "during", "before", "of", "or", "than", "by",
    ]

    /// The number at `i` is part of no figure: money amounts, counts of companies.
    static func isNotAFigure(_ claims: SentenceClaims, at i: Int) -> Bool {
        let context = claims.context
        if let unit = context.word(i + 1), ["million", "billion", "trillion", "bn", "mln", "basis", "bps"].contains(unit) { return true }
        if i + 2 < context.tokens.count, context.tokens[i + 1].isMark("-"), context.word(i + 2) == "basis" { return true }
        return false
    }

    /// The percent at `i` (its unit ending before `after`) measures something other than an
    /// index's price: a forecast, earnings, a rate, a single stock's weight.
    static func measuresSomethingElse(_ claims: SentenceClaims, at i: Int, after: Int) -> Bool {
        let context = claims.context
        // "defined as a 10% drop": a definition, even past the "as" that starts a clause.
        if (max(0, i - 4)..<i).contains(where: { ["defined", "definition"].contains(context.word($0) ?? "") }) { return true }
        // Before the number: back to the start of its clause (or its subject).
        let start = context.clauseStart(i)
        let subjectEnd = context.subjects.last(where: { $0.start < i && $0.start >= start && !$0.carried }).map { $0.start + $0.length } ?? start
        for j in stride(from: i - 1, through: start, by: -1) {
            // Words of a name or a window phrase ("Dow Jones Industrial Average") measure nothing.
            guard !context.covered.contains(j), let word = context.word(j) else { continue }
            if forecastWords.contains(word) { return true }
            if j >= subjectEnd, otherMeasures.contains(word) || (word == "cap" && context.word(j - 1) == "market") { return true }
        }
        // After the unit: the noun it qualifies ("2% earnings growth", "a 3% yield").
        var k = after
        while k < min(context.tokens.count, after + 3), let word = context.word(k), !nounRunStops.contains(word) {
            if otherMeasures.contains(word) { return true }
            if ["chance", "probability", "odds"].contains(word) { return true }
            k += 1
        }
        // "percentage points" written after the number.
        if context.word(after) == "points", context.word(after - 1) == "percentage" { return true }
        return false
    }

    /// "600 points from the lows", "2% off its intraday high": measured from an intraday extreme.
    static func measuredFromIntradayExtreme(_ claims: SentenceClaims, after: Int) -> Bool {
        let context = claims.context
        guard let word = context.word(after), ["from", "off"].contains(word) else { return false }
        let tail = (after + 1..<min(context.tokens.count, after + 5)).compactMap { context.word($0) }
        return tail.contains { ["session", "intraday", "lows", "highs"].contains($0) }
    }
}
