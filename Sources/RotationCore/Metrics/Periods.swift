/// The sampling period of a return series, and how many such periods make a year.
///
/// Weekly and monthly series are built from daily closes by `Resample` (the last close of
/// each calendar week, Monday–Sunday, or calendar month).
public enum MetricsPeriod: String, Sendable, Codable, CaseIterable {
    case daily, weekly, monthly

    /// The conventional number of periods per year: 252 trading days, 52 weeks, 12 months
    /// (empyrical's `ANNUALIZATION_FACTORS`). Callers may override it per call.
    public var periodsPerYear: Int {
        switch self {
        case .daily: return 252
        case .weekly: return 52
        case .monthly: return 12
        }
    }
}

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
