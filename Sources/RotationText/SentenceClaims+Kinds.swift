import RotationCore

extension SentenceClaims {
    static let memberWords: Set<String> = ["stocks", "members", "companies", "constituents", "components", "issues", "names", "shares"]

    /// A claim about a percentage at `i`: breadth, short interest, co-movement, relative or return.
    /// Returns the claim and the token indices it used up (the second number of a range or ratio).
    func percentClaim(at i: Int, value: Double, decimals: Int, signed: Bool, end: Int,
                      previous: Int?, next: Int?) -> (Claim, Set<Int>)? {
        var low = value, high = value, used: Set<Int> = []
        var after = end
        var precision = halfUnit(decimals: decimals, scale: 100)
        // A range "2–3%" is read at its first number.
        if i + 3 < tokens.count, tokens[i + 1].isMark("–") || tokens[i + 1].isMark("-") || tokens[i + 1].isMark("—") || context.word(i + 1) == "to",
           case .number(let upper, _, _) = tokens[i + 2], let rangeEnd = percentEnd(after: i + 2) {
            // Written either way round ("4–3%" is the range 3–4%: a fuzzer find gave it a
            // negative precision).
            low = min(value, upper)
            high = max(value, upper)
            used.insert(i + 2)
            after = rangeEnd
            precision = (high - low) / 200
        } else if percentEnd(after: i) == nil {
            return nil
        }
        let qualifier = qualifier(before: i)
        let base = Claim(text: context.text, kind: .return, stated: (low + high) / 200, precision: precision, qualifier: qualifier)
        // Breadth: "60% of the stocks", short interest: "5.5% of market cap".
        if context.word(after) == "of" {
            let tail = (after + 1..<min(tokens.count, after + 6)).compactMap { context.word($0) }
            if tail.contains(where: Self.memberWords.contains) {
                var claim = base
                claim.kind = .breadth
                claim.direction = tail.contains(where: MoveWords.down.contains) || context.contains(anyOf: ["lower", "fell", "declined", "down"]) ? .down : .up
                let subject = context.subject(before: i)
                claim.subject = subject?.symbol
                claim.subjectPhrase = subject?.phrase ?? ""
                applyWindow(to: &claim, at: i, previous: previous, next: next)
                return (claim, used)
            }
            if tail.starts(with: ["market"]) || tail.contains("float") || tail.contains("outstanding") || context.contains(anyOf: ["short"]) {
                var claim = base
                claim.kind = .shortInterest
                let subject = context.subject(before: i)
                claim.subject = subject?.symbol
                claim.subjectPhrase = subject?.phrase ?? ""
                return (claim, used)
            }
            return nil
        }
        if let claim = coMovement(at: i, base: base, after: after, low: low, high: high) {
            return (claim.0, used.union(claim.1))
        }
        let sign = signed ? (value < 0 ? -1.0 : 1.0) : direction(before: i, after: after)
        var claim = base
        claim.stated = sign * abs(claim.stated)
        // Relative: the number belongs to a possessive subject ("the S&P 500's 11%").
        var k = i - 1
        if k >= 0, Qualifier(words: [context.word(k) ?? ""]) != nil { k -= 1 }
        if k >= 1, context.word(k) == "s", tokens[k - 1].isMark("'"),
           let benchmark = context.subjects.last(where: { $0.start + $0.length == k - 1 }) {
            claim.kind = .relative
            claim.benchmark = benchmark.symbol
            let subject = context.subject(before: benchmark.start, excluding: benchmark)
            claim.subject = subject?.symbol
            claim.subjectPhrase = subject?.phrase ?? ""
            claim.direction = context.contains(anyOf: MoveWords.trail) ? .down : .up
            claim.stated = signed ? value / 100 : abs(value) / 100
        } else {
            let subject = context.subject(before: i)
            claim.subject = subject?.symbol
            claim.subjectPhrase = subject?.phrase ?? ""
        }
        applyWindow(to: &claim, at: i, previous: previous, next: next)
        return (claim, used)
    }

    /// "can swing 2–3% on days when the S&P 500 moves 1%": the ratio of the two moves.
    func coMovement(at i: Int, base: Claim, after: Int, low: Double, high: Double) -> (Claim, Set<Int>)? {
        guard let when = (after..<tokens.count).first(where: { context.word($0) == "when" || (context.word($0) == "every" && context.word($0 - 1) == "for") }),
              let benchmark = context.subjects.first(where: { $0.start > when }),
              let second = (benchmark.start..<tokens.count).first(where: { if case .number = tokens[$0], !context.covered.contains($0), percentEnd(after: $0) != nil { return true }; return false }),
              case .number(let move, let moveDecimals, _) = tokens[second], move != 0 else { return nil }
        var claim = base
        claim.kind = .coMovement
        claim.benchmark = benchmark.symbol
        let subject = context.subject(before: i, excluding: benchmark)
        claim.subject = subject?.symbol
        claim.subjectPhrase = subject?.phrase ?? ""
        claim.stated = (low + high) / 2 / abs(move)
        claim.precision = low == high ? halfUnit(decimals: moveDecimals > 0 ? moveDecimals : 1) : (high - low) / 2 / abs(move)
        if low == high, case .number(_, let decimals, _) = tokens[i] { claim.precision = halfUnit(decimals: decimals) / abs(move) }
        // A move of a few hundred zeros after the point overflows the ratio: no claim.
        guard claim.stated.isFinite, claim.precision.isFinite else { return nil }
        claim.windowPhrase = "past year"
        claim.window = ResolvedWindow(.trailingYears(1), end: asOf)
        return (claim, [second])
    }

    /// "four consecutive weeks", "5 straight sessions", "three weeks in a row", "a 4-week winning streak".
    func streak(at i: Int) -> Claim? {
        guard let count = CalendarWords.count(tokens, at: i) else { return nil }
        var j = i + 1
        if let word = context.word(j), ["consecutive", "straight", "successive"].contains(word) { j += 1 }
        else if j < tokens.count, tokens[j].isMark("-") { j += 1 }
        guard let unitWord = context.word(j) else { return nil }
        let unit: StreakUnit
        switch unitWord {
        case "day", "days", "session", "sessions": unit = .day
        case "week", "weeks": unit = .week
        case "month", "months": unit = .month
        default: return nil
        }
        let rest = (j + 1..<min(tokens.count, j + 4)).compactMap { context.word($0) }
        let marked = j > i + 1 || rest.starts(with: ["in", "a", "row"])
        guard marked else { return nil }
        var claim = Claim(text: context.text, kind: .streak, stated: Double(count), precision: 0.5, unit: unit)
        let relativeUp = context.contains(anyOf: MoveWords.beat), relativeDown = context.contains(anyOf: MoveWords.trail)
        if relativeUp || relativeDown, let benchmark = context.subjects.last(where: { $0.start < i && $0 != context.subject(before: $0.start) && $0 != context.subjects.first }) ?? context.subjects.dropFirst().first {
            claim.benchmark = benchmark.symbol
            claim.direction = relativeDown ? .down : .up
            let subject = context.subject(before: benchmark.start, excluding: benchmark)
            claim.subject = subject?.symbol
            claim.subjectPhrase = subject?.phrase ?? ""
        } else {
            let subject = context.subject(before: i)
            claim.subject = subject?.symbol
            claim.subjectPhrase = subject?.phrase ?? ""
            claim.direction = context.contains(anyOf: MoveWords.down.subtracting(["off"])) && !context.contains(anyOf: ["rose", "gained", "gains", "advanced", "climbed", "rallied", "higher"]) ? .down : .up
        }
        claim.windowPhrase = WindowPhrases.phrase(tokens, i, j - i + 1)
        claim.window = ResolvedWindow(unit == .week ? .weekToDate : unit == .month ? .monthToDate : .oneDay, end: asOf)
        return claim
    }

    /// "15 times forward earnings", "18x earnings".
    func valuation(at i: Int, value: Double, decimals: Int) -> Claim? {
        guard let next = context.word(i + 1), next == "times" || next == "x" else { return nil }
        let tail = (i + 2..<min(tokens.count, i + 5)).compactMap { context.word($0) }
        guard tail.contains("earnings") || tail.contains("profits") else { return nil }
        var claim = Claim(text: context.text, kind: .valuation, stated: value, precision: halfUnit(decimals: decimals),
                          qualifier: qualifier(before: i))
        let subject = context.subject(before: i)
        claim.subject = subject?.symbol
        claim.subjectPhrase = subject?.phrase ?? ""
        claim.windowPhrase = tail.contains("forward") ? "forward" : "trailing"
        return claim
    }

    /// A closing level, record close or intraday high.
    func level(at i: Int, value: Double, decimals: Int, previous: Int?, next: Int?) -> Claim? {
        guard value >= 100 || decimals > 0, !(decimals == 0 && CalendarWords.year(tokens[i]) != nil) else { return nil }
        let near = (max(0, i - 6)..<min(tokens.count, i + 5)).compactMap { context.word($0) }
        let kind: ClaimKind
        if near.contains("intraday") {
            kind = .intradayHigh
        } else if near.contains("record") || near.contains("all") && near.contains("time") || near.contains("closing") && near.contains("high") {
            guard near.contains(where: { ["close", "closing", "closed", "finish", "finished", "ended", "high", "settled"].contains($0) }) else { return nil }
            kind = .recordClose
        } else if near.contains(where: { ["closed", "close", "closing", "finished", "ended", "settled"].contains($0) }) {
            kind = .level
        } else {
            return nil
        }
        var claim = Claim(text: context.text, kind: kind, stated: value, precision: halfUnit(decimals: decimals),
                          qualifier: qualifier(before: i))
        let subject = context.subject(before: i)
        claim.subject = subject?.symbol
        claim.subjectPhrase = subject?.phrase ?? ""
        if let mention = context.window(for: i, previous: previous, next: next, needsDay: true) {
            claim.day = mention.day
            claim.windowPhrase = mention.phrase
            claim.isAfterArticle = mention.isAfterAsOf
        } else if kind == .intradayHigh {
            // No day named: the record intraday high as of the as-of day.
            claim.window = ResolvedWindow(.oneDay, end: asOf)
        } else {
            // No day named: the close (or record close) of the as-of day.
            claim.day = asOf
        }
        return claim
    }
}
