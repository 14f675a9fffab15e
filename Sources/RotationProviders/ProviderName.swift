/// The public data sources `rotation fetch` knows, by the name the command line uses.
public enum ProviderName: String, Sendable, Codable, CaseIterable {
    /// Stooq daily bars as CSV (`https://stooq.com/q/d/l/`).
    case stooq
    /// Yahoo Finance v8 chart API, JSON (`https://query1.finance.yahoo.com/v8/finance/chart/`).
    case yahoo
    /// FRED series as CSV (`https://fred.stlouisfed.org/graph/fredgraph.csv`).
    case fred
    /// Kenneth R. French's Data Library: zip files with one CSV inside.
    case french
    /// iShares fund holdings as CSV.
    case ishares

    /// The environment variable that overrides this provider's base URL
    /// (`ROTATION_STOOQ_BASE_URL`, …): how tests and mirrors redirect a provider.
    public var baseURLVariable: String { "ROTATION_\(rawValue.uppercased())_BASE_URL" }

    /// The source's name in messages (`Stooq answered "No data" instead of data`).
    public var displayName: String {
        switch self {
        case .stooq: "Stooq"
        case .yahoo: "Yahoo Finance"
        case .fred: "FRED"
        case .french: "Kenneth French's Data Library"
        case .ishares: "iShares"
        }
    }
}
