import RotationCore
import RotationData

/// One public data source: how to ask it for a symbol and how to read its answer.
///
/// A provider is pure: it builds URLs and parses bytes; the `FetchEngine` does the HTTP,
/// the retries, the rate limit and the cache. Parsing goes through the project's readers
/// (`PriceCSV`, `FactorCSV`, `HoldingsCSV`) where the format allows, so an error names the
/// source (`origin`: the URL, or the cache file on a re-run), the line and the field.
public protocol Provider: Sendable {
    /// Which source this is.
    var name: ProviderName { get }

    /// The scheme, host and path prefix every URL starts with (configurable for mirrors and tests).
    var baseURL: String { get }

    /// The URL that returns `symbol` (as the source spells it) for `range`. The URL depends on
    /// its arguments only (never on today's date), so it is a stable cache key.
    /// Throws `DataError(.unknownSymbol)` when the provider cannot name the symbol.
    func url(for symbol: String, range: FetchRange) throws -> String

    /// The name the data are stored under when the user gives none (`^rut` → `RUT`).
    func storedName(for symbol: String) -> String

    /// Reads a response body. `origin` names it in error messages.
    /// Throws `DataError(.badInput)` for malformed content.
    func parse(_ body: [UInt8], storedName: String, origin: String) throws -> ProviderPayload
}

/// What a provider read from one response.
public enum ProviderPayload: Sendable {
    /// Series for the store: bars, rates or factor columns.
    case series([LoadedSeries])
    /// A fund's holdings on a date, with the holdings file in the project's own layout
    /// (`ticker,name,sector,asset_class,market_value,weight_pct,…`), which `--members` reads.
    case holdings(MembershipSnapshot, csv: [UInt8])
}

/// The base URL a provider uses: an explicit one (`--base-url`), else the environment's
/// `ROTATION_<PROVIDER>_BASE_URL`, else the public default. A trailing `/` is dropped.
public func resolveBaseURL(_ explicit: String?, for name: ProviderName, default fallback: String,
                           environment: [String: String]) -> String {
    let chosen = [explicit, environment[name.baseURLVariable]].compactMap { $0 }.first { !$0.isEmpty } ?? fallback
    return chosen.hasSuffix("/") ? String(chosen.dropLast()) : chosen
}
