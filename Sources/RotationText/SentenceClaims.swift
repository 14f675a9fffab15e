import RotationCore

/// The claims of one sentence.
struct SentenceClaims {
    let context: SentenceContext
    let asOf: TradingDay
    var tokens: [TextToken] { context.tokens }

    /// Indices of numbers that may carry a claim (not inside a subject name or window phrase).
    var claimNumbers: [Int] {
        tokens.indices.filter { i in
            guard !context.covered.contains(i) else { return false }
            if case .number = tokens[i] { return true }
            return context.word(i).map { CalendarWords.numberWords[$0] != nil } ?? false
        }
    }

    func extract() -> [Claim] {
        let numbers = claimNumbers
        var claims: [Claim] = []
        var consumed: Set<Int> = []
        for (n, i) in numbers.enumerated() where !consumed.contains(i) {
            let previous = n > 0 ? numbers[n - 1] : nil
            let next = n + 1 < numbers.count ? numbers[n + 1] : nil
            if let streak = streak(at: i) {
                claims.append(streak)
                continue
            }
            guard case .number(let value, let decimals, let signed) = tokens[i] else { continue }
            if let (claim, used) = percentClaim(at: i, value: value, decimals: decimals, signed: signed,
                                                end: percentEnd(after: i) ?? i + 1, previous: previous, next: next) {
                claims.append(claim)
                consumed.formUnion(used)
            } else if percentEnd(after: i) == nil,  let claim = valuation(at: i, value: value, decimals: decimals) ?? level(at: i, value: value, decimals: decimals, previous: previous, next: next) {
                claims.append(claim)
            }
        }
        return claims
    }

    /// The index after a `%` / "percent" following the number at `i`, or `nil`.
    func percentEnd(after i: Int) -> Int? {
        guard i + 1 < tokens.count else { return nil }
        if tokens[i + 1].isMark("%") || context.word(i + 1) == "percent" || context.word(i + 1) == "pct" { return i + 2 }
        if context.word(i + 1) == "per", context.word(i + 2) == "cent" { return i + 3 }
        return nil
    }

    /// The qualifier written just before the number at `i` (skipping a `$`).
    func qualifier(before i: Int) -> Qualifier {
        var j = i - 1
        if j >= 0, tokens[j].isMark("$") { j -= 1 }
        if j >= 1, let a = context.word(j - 1), let b = context.word(j), let q = Qualifier(words: [a, b]) { return q }
        if j >= 0, let a = context.word(j), let q = Qualifier(words: [a]) { return q }
        return .exact
    }

    /// +1 or −1 from the nearest direction word within five tokens before the number (not
    /// crossing another number), else within three after the percent sign; +1 when none.
    func direction(before i: Int, after end: Int) -> Double {
        var j = i - 1
        while j >= max(0, i - 6) {
            if case .number = tokens[j], !context.covered.contains(j) { break }
            if let word = context.word(j) {
                if MoveWords.up.contains(word) { return 1 }
                if MoveWords.down.contains(word) { return -1 }
            }
            j -= 1
        }
        for k in end..<min(tokens.count, end + 3) {
            if let word = context.word(k) {
                if MoveWords.up.contains(word) { return 1 }
                if MoveWords.down.contains(word) { return -1 }
            }
        }
        return 1
    }

    /// Sets the claim's window phrase and window from the phrase that belongs to the number at
    /// `i` (no phrase: one day to the as-of day; a phrase after the as-of day: no window, and the
    /// claim is marked `isAfterArticle`).
    func applyWindow(to claim: inout Claim, at i: Int, previous: Int?, next: Int?) {
        guard let mention = context.window(for: i, previous: previous, next: next, inherit: claim.kind == .relative) else {
            claim.windowPhrase = ""
            claim.window = ResolvedWindow(.oneDay, end: asOf)
            return
        }
        claim.windowPhrase = mention.phrase
        claim.window = mention.window
        claim.isAfterArticle = mention.isAfterAsOf
    }
}
