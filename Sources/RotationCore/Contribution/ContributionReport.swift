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
    @ExplicitNull public var indexReturn: Double? = nil
    /// Mean return of covered members.
    @ExplicitNull public var equalWeightReturn: Double? = nil
    /// `index_return − equal_weight_return`: positive when the largest names did better.
    @ExplicitNull public var capMinusEqual: Double? = nil
    /// 1 / Σ wᵢ² over covered members (renormalised weights); `nil` when nothing is covered.
    @ExplicitNull public var effectiveNames: Double? = nil
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
}

/// One member's contribution: renormalised start weight × return.
public struct ContributionRow: Sendable, Equatable, Codable {
    public var symbol: String
    @ExplicitNull public var sector: String? = nil
    public var weight: Double
    public var `return`: Double
    public var contribution: Double
}

/// A sector's weight, contribution and return (contribution / weight).
public struct ContributionSector: Sendable, Equatable, Codable {
    /// The sector name; `Unknown` for members without one.
    public var sector: String
    public var members: Int
    public var weight: Double
    /// Σ contribution / Σ weight; `nil` when the sector's weight is 0.
    @ExplicitNull public var `return`: Double? = nil
    public var contribution: Double
    /// contribution / index return; `nil` when the index return is 0.
    @ExplicitNull public var shareOfReturn: Double? = nil

    enum CodingKeys: String, CodingKey {
        case sector, members, weight, `return`, contribution
        case shareOfReturn = "share_of_return"
    }
}

/// Shares of the index return from the top 10 and top 50 names; `nil` when the index return
/// is 0 or there are no covered members.
public struct ContributionTopShare: Sendable, Equatable, Codable {
    @ExplicitNull public var top10: Double? = nil
    @ExplicitNull public var top50: Double? = nil

    enum CodingKeys: String, CodingKey {
        case top10 = "top_10", top50 = "top_50"
    }
}
