/// Index-level price/earnings under the four conventions in use, over members with both a
/// market cap M and earnings E (others are left out and counted in `members_missing`).
///
/// - `aggregate` = ΣM / ΣE, losses included (what index providers such as FTSE Russell
///   publish as "P/E incl. negative earnings"); `nil` when ΣE ≤ 0.
/// - `excluding_losses` = Σ_{E>0} M / Σ_{E>0} E (loss-makers dropped from both sides).
/// - `losses_as_zero` = ΣM / Σ_{E>0} E (loss-makers' earnings counted as 0, their cap kept).
/// - `median` = the median of M/E over members with E > 0 (loss-makers have no meaningful
///   P/E); the mean of the middle two for an even count.
/// The last three are `nil` when no member has E > 0. Members with E = 0 count in ΣM and ΣE but
/// are neither profitable nor loss-making.
public struct ValuationPriceEarnings: Sendable, Equatable, Codable {
    @ExplicitNull public var aggregate: Double? = nil
    @ExplicitNull public var excludingLosses: Double? = nil
    @ExplicitNull public var lossesAsZero: Double? = nil
    @ExplicitNull public var median: Double? = nil
    /// Members with both M and E, and members with E > 0 / E < 0 among them.
    public var membersUsed: Int
    public var membersProfitable: Int
    public var membersLosing: Int
    /// Members left out for lack of M or E.
    public var membersMissing: Int

    enum CodingKeys: String, CodingKey {
        case aggregate, median
        case excludingLosses = "excluding_losses", lossesAsZero = "losses_as_zero"
        case membersUsed = "members_used", membersProfitable = "members_profitable"
        case membersLosing = "members_losing", membersMissing = "members_missing"
    }

    /// The sums behind the conventions (also used by the bridge).
    struct Sums {
        var cap = 0.0, earnings = 0.0
        var profitableCap = 0.0, profitableEarnings = 0.0
        var losingCap = 0.0, losingEarnings = 0.0
        var used = 0, profitable = 0, losing = 0, missing = 0
        var ratios: [Double] = []

        init(_ pairs: [(cap: Double?, earnings: Double?)]) {
            for pair in pairs {
                guard let m = pair.cap, let e = pair.earnings else { missing += 1; continue }
                used += 1
                cap += m
                earnings += e
                if e > 0 {
                    profitable += 1; profitableCap += m; profitableEarnings += e
                    ratios.append(m / e)
                } else if e < 0 {
                    losing += 1; losingCap += m; losingEarnings += e
                }
            }
        }
    }

    init(_ s: Sums) {
        aggregate = s.used > 0 && s.earnings > 0 ? s.cap / s.earnings : nil
        excludingLosses = s.profitableEarnings > 0 ? s.profitableCap / s.profitableEarnings : nil
        lossesAsZero = s.profitableEarnings > 0 ? s.cap / s.profitableEarnings : nil
        let sorted = s.ratios.sorted()
        if sorted.isEmpty {
            median = nil
        } else if sorted.count % 2 == 1 {
            median = sorted[sorted.count / 2]
        } else {
            median = (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        }
        membersUsed = s.used
        membersProfitable = s.profitable
        membersLosing = s.losing
        membersMissing = s.missing
    }
}
