/// The result of `valuation(...)`: the `rotation valuation` JSON document.
///
/// Contract keys: `pe, share_unprofitable_count, share_unprofitable_cap`. Extras: `members`,
/// `pe_forward`, `ev_to_sales`, `earnings_growth`, `short_interest_pct_float`,
/// `short_interest_pct_cap`, `bridge`, `notes`. Every ratio is an aggregate (Σ numerator /
/// Σ denominator) over the members that have both values.
public struct ValuationReport: Sendable, Equatable, Encodable {
    public var members: Int
    /// Trailing P/E under each convention.
    public var pe: ValuationPriceEarnings
    /// Forward P/E under each convention; `nil` when no member has forward earnings.
    @ExplicitNull public var peForward: ValuationPriceEarnings? = nil
    /// Members with E < 0 / members with M and E (trailing); `nil` when none has both.
    @ExplicitNull public var shareUnprofitableCount: Double? = nil
    /// Σ_{E<0} M / ΣM (trailing); `nil` when ΣM = 0.
    @ExplicitNull public var shareUnprofitableCap: Double? = nil
    /// ΣEV / ΣSales over members with both; `nil` when none or ΣSales ≤ 0.
    @ExplicitNull public var evToSales: Double? = nil
    /// ΣE_forward / ΣE_trailing − 1 over members with both; `nil` when ΣE_trailing ≤ 0.
    @ExplicitNull public var earningsGrowth: Double? = nil
    /// Σ short interest / Σ float shares over members with both; `nil` when none.
    @ExplicitNull public var shortInterestPctFloat: Double? = nil
    /// Σ (short interest × price) / ΣM over members with both, price = `price` or M / shares
    /// outstanding; `nil` when none.
    @ExplicitNull public var shortInterestPctCap: Double? = nil
    public var bridge: ValuationBridge
    /// Why a figure is `nil`, and what was left out.
    public var notes: [String]

    enum CodingKeys: String, CodingKey {
        case members, pe, bridge, notes
        case peForward = "pe_forward", shareUnprofitableCount = "share_unprofitable_count"
        case shareUnprofitableCap = "share_unprofitable_cap", evToSales = "ev_to_sales"
        case earningsGrowth = "earnings_growth", shortInterestPctFloat = "short_interest_pct_float"
        case shortInterestPctCap = "short_interest_pct_cap"
    }
}
