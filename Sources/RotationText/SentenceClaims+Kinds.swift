import RotationCore

extension SentenceClaims {
    static let memberWords: Set<String> = ["stocks", "members", "companies", "constituents", "components", "issues", "names", "shares"]

    /// A claim about a percentage at `i`: breadth, short interest, distance from a record,
    /// co-movement, relative or return. Returns the claim and the token indices it used up
    /// (the second number of a range or ratio); `nil` when the figure is no index claim.
    func percentClaim(at i: Int, value: Double, decimals: Int, signed: Bool, end: Int,
                      previous: Int?, next: Int?) -> (Claim, Set<Int>)? {
        var low = value, high = value, used: Set<Int> = []
        var rangeDecimals = decimals
        var after = end
        var precision = halfUnit(decimals: decimals, scale: 100)
        // A range "2–3%" or "7.9% to 8%" is read at its first number.
        if let rangeEnd = rangeEnd(at: i) {
            let second = rangeEnd - 2 - (context.word(rangeEnd - 1) == "cent" ? 1 : 0)
            if case .number(let upper, let upperDecimals, _) = tokens[second] {
                rangeDecimals = max(decimals, upperDecimals)
                // Written either way round ("4–3%" is the range 3–4%: a fuzzer find gave it a
                // negative precision).
                low = min(value, upper)
                high = max(value, upper)
                used.insert(second)
                after = rangeEnd
                precision = (high - low) / 200
            }
        }
        // "typically move about 1.1% on days when the S&P 500 moves 1%": the co-movement pattern is
        // read before the words of averages and forecasts exclude the figure.
        let comovementBase = Claim(text: context.text, kind: .return, stated: StatedDecimal.percentMidpoint(low, high, decimals: rangeDecimals), precision: precision, qualifier: qualifier(before: i))
        if let claim = coMovement(at: i, base: comovementBase, after: after, low: low, high: high) {
            return (claim.0, used.union(claim.1))
        }
        guard !FigureFilter.measuresSomethingElse(self, at: i, after: after) || isBreadthOrShort(after) else { return nil }
        // "underperformed the Nasdaq 100 by 43%", "(−80%)" beside such a comparison: a spread
        // between two returns, not a return.
        if context.contains(anyOf: MoveWords.beat.union(MoveWords.trail)) {
            if i >= 1, context.word(i - 1) == "by" || (i >= 2 && context.word(i - 2) == "by" && Qualifier(words: [context.word(i - 1) ?? ""]) != nil) { return nil }
            if i >= 1, tokens[i - 1].isMark("(") { return nil }
        }
        let qualifier = qualifier(before: i)
        var base = Claim(text: context.text, kind: .return, stated: StatedDecimal.percentMidpoint(low, high, decimals: rangeDecimals), precision: precision, qualifier: qualifier)
        // Breadth: "60% of the stocks", short interest: "5.5% of market cap".
        if context.word(after) == "of" {
            let tail = (after + 1..<min(tokens.count, after + 6)).compactMap { context.word($0) }
            if tail.contains(where: Self.memberWords.contains) {
                var claim = base
                claim.kind = .breadth
                claim.direction = tail.contains(where: MoveWords.down.contains) || context.contains(anyOf: ["lower", "fell", "declined", "down"]) ? .down : .up
                guard assignSubject(&claim, at: i) else { return nil }
                applyWindow(to: &claim, at: i, previous: previous, next: next)
                claim.reading.measure = "percent of the members"
                return (claim, used)
            }
            if tail.starts(with: ["market"]) || tail.contains("float") || tail.contains("outstanding") || context.contains(anyOf: ["short"]) {
                var claim = base
                claim.kind = .shortInterest
                guard assignSubject(&claim, at: i) else { return nil }
                claim.reading.measure = "percent of \(tail.prefix(2).joined(separator: " ")): short interest"
                return (claim, used)
            }
            // "within 6% of its record"
            if let claim = fromRecord(at: i, base: base, after: after, previous: previous, next: next) { return (claim, used) }
            return nil
        }
        if let claim = fromRecord(at: i, base: base, after: after, previous: previous, next: next) { return (claim, used) }
        let sinceDay = sinceNamedDay(after: after)
        if FigureFilter.measuredFromIntradayExtreme(self, after: after) { return nil }
        if let claim = coMovement(at: i, base: base, after: after, low: low, high: high) {
            return (claim.0, used.union(claim.1))
        }
        if let claim = coMovementLed(at: i, base: base, after: after) {
            return (claim.0, used.union(claim.1))
        }
        let move = signed ? nil : directionWord(before: i, after: after)
        let sign = signed ? (value < 0 ? -1.0 : 1.0) : (move?.sign ?? 1)
        base.stated = sign * abs(base.stated)
        var claim = base
        claim.reading.measure = signed ? "signed percent: a price return" : move.map { "percent with \"\($0.word)\": a price return" }
            ?? "percent with no direction word: a rise"
        if !signed, move == nil { claim.reading.doubts.append("no direction word: read as a rise") }
        // Relative: the number belongs to a possessive subject ("the S&P 500's 11%").
        var k = i - 1
        if k >= 0, Qualifier(words: [context.word(k) ?? ""]) != nil { k -= 1 }
        // "the S&P 500's modest 1.5% gain": a describing word or two between.
        func describing(_ index: Int) -> Bool {
            guard index >= 0, let word = context.word(index), word != "s", !context.spans[index].isCapitalized else { return false }
            return !["and", "or", "of", "the", "a", "an", "to", "by", "its", "their"].contains(word)
                && !MoveWords.up.contains(word) && !MoveWords.down.contains(word)
        }
        func possessiveEnds(_ index: Int) -> Bool { index >= 1 && context.word(index) == "s" && tokens[index - 1].isMark("'") }
        if describing(k), possessiveEnds(k - 1) { k -= 1 } else if describing(k), describing(k - 1), possessiveEnds(k - 2) { k -= 2 }
        if k >= 1, context.word(k) == "s", tokens[k - 1].isMark("'"),
           let benchmark = context.subjects.last(where: { $0.start + $0.length == k - 1 }) {
            claim.kind = .relative
            claim.benchmark = benchmark.symbol
            // "The Russell 2000 … outpaced the S&P and Nasdaq's 0.5% and 0.9% respective losses":
            // the subject is the one before the comparing verb.
            let verb = tokens.indices.first { MoveWords.beat.union(MoveWords.trail).contains(context.word($0) ?? "") }
            let beforeVerb = verb.flatMap { v in v < benchmark.start ? context.subjects.last(where: { $0.start < v && $0 != benchmark && !$0.isObject }) : nil }
            guard let subject = beforeVerb ?? context.subject(before: benchmark.start, excluding: benchmark) else {
                // "the S&P 500's 1.1% fall" with nothing compared: the S&P 500's own return.
                claim.kind = .return
                claim.benchmark = nil
                claim.subject = benchmark.symbol
                claim.subjectPhrase = benchmark.phrase
                claim.reading.subject = benchmark.reason + " (possessive)"
                applyWindow(to: &claim, at: i, previous: previous, next: next)
                return (claim, used)
            }
            claim.subject = subject.symbol
            claim.subjectPhrase = subject.phrase
            claim.reading.subject = subject.reason + "; compared with \"\(benchmark.phrase)\""
            // No word says who led ("pales in comparison to the S&P 500's 10% gain"): only the
            // benchmark's figure is checked.
            claim.direction = context.contains(anyOf: MoveWords.trail) ? .down : context.contains(anyOf: MoveWords.beat) ? .up : nil
            claim.stated = StatedDecimal.percent(signed ? value : abs(value), decimals: decimals)
            if !signed, let move, move.sign < 0 { claim.stated = -claim.stated }
            // "the S&P's 1% down tick", "the Nasdaq's 3% drop": the noun right after the figure.
            if !signed, let noun = context.word(after) {
                if Self.downNouns.contains(noun) { claim.stated = -abs(claim.stated) } else if Self.upNouns.contains(noun) { claim.stated = abs(claim.stated) }
            }
            claim.reading.measure = "percent after a possessive index: that index's return, and the subject's comparison with it"
            claim.reading.doubts.removeAll { $0.hasPrefix("no direction word") }
        } else if let owner = subjectAfterMoveNoun(after) {
            // "a 24.8% rise by the S&P 500", "a 2% gain for the Nasdaq".
            claim.subject = owner.symbol
            claim.subjectPhrase = owner.phrase
            claim.reading.subject = owner.reason + " (\"… by/for\" after the figure)"
        } else {
            guard assignSubject(&claim, at: i) else { return nil }
        }
        applyWindow(to: &claim, at: i, previous: previous, next: next)
        annualWindow(&claim, at: i)
        if let (day, phrase) = sinceDay {
            claim.window = ResolvedWindow(.since(day), end: asOf)
            claim.windowPhrase = phrase
            claim.reading.window = "from the close of \(day) (\"\(phrase)\")"
            claim.implicitWindows = []
        }
        return (claim, used)
    }

    /// "its second consecutive annual gain exceeding 20%": with no window of its own, a figure
    /// after "annual gain" (or loss, decline…) is the calendar year's, as of the article's day; read
    /// with doubt before December (the year is not over).
    func annualWindow(_ claim: inout Claim, at i: Int) {
        guard claim.window?.window == .oneDay else { return }
        let start = max(context.clauseStart(i), i - 4)
        guard let annual = (start..<i).first(where: { ["annual", "yearly"].contains(context.word($0) ?? "") }),
              WindowPhrases.moveNouns.contains(context.word(annual + 1) ?? "") else { return }
        claim.window = ResolvedWindow(.calendarYear(asOf.year), end: asOf)
        claim.windowPhrase = WindowPhrases.phrase(tokens, annual, 2)
        claim.implicitWindows = []
        claim.reading.window = "\"\(claim.windowPhrase)\": the calendar year \(asOf.year) to the article's day"
        claim.reading.doubts.removeAll { $0.hasPrefix("no window stated") }
        if asOf.month != 12 { claim.reading.doubts.append("an annual figure before the year is over") }
    }

    /// "Off 0.78% from the Election Day close of 11160.57 on Tuesday, Nov. 3, 2020", "up 4.71% from
    /// its 52-week low of 10575.62 hit Friday, Sept. 30, 2022": the return since that day's close.
    func sinceNamedDay(after: Int) -> (TradingDay, String)? {
        guard let word = context.word(after), word == "from" || word == "since" else { return nil }
        let end = context.clauseEnd(after)
        guard let mention = context.windows.first(where: { $0.start > after && $0.start < end && $0.day != nil }), let day = mention.day else { return nil }
        return (day, mention.phrase)
    }

    /// The subject named right after a move noun that follows the figure: "rise by the S&P 500".
    func subjectAfterMoveNoun(_ after: Int) -> SubjectMention? {
        guard let noun = context.word(after), WindowPhrases.moveNouns.contains(noun) || ["jump", "surge", "climb", "slump", "retreat"].contains(noun),
              let preposition = context.word(after + 1), ["by", "for", "in", "of", "at"].contains(preposition) else { return nil }
        let start = context.word(after + 2) == "the" ? after + 3 : after + 2
        if let named = context.subjects.first(where: { $0.start == start && !$0.carried }) { return named }
        // "a 40.8% gain for the technology-heavy Nasdaq Composite": a few describing words between.
        guard let named = context.subjects.first(where: { $0.start > start && !$0.carried }), named.start <= start + 4,
              (start..<named.start).allSatisfy({ context.tokens[$0].word != nil || context.tokens[$0].isMark("-") }),
              !(start..<named.start).contains(where: { ["and", "or", "than", "while", "as", "but", "with"].contains(context.word($0) ?? "") })
        else { return nil }
        return named
    }

    private func isBreadthOrShort(_ after: Int) -> Bool {
        guard context.word(after) == "of" else { return false }
        let tail = (after + 1..<min(tokens.count, after + 6)).compactMap { context.word($0) }
        return tail.contains(where: Self.memberWords.contains) || tail.starts(with: ["market"]) || tail.contains("float")
            || tail.contains("outstanding")
    }

    /// "3.1% below its record close", "down 10% from its peak", "within 2% of its all-time high":
    /// the close against the record close (negative below it).
    func fromRecord(at i: Int, base: Claim, after: Int, previous: Int?, next: Int?) -> Claim? {
        var j = after
        var within = false
        if i >= 1, context.word(i - 1) == "within" { within = true }
        if j < tokens.count, let word = context.word(j), ["below", "under", "off", "from", "short", "shy", "away", "of"].contains(word) {
            if word == "of" && !within { return nil }
            j += 1
        } else {
            return nil
        }
        if context.word(j) == "of" || context.word(j) == "from" { j += 1 }
        if let word = context.word(j), ["its", "the", "their", "a", "an"].contains(word) { j += 1 }
        // "below it's all-time high": the possessive misspelt.
        else if context.word(j) == "it", j + 2 < tokens.count, tokens[j + 1].isMark("'"), context.word(j + 2) == "s" { j += 3 }
        var k = j
        var words: [String] = []
        while k < min(tokens.count, j + 5), let word = context.word(k) {
            words.append(word)
            k += 1
        }
        if k < tokens.count, tokens[k].isMark("-"), let word = context.word(k + 1) { words.append(word) }
        // The record: "its record close", "its all-time high", "its peak", "its high" — not "its
        // 52-week high", "its bull market high" or "its 2022 closing high" (other peaks, read as
        // a return since their day).
        let first = words.first ?? ""
        let isRecord = ["record", "all", "peak", "peaks"].contains(first) || (["high", "highs"].contains(first) && j < tokens.count)
        guard isRecord, tokens.indices.contains(j), tokens[j].number == nil else { return nil }
        if words.contains("low") || words.contains("lows") { return nil }
        var claim = base
        claim.kind = .fromRecord
        claim.stated = -abs(base.stated)
        if within { claim.qualifier = .atMost }
        if case .number(52, 0, _) = tokens.indices.contains(j) ? tokens[j] : .mark(" ") {
            claim.reading.doubts.append("measured from a 52-week high, not the record")
        }
        claim.reading.measure = "percent below the record close (\(words.prefix(3).joined(separator: " ")))"
        guard assignSubject(&claim, at: i) else { return nil }
        // A day named after the figure ("its record close of 16057.44 hit Friday, Nov. 19, 2021") is
        // when the record was set; only one before it ("On Friday, …") is the day measured.
        if let mention = context.window(for: i, previous: previous, next: next, needsDay: true), mention.start < i {
            claim.day = mention.day
            claim.windowPhrase = mention.phrase
            claim.isAfterArticle = mention.isAfterAsOf
            claim.reading.window = "\"\(mention.phrase)\""
        } else {
            claim.day = asOf
            claim.reading.window = "none stated: the close of the article's day"
        }
        claim.window = claim.day.map { ResolvedWindow(.oneDay, end: $0) }
        if words.contains("intraday") { claim.reading.measure += ", intraday" }
        return claim
    }

    /// "can swing 2–3% on days when the S&P 500 moves 1%": the ratio of the two moves.
    func coMovement(at i: Int, base: Claim, after: Int, low: Double, high: Double) -> (Claim, Set<Int>)? {
        guard let when = (after..<min(tokens.count, after + 6)).first(where: { context.word($0) == "when" || (context.word($0) == "every" && context.word($0 - 1) == "for") }),
              (when + 1..<min(tokens.count, when + 8)).contains(where: { ["moves", "move", "falls", "rises", "drops", "gains", "swings", "moved", "fell", "rose", "slips", "climbs"].contains(context.word($0) ?? "") }),
              let benchmark = context.subjects.first(where: { $0.start > when }),
              let second = (benchmark.start..<tokens.count).first(where: { if case .number = tokens[$0], !context.covered.contains($0), percentEnd(after: $0) != nil { return true }; return false }),
              case .number(let move, let moveDecimals, _) = tokens[second], move != 0 else { return nil }
        var claim = base
        claim.kind = .coMovement
        claim.benchmark = benchmark.symbol
        let subject = context.subject(before: i, excluding: benchmark)
        claim.subject = subject?.symbol
        claim.subjectPhrase = subject?.phrase ?? ""
        claim.reading.subject = subject?.reason ?? "no index named"
        claim.reading.measure = "a move \"when\" another index moves: the ratio of the moves (beta)"
        claim.stated = (low + high) / 2 / abs(move)
        claim.precision = low == high ? halfUnit(decimals: moveDecimals > 0 ? moveDecimals : 1) : (high - low) / 2 / abs(move)
        if low == high, case .number(_, let decimals, _) = tokens[i] { claim.precision = halfUnit(decimals: decimals) / abs(move) }
        // A move of a few hundred zeros after the point overflows the ratio: no claim.
        guard claim.stated.isFinite, claim.precision.isFinite else { return nil }
        claim.windowPhrase = "past year"
        claim.window = ResolvedWindow(.trailingYears(1), end: asOf)
        claim.reading.window = "none stated: the trailing year"
        return (claim, [second])
    }

    /// "on days the S&P 500 moved about 1%, the Russell 2000 typically moved 1.09%": the benchmark's
    /// move first, then the subject's; the ratio of the two.
    func coMovementLed(at i: Int, base: Claim, after: Int) -> (Claim, Set<Int>)? {
        let start = max(0, i - 14)
        // "on days the S&P 500 moved 1%", "on a day when…" — not "on the last day in January".
        guard let days = (start..<i).first(where: { k in
                  ["days", "sessions"].contains(context.word(k) ?? "")
                      || (context.word(k) == "day" && k > 0 && ["a", "any", "each", "every", "average"].contains(context.word(k - 1) ?? ""))
              }),
              let benchmark = context.subjects.first(where: { $0.start > days && $0.start < i }),
              let comma = (after..<tokens.count).first(where: { tokens[$0].isMark(",") }),
              let subject = context.subjects.first(where: { $0.start > comma && $0.symbol != benchmark.symbol }),
              let second = (subject.start..<tokens.count).first(where: { tokens[$0].number != nil && !context.covered.contains($0) && percentEnd(after: $0) != nil }),
              case .number(let move, let moveDecimals, _) = tokens[second], case .number(let lead, _, _) = tokens[i], lead != 0 else { return nil }
        var claim = base
        claim.kind = .coMovement
        claim.subject = subject.symbol
        claim.subjectPhrase = subject.phrase
        claim.benchmark = benchmark.symbol
        claim.stated = abs(move) / abs(lead)
        claim.precision = halfUnit(decimals: moveDecimals) / abs(lead)
        guard claim.stated.isFinite, claim.precision.isFinite else { return nil }
        claim.qualifier = .exact
        claim.reading.subject = subject.reason + "; against \"\(benchmark.phrase)\""
        claim.reading.measure = "a move on days another index moves: the ratio of the moves (beta)"
        claim.windowPhrase = "past year"
        claim.window = ResolvedWindow(.trailingYears(1), end: asOf)
        claim.reading.window = "none stated: the trailing year"
        return (claim, [second])
    }

    /// "four consecutive weeks", "5 straight sessions", "three weeks in a row", "a 4-week winning
    /// streak", "11 consecutive trading sessions", "its fifth straight weekly gain".
    func streak(at i: Int) -> Claim? {
        guard let count = CalendarWords.count(tokens, at: i) ?? context.word(i).flatMap({ CalendarWords.ordinalWords[$0] }) else { return nil }
        var j = i + 1
        var hyphen = false, marked = false
        if let word = context.word(j), ["consecutive", "straight", "successive"].contains(word) { j += 1; marked = true }
        else if j < tokens.count, tokens[j].isMark("-") { j += 1; hyphen = true }
        if context.word(j) == "trading" { j += 1 }
        if hyphen, j < tokens.count, tokens[j].isMark("-") { j += 1 }  // "three-trading-day"
        guard var unitWord = context.word(j) else { return nil }
        // "its fifth gain in a row", "a third straight record": a run of sessions unless "weekly"
        // or "monthly" says otherwise ("its sixth weekly gain").
        if ["gain", "gains", "loss", "losses", "decline", "declines", "advance", "advances", "rise", "rises", "drop", "drops",
            "record", "records", "win", "wins", "up", "down"].contains(unitWord) {
            unitWord = "session"
        }
        let unit: StreakUnit
        switch unitWord {
        case "day", "days", "session", "sessions", "daily": unit = .day
        case "week", "weeks", "weekly": unit = .week
        case "month", "months", "monthly": unit = .month
        default: return nil
        }
        let rest = (j + 1..<min(tokens.count, j + 4)).compactMap { context.word($0) }
        // "a 4-week winning streak", not "its 52-week high" nor "a two-day selloff".
        if hyphen, let next = rest.first, ["winning", "losing", "streak", "run", "stretch"].contains(next) { marked = true }
        if rest.starts(with: ["in", "a", "row"]) || rest.first == "running" { marked = true }
        guard marked else { return nil }
        // "failed to move by 1%, up or down, for six straight weeks": a run of another kind.
        if (max(0, i - 14)..<i).contains(where: { ["failed", "without", "didn't", "not", "never", "no"].contains(context.word($0) ?? "") }) { return nil }
        // "as several mega-cap stocks slid for the second consecutive week": the members' run.
        if (max(1, i - 5)..<i).contains(where: { k in
            (MoveWords.up.contains(context.word(k) ?? "") || MoveWords.down.contains(context.word(k) ?? ""))
                && SentenceContext.memberNouns.contains(context.word(k - 1) ?? "")
        }) { return nil }
        // "its longest win streak since the eight-session stretch ended Sept. 13, 2019": a past run
        // the article compares with.
        let pastRun = i >= 2 && context.word(i - 2) == "since" && ["the", "a", "its", "an"].contains(context.word(i - 1) ?? "")
        // "the past 12 weeks", "over the last five sessions" is a window, not a streak.
        if i >= 1, let lead = context.word(i - 1), ["past", "last", "previous", "trailing", "next", "first"].contains(lead) { return nil }
        var claim = Claim(text: context.text, kind: .streak, stated: Double(count), precision: 0.5, unit: unit)
        let relativeUp = context.contains(anyOf: MoveWords.beat), relativeDown = context.contains(anyOf: MoveWords.trail)
        if relativeUp || relativeDown, let benchmark = context.subjects.last(where: { $0.start < i && $0.isObject })
            ?? context.subjects.last(where: { $0.start < i && $0 != context.subject(before: $0.start) && $0 != context.subjects.first })
            ?? context.subjects.dropFirst().first {
            claim.benchmark = benchmark.symbol
            claim.direction = relativeDown ? .down : .up
            guard let subject = context.subject(before: benchmark.start, excluding: benchmark) ?? context.subjects.first(where: { $0 != benchmark && !$0.isObject }) else { return nil }
            claim.subject = subject.symbol
            claim.subjectPhrase = subject.phrase
            claim.reading.subject = subject.reason + "; against \"\(benchmark.phrase)\""
            claim.reading.measure = "a run of \(unit.rawValue)s \(relativeDown ? "trailing" : "beating") another index"
        } else {
            if relativeUp || relativeDown { return nil }
            guard assignSubject(&claim, at: i) else { return nil }
            var falling = context.contains(anyOf: MoveWords.down.subtracting(["off"])) && !context.contains(anyOf: ["rose", "gained", "gains", "advanced", "climbed", "rallied", "higher", "gain", "winning"])
            // "a four-day losing streak", "a five-week winning run": the streak's own word decides.
            let own = (max(0, i - 2)..<min(tokens.count, j + 3)).compactMap { context.word($0) }
            if own.contains(where: ["losing", "skid", "slide", "loss", "losses", "decline", "declines", "drop", "drops", "retreat"].contains) {
                falling = true
            } else if own.contains(where: ["winning", "rally", "gain", "gains", "advance", "advances", "rise", "rises"].contains) {
                falling = false
            }
            else if Self.endsRun(context, before: i) {
                // "the slump in May reversed a four-month run": the run went the other way.
                falling.toggle()
            }
            claim.direction = falling ? .down : .up
            claim.reading.measure = "a run of \(falling ? "falling" : "rising") \(unit.rawValue)s"
            if (max(0, i - 5)..<min(tokens.count, j + 4)).contains(where: { ["record", "records"].contains(context.word($0) ?? "") }) {
                claim.countsRecords = true
                claim.direction = .up
                claim.reading.measure = "a run of record closes (\(unit.rawValue)s)"
                if unit != .day { claim.reading.doubts.append("a run of weekly or monthly records") }
            }
        }
        claim.windowPhrase = WindowPhrases.phrase(tokens, i, j - i + 1)
        claim.window = ResolvedWindow(unit == .week ? .weekToDate : unit == .month ? .monthToDate : .oneDay, end: asOf)
        claim.reading.window = "the run ending on the article's day"
        // "zoomed up and down last week, ending with its second straight weekly loss": the run
        // ends with the period the sentence names.
        // "as of Thursday had beaten the S&P 500 for 14 straight sessions": the run ends that day.
        let clause = context.clauseEnd(i, words: SentenceContext.windowClauseWords)
        if let earlier = context.windows.first(where: { mention in
            // Not past "but", "while", "as" ("rose for five straight sessions, …, but it slipped on Thursday").
            guard !mention.isComparison, mention.start < i || mention.start < clause else { return false }
            if unit == .day, let day = mention.day ?? mention.endsWindowOn, mention.window == nil || mention.window?.window == .oneDay {
                return day < asOf
            }
            guard let window = mention.window, window.end < asOf else { return false }
            return unit == .week ? window.window == .weekToDate : unit == .month ? window.window == .monthToDate : window.window == .oneDay
        }), let end = earlier.window?.end ?? earlier.day ?? earlier.endsWindowOn {
            claim.window = ResolvedWindow(claim.window?.window ?? .oneDay, end: end)
            claim.reading.window = "the run ending with \"\(earlier.phrase)\" (\(end))"
        }
        if Self.endsRun(context, before: i) {
            claim.runEnded = true
            claim.reading.window = "the run that ended with the article's day (\"snapped\", \"ended\"): the run before it"
        } else if Self.endedLater(context, after: j) {
            // "outperformed for 14 consecutive sessions before a 1.8% pullback ended that streak":
            // the run is over, and the day it ended is not said.
            claim.runEnded = true
            claim.reading.window = "a run that has ended (\"ended that streak\"): the run before the article's day"
            claim.reading.doubts.append("the run ended on a day the article does not state")
        }
        if pastRun { claim.reading.doubts.append("a past run the article compares with (\"since the …\")") }
        // "its second straight day of gains over 3%": a run of moves beyond a size, not of rises.
        if rest.first == "of", (j + 1..<min(tokens.count, j + 6)).contains(where: { tokens[$0].isMark("%") || context.word($0) == "percent" }) {
            claim.reading.doubts.append("a run of moves beyond a stated size, not of all rises")
        }
        return claim
    }

    /// The sentence says a run ended ("snapped a three-day winning streak", "reversed a
    /// four-month run").
    /// The verb stands just before the run's count (within four words), so that "ending a six-week
    /// winning streak as stocks slid for the second consecutive week" ends only the first.
    static func endsRun(_ context: SentenceContext, before i: Int) -> Bool {
        (max(0, i - 4)..<i).contains { k in
            // "ending with its second straight weekly loss" closes a period with the run, not the run.
            Self.runEndingVerbs.contains(context.word(k) ?? "") && context.word(k + 1) != "with"
        }
    }

    static let runEndingVerbs: Set<String> = ["snaps", "snapped", "snap", "snapping", "ends", "ended", "ending", "broke", "breaks",
                                              "breaking", "halted", "halts", "reversed", "reverses", "reversing"]

    /// The run is said to have ended after it is named: "… for 14 consecutive sessions before a
    /// slight pullback ended that streak", "… until Friday snapped it".
    static func endedLater(_ context: SentenceContext, after j: Int) -> Bool {
        let words = (j + 1..<context.tokens.count).compactMap { context.word($0) }
        guard let lead = words.firstIndex(where: { ["before", "until", "till"].contains($0) }) else { return false }
        return words[lead...].contains(where: runEndingVerbs.contains)
    }

    /// "15 times forward earnings", "18x earnings".
    func valuation(at i: Int, value: Double, decimals: Int) -> Claim? {
        guard let next = context.word(i + 1), next == "times" || next == "x" else { return nil }
        let tail = (i + 2..<min(tokens.count, i + 5)).compactMap { context.word($0) }
        guard tail.contains("earnings") || tail.contains("profits") else { return nil }
        var claim = Claim(text: context.text, kind: .valuation, stated: value, precision: halfUnit(decimals: decimals),
                          qualifier: qualifier(before: i))
        guard assignSubject(&claim, at: i) else { return nil }
        claim.windowPhrase = tail.contains("forward") ? "forward" : "trailing"
        claim.reading.measure = "a multiple of \(claim.windowPhrase) earnings"
        claim.reading.window = claim.windowPhrase
        return claim
    }
}
