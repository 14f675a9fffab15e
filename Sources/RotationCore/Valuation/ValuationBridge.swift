/// How far apart the P/E conventions are and why, as numbers and one sentence.
///
/// Going from `excluding_losses` to `losses_as_zero` adds the loss-makers' (and zero-earners')
/// market cap to the numerator: the ratio is ΣM / Σ_{E>0}M, reported as
/// `cap_without_earnings_effect` = ratio − 1. Going from `losses_as_zero` to `aggregate`
/// subtracts their losses from the denominator: the ratio is Σ_{E>0}E / ΣE, reported as
/// `losses_effect` = ratio − 1 (`nil` when ΣE ≤ 0).
public struct ValuationBridge: Sendable, Equatable, Codable {
    public var totalCap: Double
    public var profitableCap: Double
    /// Cap of members with E < 0.
    public var losingCap: Double
    public var profitableEarnings: Double
    /// Σ E over members with E < 0 (negative or 0).
    public var losingEarnings: Double
    /// Σ E over all members with earnings.
    public var netEarnings: Double
    @ExplicitNull public var capWithoutEarningsEffect: Double? = nil
    @ExplicitNull public var lossesEffect: Double? = nil
    public var sentence: String

    enum CodingKeys: String, CodingKey {
        case sentence
        case totalCap = "total_cap", profitableCap = "profitable_cap", losingCap = "losing_cap"
        case profitableEarnings = "profitable_earnings", losingEarnings = "losing_earnings"
        case netEarnings = "net_earnings", capWithoutEarningsEffect = "cap_without_earnings_effect"
        case lossesEffect = "losses_effect"
    }

    init(_ s: ValuationPriceEarnings.Sums, _ pe: ValuationPriceEarnings) {
        totalCap = s.cap
        profitableCap = s.profitableCap
        losingCap = s.losingCap
        profitableEarnings = s.profitableEarnings
        losingEarnings = s.losingEarnings
        netEarnings = s.earnings
        capWithoutEarningsEffect = s.profitableCap > 0 ? s.cap / s.profitableCap - 1 : nil
        lossesEffect = s.earnings > 0 && s.profitableEarnings > 0 ? s.profitableEarnings / s.earnings - 1 : nil
        sentence = ValuationBridge.sentence(s, pe)
    }

    static func sentence(_ s: ValuationPriceEarnings.Sums, _ pe: ValuationPriceEarnings) -> String {
        guard let excluding = pe.excludingLosses, let zero = pe.lossesAsZero else {
            return s.used == 0 ? "No member has both a market cap and earnings, so no P/E can be computed."
                : "No member has positive earnings, so every P/E convention is undefined."
        }
        let otherCap = s.cap - s.profitableCap
        var text = "Counting only profitable members gives \(fixed(excluding)); keeping the market cap of the "
            + "\(s.used - s.profitable) members without profits (\(percent(otherCap / s.cap)) of the cap) "
            + "with zero earnings raises it to \(fixed(zero))"
        if let aggregate = pe.aggregate {
            text += "; counting their losses (\(fixed(s.losingEarnings))) too cuts index earnings by "
                + "\(percent(-s.losingEarnings / s.profitableEarnings)) and gives \(fixed(aggregate))."
        } else {
            text += "; counting their losses (\(fixed(s.losingEarnings))) too leaves the index with net losses "
                + "(\(fixed(s.earnings))), so the aggregate P/E is undefined."
        }
        if let median = pe.median { text += " The median profitable member trades at \(fixed(median))." }
        return text
    }

    /// `x` rounded to `decimals` places as plain text (no Foundation formatter in the core).
    static func fixed(_ x: Double, decimals: Int = 2) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(x) * scale).rounded()
        guard scaled < 9e15 else { return String(x) }
        let units = Int(scaled)
        let whole = units / Int(scale), fraction = units % Int(scale)
        var digits = String(fraction)
        while digits.count < decimals { digits = "0" + digits }
        let sign = x < 0 && units != 0 ? "-" : ""
        return decimals == 0 ? sign + String(whole) : sign + String(whole) + "." + digits
    }

    /// A fraction as a percentage with one decimal, e.g. `26.7 %`.
    static func percent(_ fraction: Double) -> String { fixed(fraction * 100, decimals: 1) + " %" }
}
