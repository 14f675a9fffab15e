import RotationCore

/// Checks extracted claims against loaded price data (no I/O: the use case loads the data).
public struct ClaimChecker: Sendable {
    /// Daily bars by symbol; a symbol that is absent has no data.
    public var bars: [String: DailyBars]
    /// Per symbol, why it could not be loaded ("no RUT in the store").
    public var missing: [String: String]
    /// Shares of members up and down per day (advancers and decliners over members with a
    /// close on the day and the day before; unchanged members count in neither), from `--members`.
    public var breadth: (@Sendable (TradingDay) -> MemberShares?)?
    /// Price/earnings from `--holdings`: (trailing aggregate, forward aggregate).
    public var valuation: (trailing: Double?, forward: Double?)?
    /// The article's day: alternative readings never use data after it (no look-ahead).
    /// `nil` = no limit.
    public var asOf: TradingDay?

    public init(bars: [String: DailyBars], missing: [String: String] = [:],
                breadth: (@Sendable (TradingDay) -> MemberShares?)? = nil, valuation: (trailing: Double?, forward: Double?)? = nil) {
        self.bars = bars
        self.missing = missing
        self.breadth = breadth
        self.valuation = valuation
    }

    /// Another series tracking the same index (the ETF for an index, the index for an ETF).
    public static let counterparts: [String: String] = [
        "RUT": "IWM", "IWM": "RUT", "GSPC": "SPY", "SPY": "GSPC", "NDX": "QQQ", "QQQ": "NDX", "IXIC": "QQQ",
        "DJI": "DIA", "DIA": "DJI",
    ]

    /// The symbols a claim needs, with alternatives.
    public static func symbols(for claim: Claim) -> [String] {
        [claim.subject, claim.benchmark, claim.subject.flatMap { counterparts[$0] }, claim.benchmark.flatMap { counterparts[$0] }]
            .compactMap { $0 }
    }

    /// The verdict on one claim.
    public func check(_ claim: Claim) -> CheckedClaim {
        var subjectText = claim.subject ?? (claim.subjectPhrase.isEmpty ? "unknown" : claim.subjectPhrase)
        if let benchmark = claim.benchmark { subjectText += " vs \(benchmark)" }
        let windowText = claim.window?.description ?? claim.day?.description
        var result = CheckedClaim(text: claim.text, kind: claim.kind, subject: subjectText, window: windowText,
                                  stated: claim.stated, computed: nil, verdict: .unverifiable, explanation: "")
        result.phrase = claim.phrase
        result.offset = claim.offset
        result.reading = claim.reading
        var outcome: Outcome
        if claim.isAfterArticle {
            result.explanation = "\"\(claim.windowPhrase)\" is after the article's day: an article cannot report it"
            return result
        }
        if let stale = staleness(claim) {
            result.explanation = stale
            return result
        }
        if claim.duringSession != nil, let session = checkDuringSession(claim) {
            return finished(result, session)
        }
        switch claim.kind {
        case .return: outcome = checkReturn(claim)
        case .relative: outcome = checkRelative(claim)
        case .points: outcome = checkPoints(claim)
        case .fromRecord: outcome = checkFromRecord(claim)
        case .level, .recordClose, .intradayHigh, .intradayLow: outcome = checkLevel(claim)
        case .streak: outcome = checkStreak(claim)
        case .coMovement: outcome = checkCoMovement(claim)
        case .breadth: outcome = checkBreadth(claim)
        case .valuation: outcome = checkValuation(claim)
        case .shortInterest: outcome = .unverifiable("no short-interest data: the store holds prices only")
        }
        // No window stated: the windows a reader would take the figure in (the previous sentence's,
        // the article's periods). One that agrees is the reading; when none does, the figure is in doubt.
        var claim = claim
        if [.return, .points].contains(claim.kind), !claim.implicitWindows.isEmpty, !outcome.isConfirmed {
            var matched = false
            for (reason, window) in claim.implicitWindows {
                var other = claim
                other.window = window
                let alternative = claim.kind == .points ? checkPoints(other) : checkReturn(other)
                if case .value(let computed, .confirmed, let explanation) = alternative {
                    outcome = .value(computed, .confirmed, "no window stated; read as \(window.window) (\(reason)): \(explanation)")
                    result.window = window.description
                    matched = true
                    break
                }
            }
            if !matched { claim.reading.doubts.append("no window stated, and the article speaks of other periods") }
            result.reading = claim.reading
        }
        // Precision first: a reading in doubt never accuses.
        if case .value(let computed, .contradicted, let explanation) = outcome, !claim.reading.doubts.isEmpty {
            outcome = .unverifiable("not checked with confidence (\(claim.reading.doubts.joined(separator: "; "))); the data give: \(explanation)")
            result.computed = computed
        }
        return finished(result, outcome)
    }

    /// The result with the outcome's verdict, value and explanation.
    func finished(_ result: CheckedClaim, _ outcome: Outcome) -> CheckedClaim {
        var result = result
        switch outcome {
        case .unverifiable(let why):
            result.explanation = why
        case .value(let computed, let verdict, let explanation):
            result.computed = computed
            result.verdict = verdict
            result.explanation = explanation
        }
        return result
    }

    /// A level, points change or one-day return taken during the session ("as of 3:05 p.m."):
    /// the close cannot confirm or refute it, the day's range can bound it. Inside the range
    /// (from the low to the high, as a level, a change from the previous close or a return) it is
    /// `close` ("consistent with the session"); outside it, `unverifiable` with the range — the
    /// figure may be of another moment or day. `nil` for other claims (a window longer than a day).
    func checkDuringSession(_ claim: Claim) -> Outcome? {
        guard let cue = claim.duringSession, [.level, .points, .return].contains(claim.kind) else { return nil }
        if let window = claim.window, window.window != .oneDay { return nil }
        // The present tense ("is trading up 0.05%") is the session's own: no other doubt may stand.
        guard claim.reading.doubts.allSatisfy({ $0.hasPrefix("a figure during the session") || $0.hasPrefix("no window stated and the verb is in the present tense") })
        else { return nil }
        guard case .success(let bars) = series(claim.subject, phrase: claim.subjectPhrase),
              let dayWanted = claim.window?.end ?? claim.day ?? asOf ?? bars.days.last,
              let index = bars.lastIndex(onOrBefore: dayWanted), index > 0, bars.days[index] == dayWanted,
              !bars.high[index].isNaN, !bars.low[index].isNaN else { return nil }
        let day = bars.days[index], previous = bars.close[index - 1]
        let low = min(bars.low[index], bars.close[index]), high = max(bars.high[index], bars.close[index])
        let value: (Double) -> Double
        let format: (Double) -> String
        let measure: String
        switch claim.kind {
        case .level: value = { $0 }; format = { CheckFormat.level($0) }; measure = "level"
        case .points: value = { $0 - previous }; format = { CheckFormat.points($0) }; measure = "change from the previous close"
        default: value = { $0 / previous - 1 }; format = { CheckFormat.percent($0) }; measure = "return from the previous close"
        }
        let (lower, upper) = (value(low), value(high))
        let slack = claim.precision
        let range = "\(format(lower)) to \(format(upper))"
        let described = "\(bars.symbol) on \(day) during the session (\"\(cue)\"): the day's \(measure) ran from \(range), and the close gave \(format(value(bars.close[index])))"
        let atClose = value(bars.close[index])
        if ClaimAgreement.agrees(atClose, stated: claim.stated, precision: claim.precision, qualifier: claim.qualifier) {
            return .value(atClose, .confirmed, "the close agrees with a figure given during the session: \(described)")
        }
        if claim.stated >= lower - slack, claim.stated <= upper + slack {
            return .value(value(bars.close[index]), .close, "consistent with the session: \(described)")
        }
        return .unverifiable("not checked with confidence (a figure during the session, outside the day's range): \(described)")
    }

    /// Why a claim cannot be checked because its series ends before the day the claim needs
    /// (while other series go on): "DJI data end 2026-02-23, before 2026-08-21"; `nil` when the
    /// data reach it.
    func staleness(_ claim: Claim) -> String? {
        guard let symbol = claim.subject, let subject = bars[symbol], let last = subject.days.last else { return nil }
        let needed = claim.day ?? claim.window?.end
        guard let needed, last < needed else { return nil }
        // The market's last day on or before the needed day, from every series loaded.
        let market = bars.values.compactMap { series in series.lastIndex(onOrBefore: needed).map { series.days[$0] } }.max()
        if let market, last < market {
            return "\(symbol) data end \(last), before \(market) (the day this claim needs): not checked against older data"
        }
        // Beyond a weekend or a holiday: the data stop before the article's day.
        if needed.daysSinceEpoch - last.daysSinceEpoch > 4 {
            return "\(symbol) data end \(last), before \(needed) (the day this claim needs): not checked against older data"
        }
        return nil
    }

    /// The result of a check before it is put into a `CheckedClaim`.
    enum Outcome {
        case unverifiable(String)
        case value(Double, Verdict, String)

        var isConfirmed: Bool {
            if case .value(_, .confirmed, _) = self { return true }
            return false
        }
    }

    /// The bars of a claim's subject, or why there are none.
    func series(_ symbol: String?, phrase: String) -> Result<DailyBars, CheckFailure> {
        guard let symbol else {
            if !phrase.isEmpty, SubjectAliases.defaults.match(Tokenizer.tokens(phrase), at: 0)?.symbol == "" {
                return .failure(CheckFailure("\"\(phrase)\" is not a series Rotation holds: not checked"))
            }
            return .failure(CheckFailure(phrase.isEmpty ? "no subject named (say which index)" : "unknown subject \"\(phrase)\" (add it to an --aliases file)"))
        }
        guard let bars = bars[symbol], !bars.isEmpty else {
            return .failure(CheckFailure(missing[symbol] ?? "no \(symbol) prices"))
        }
        return .success(bars)
    }

    /// The verdict for a computed value: agreement at the stated precision, else an alternative
    /// convention that agrees (`close`), else near (`close`; not for a bound stated with
    /// over/under, which a reader takes as false when it is not met), else `contradicted`.
    func judge(_ claim: Claim, computed: Double, described: String, format: (Double) -> String,
               alternatives: [(String, Double)]) -> Outcome {
        if ClaimAgreement.agrees(computed, stated: claim.stated, precision: claim.precision, qualifier: claim.qualifier) {
            return .value(computed, .confirmed, "\(described): \(format(computed))")
        }
        for (name, value) in alternatives
        where ClaimAgreement.agrees(value, stated: claim.stated, precision: claim.precision, qualifier: claim.qualifier) {
            return .value(computed, .close, "matches \(name) (\(format(value))), not \(described) (\(format(computed)))")
        }
        // A bound ("over 10%", "closed above 44,000") that is not met is false, however near.
        let bound = [.over, .under, .atMost].contains(claim.qualifier)
        if !bound, ClaimAgreement.isNear(computed, stated: claim.stated, precision: claim.precision, kind: claim.kind) {
            return .value(computed, .close, "off by \(String(format(abs(computed - claim.stated)).filter { $0 != "+" })) beyond the stated precision (a preliminary or revised figure?): \(described) is \(format(computed))")
        }
        // A level near another day's or series' level ("9,924.74" for the previous day's 9,924.75, a
        // vendor's rounding): close, naming it. Not for returns (a second leniency on a percent).
        if !bound, [.level, .recordClose, .intradayHigh, .intradayLow].contains(claim.kind), let (name, value) = alternatives.first(where: { ClaimAgreement.isNear($0.1, stated: claim.stated, precision: claim.precision, kind: claim.kind) }) {
            return .value(computed, .close, "near \(name) (\(format(value))), off by \(String(format(abs(value - claim.stated)).filter { $0 != "+" })); \(described) is \(format(computed))")
        }
        return .value(computed, .contradicted, "\(described) is \(format(computed)), not \(format(claim.stated))")
    }
}

/// The shares of members that rose and fell on one day.
public struct MemberShares: Sendable, Equatable {
    public var up: Double
    public var down: Double

    public init(up: Double, down: Double) {
        self.up = up
        self.down = down
    }
}

/// Why a claim cannot be checked.
struct CheckFailure: Error {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}
