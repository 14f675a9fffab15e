import RotationCore

extension ClaimChecker {
    /// A return over the claim's window, on the price basis; alternatives: the total return,
    /// the window ending one trading day earlier or later (never after the article's day), a `since:` window starting one trading
    /// day later, and the counterpart index or ETF (both bases).
    func checkReturn(_ claim: Claim) -> Outcome {
        let bars: DailyBars
        switch series(claim.subject, phrase: claim.subjectPhrase) {
        case .failure(let failure): return .unverifiable(failure.reason)
        case .success(let found): bars = found
        }
        guard let window = claim.window else { return .unverifiable("no window") }
        let row = bars.windowReturn(window.window, basis: .price, asOf: window.end)
        guard let computed = row.return, let startDate = row.startDate, let endDate = row.endDate else {
            return .unverifiable("\(bars.symbol) \(window.window): \(row.note ?? "no return")")
        }
        let described = "\(bars.symbol) price return \(window.window) from \(startDate) (\(CheckFormat.level(row.startValue))) to \(endDate) (\(CheckFormat.level(row.endValue)))"
        return judge(claim, computed: computed, described: described, format: { CheckFormat.percent($0) },
                     alternatives: returnAlternatives(bars, window: window, endDate: endDate, symbol: claim.subject))
    }

    /// Other standard readings of a window return, in the order they are tried.
    func returnAlternatives(_ bars: DailyBars, window: ResolvedWindow, endDate: TradingDay, symbol: String?) -> [(String, Double)] {
        var alternatives: [(String, Double)] = []
        if bars.hasAdjustedClose, let total = bars.windowReturn(window.window, basis: .total, asOf: window.end).return {
            alternatives.append(("as a total return (\(bars.symbol), dividends reinvested)", total))
        }
        if let endIndex = bars.lastIndex(onOrBefore: endDate) {
            for offset in [-1, 1] where endIndex + offset >= 0 && endIndex + offset < bars.count {
                let day = bars.days[endIndex + offset]
                if let asOf, day > asOf { continue }
                if let value = bars.windowReturn(window.window, basis: .price, asOf: day).return {
                    alternatives.append(("with the window ending \(day)", value))
                }
            }
        }
        if case .since(let start) = window.window, let startIndex = bars.lastIndex(onOrBefore: start),
           startIndex + 1 < bars.count, bars.days[startIndex + 1] < window.end {
            let next = bars.days[startIndex + 1]
            if let value = bars.windowReturn(.since(next), basis: .price, asOf: window.end).return {
                alternatives.append(("from the close of \(next)", value))
            }
        }
        if let symbol, let other = Self.counterparts[symbol], let otherBars = self.bars[other], !otherBars.isEmpty {
            for basis in [PriceBasis.price, .total] where basis == .price || otherBars.hasAdjustedClose {
                if let value = otherBars.windowReturn(window.window, basis: basis, asOf: window.end).return {
                    let name = basis == .total ? "as a total return of \(other) (dividends reinvested)" : "as the price return of \(other)"
                    alternatives.append((name, value))
                }
            }
        }
        return alternatives
    }

    /// "outpacing the S&P 500's 11%": the benchmark's return is checked like a return claim, and
    /// the subject must have beaten (or trailed) it over the same window.
    func checkRelative(_ claim: Claim) -> Outcome {
        var benchmarkClaim = claim
        benchmarkClaim.kind = .return
        benchmarkClaim.subject = claim.benchmark
        let outcome = checkReturn(benchmarkClaim)
        guard case .value(let computed, let verdict, let explanation) = outcome, let window = claim.window else { return outcome }
        switch series(claim.subject, phrase: claim.subjectPhrase) {
        case .failure(let failure):
            return .value(computed, verdict, explanation + "; the comparison cannot be checked: \(failure.reason)")
        case .success(let bars):
            guard let own = bars.windowReturn(window.window, basis: .price, asOf: window.end).return else {
                return .value(computed, verdict, explanation + "; \(bars.symbol) has no return over \(window.window)")
            }
            let beat = own > computed
            guard let direction = claim.direction else {
                return .value(computed, verdict, explanation + "; \(bars.symbol) \(CheckFormat.percent(own)) over the same window")
            }
            let claimedBeat = direction != .down
            let comparison = "\(bars.symbol) \(CheckFormat.percent(own)) \(beat ? "beat" : "trailed") \(claim.benchmark ?? "")"
            if beat != claimedBeat {
                return .value(computed, .contradicted, explanation + "; but \(comparison)")
            }
            return .value(computed, verdict, explanation + "; \(comparison)")
        }
    }
}
