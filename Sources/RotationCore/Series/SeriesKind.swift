/// What a stored series holds. Prices are levels; the others are period values in percent
/// (factors, rates) or fractions (returns), as documented in `docs/CONVENTIONS.md`.
public enum SeriesKind: String, Sendable, Codable, CaseIterable {
    /// Daily bars: open, high, low, close, adjusted close, volume.
    case price
    /// A return series (`date,return`), fractions per period.
    case `return`
    /// An interest-rate series (FRED), percent per year.
    case rate
    /// A factor return series (Kenneth French), percent per period.
    case factor
}

/// Which price column a return is computed from.
public enum PriceBasis: String, Sendable, Codable {
    /// The as-traded `close` (default).
    case price
    /// The split- and dividend-adjusted `adj_close` (total return).
    case total
}
