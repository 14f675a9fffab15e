/// What `rotation fetch --defaults` loads, and what `rotation fetch SOURCE` loads without
/// symbols: the indexes and ETFs the brief compares (small, large, tech, the Dow), the sector
/// SPDRs, the effective federal funds rate and the Fama–French three factors.
///
/// Yahoo is the default source for indexes and ETFs: Stooq wants an API key and refuses
/// non-browser clients (docs/PROVIDERS.md).
public enum DefaultUniverse {
    /// Russell 2000, S&P 500, Nasdaq Composite, Nasdaq-100, Dow Jones Industrial Average.
    public static let indexes = ["^RUT", "^GSPC", "^IXIC", "^NDX", "^DJI"]
    /// The ETFs on those indexes (IWM, SPY, QQQ, DIA).
    public static let funds = ["IWM", "SPY", "QQQ", "DIA"]
    /// The Select Sector SPDRs, one per GICS sector.
    public static let sectors = ["XLB", "XLC", "XLE", "XLF", "XLI", "XLK", "XLP", "XLRE", "XLU", "XLV", "XLY"]

    /// The symbols of one source, in the order fetched (empty for a source without defaults).
    public static func symbols(for source: ProviderName) -> [String] {
        switch source {
        case .yahoo: indexes + funds + sectors
        case .fred: ["DFF"]
        case .french: ["ff3_daily", "ff3_monthly"]
        case .stooq, .ishares: []
        }
    }

    /// Every source with defaults and its symbols, in the order fetched.
    public static let all: [(source: ProviderName, symbols: [String])] =
        [ProviderName.yahoo, .fred, .french].map { ($0, symbols(for: $0)) }
}
