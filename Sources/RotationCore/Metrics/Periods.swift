import RealModule

/// Which published convention a metric follows where the references disagree.
///
/// Only up/down capture and the Sortino ratio depend on it; every other metric follows
/// empyrical under all three profiles. Every result echoes the profile it used.
public enum MetricsConvention: String, Sendable, Codable, CaseIterable {
    /// empyrical (Quantopian, `empyrical-reloaded`): annualised ratios. The default.
    case empyrical
    /// Morningstar: capture ratios from the geometric mean return of up / down periods;
    /// Sortino as empyrical.
    case morningstar
    /// R's PerformanceAnalytics: capture ratios of cumulative returns (`UpDownRatios`,
    /// `geometric = TRUE`), down periods being benchmark returns ≤ 0; Sortino per period
    /// (`SortinoRatio`, not annualised).
    case pa
}

/// The annual risk-free rate converted to one period, geometrically:
/// `(1 + annual)^(1 / periodsPerYear) − 1`.
///
/// `annual` is a fraction (0.04 for 4 %). Returns `nil` when `annual ≤ −1` (no real root).
public func riskFreePerPeriod(annual: Double, periodsPerYear: Int) -> Double? {
    precondition(periodsPerYear > 0, "periodsPerYear must be positive")
    guard annual > -1 else { return nil }
    if annual == 0 { return 0 }
    return Double.pow(1 + annual, 1 / Double(periodsPerYear)) - 1
}
