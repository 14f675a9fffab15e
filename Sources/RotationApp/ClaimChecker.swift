import RotationCore
import RotationText

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
        let outcome: Outcome
        if claim.isAfterArticle {
            result.explanation = "\"\(claim.windowPhrase)\" is after the article's day: an article cannot report it"
            return result
        }
        switch claim.kind {
        case .return: outcome = checkReturn(claim)
        case .relative: outcome = checkRelative(claim)
        case .level, .recordClose, .intradayHigh: outcome = checkLevel(claim)
        case .streak: outcome = checkStreak(claim)
        case .coMovement: outcome = checkCoMovement(claim)
        case .breadth: outcome = checkBreadth(claim)
        case .valuation: outcome = checkValuation(claim)
        case .shortInterest: outcome = .unverifiable("no short-interest data: the store holds prices only")
        }
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

    /// The result of a check before it is put into a `CheckedClaim`.
    enum Outcome {
        case unverifiable(String)
        case value(Double, Verdict, String)
    }

    /// The bars of a claim's subject, or why there are none.
    func series(_ symbol: String?, phrase: String) -> Result<DailyBars, CheckFailure> {
        guard let symbol else {
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
        let bound = claim.qualifier == .over || claim.qualifier == .under
        if !bound, ClaimAgreement.isNear(computed, stated: claim.stated) {
            return .value(computed, .close, "within 10% of the stated \(format(claim.stated)): \(described) is \(format(computed))")
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
