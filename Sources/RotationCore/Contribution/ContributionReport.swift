/// The result of `contribution(...)`: the `rotation contribution` JSON document.
///
/// Contract keys: `rows, sectors, top_share`. Extras: `start_date, end_date, snapshot_date,
/// weighting, index_return, equal_weight_return, cap_minus_equal, effective_names, members,
/// covered, uncovered_weight, largest_weights_share, notes`.
public struct ContributionReport: Sendable, Equatable, Encodable {
    /// The close the returns start from and the close they end on.
    public var startDate: TradingDay
    public var endDate: TradingDay
    /// The membership snapshot in force on `startDate` (its weights are used).
    public var snapshotDate: TradingDay
    /// `market_value` when every member has a market value, else `weight` (published percent).
    public var weighting: String
    /// Σ contribution = Σ wᵢ rᵢ over covered members, weights renormalised to sum to 1.
    public var indexReturn: Double?
    /// Mean return of covered members.
    public var equalWeightReturn: Double?
    /// `index_return − equal_weight_return`: positive when the largest names did better.
    public var capMinusEqual: Double?
    /// 1 / Σ wᵢ² over covered members (renormalised weights); `nil` when nothing is covered.
    public var effectiveNames: Double?
    public var members: Int
    public var covered: Int
    /// Share of the snapshot's weight held by members without both closes (dropped, not
    /// redistributed by name: covered weights are renormalised).
    public var uncoveredWeight: Double
    /// Members, largest contribution first.
    public var rows: [ContributionRow]
    /// Sectors, largest contribution first.
    public var sectors: [ContributionSector]
    /// Share of the index return from the 10 / 50 largest contributors in the return's
    /// direction (largest positive when the return is positive, most negative when negative).
    public var topShare: ContributionTopShare
    /// Share of the index return from the 10 / 50 members with the largest weights.
    public var largestWeightsShare: ContributionTopShare
    public var notes: [String]

    enum CodingKeys: String, CodingKey {
        case weighting, members, covered, rows, sectors, notes
        case startDate = "start_date", endDate = "end_date", snapshotDate = "snapshot_date"
        case indexReturn = "index_return", equalWeightReturn = "equal_weight_return"
        case capMinusEqual = "cap_minus_equal", effectiveNames = "effective_names"
        case uncoveredWeight = "uncovered_weight", topShare = "top_share"
        case largestWeightsShare = "largest_weights_share"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(startDate, forKey: .startDate)
        try c.encode(endDate, forKey: .endDate)
        try c.encode(snapshotDate, forKey: .snapshotDate)
        try c.encode(weighting, forKey: .weighting)
        try c.encode(indexReturn, forKey: .indexReturn)
        try c.encode(equalWeightReturn, forKey: .equalWeightReturn)
        try c.encode(capMinusEqual, forKey: .capMinusEqual)
        try c.encode(effectiveNames, forKey: .effectiveNames)
        try c.encode(members, forKey: .members)
        try c.encode(covered, forKey: .covered)
        try c.encode(uncoveredWeight, forKey: .uncoveredWeight)
        try c.encode(topShare, forKey: .topShare)
        try c.encode(largestWeightsShare, forKey: .largestWeightsShare)
        try c.encode(rows, forKey: .rows)
        try c.encode(sectors, forKey: .sectors)
        try c.encode(notes, forKey: .notes)
    }
}

/// One member's contribution: renormalised start weight × return.
public struct ContributionRow: Sendable, Equatable, Codable {
    public var symbol: String
    public var sector: String?
    public var weight: Double
    public var `return`: Double
    public var contribution: Double

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(symbol, forKey: .symbol)
        try c.encode(sector, forKey: .sector)
        try c.encode(weight, forKey: .weight)
        try c.encode(`return`, forKey: .return)
        try c.encode(contribution, forKey: .contribution)
    }
}

/// A sector's weight, contribution and return (contribution / weight).
public struct ContributionSector: Sendable, Equatable, Codable {
    /// The sector name; `Unknown` for members without one.
    public var sector: String
    public var members: Int
    public var weight: Double
    /// Σ contribution / Σ weight; `nil` when the sector's weight is 0.
    public var `return`: Double?
    public var contribution: Double
    /// contribution / index return; `nil` when the index return is 0.
    public var shareOfReturn: Double?

    enum CodingKeys: String, CodingKey {
        case sector, members, weight, `return`, contribution
        case shareOfReturn = "share_of_return"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(sector, forKey: .sector)
        try c.encode(members, forKey: .members)
        try c.encode(weight, forKey: .weight)
        try c.encode(`return`, forKey: .return)
        try c.encode(contribution, forKey: .contribution)
        try c.encode(shareOfReturn, forKey: .shareOfReturn)
    }
}

/// Shares of the index return from the top 10 and top 50 names; `nil` when the index return
/// is 0 or there are no covered members.
public struct ContributionTopShare: Sendable, Equatable, Codable {
    public var top10: Double?
    public var top50: Double?

    enum CodingKeys: String, CodingKey {
        case top10 = "top_10", top50 = "top_50"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(top10, forKey: .top10)
        try c.encode(top50, forKey: .top50)
    }
}
