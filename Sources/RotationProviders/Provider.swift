import Foundation
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

    /// Reads a response body knowing what was asked and when it was downloaded, with notes for
    /// the user about what was left out or differs from the request. The default is `parse`
    /// with no notes; Stooq drops monthly rows and a running session's bar here, iShares
    /// reports an as-of day other than the one asked for.
    func read(_ body: [UInt8], context: AnswerContext) throws -> ProviderAnswer

    /// The answer as a refusal (the service sent something other than data: an HTML page, an
    /// empty body, a text message, a body of the wrong shape), or nil when it looks like data.
    /// Checked before `read`; the default is `SourceAnswer.refusal` (empty or HTML).
    func refusal(in body: [UInt8], context: AnswerContext) -> DataError?

    /// The source's own explanation in the body of an HTTP 404/410 answer (Yahoo's
    /// `"No data found, symbol may be delisted"`), or nil. The default is nil.
    func missingDetail(in body: [UInt8]) -> String?

    /// The URL actually requested for `url` (`url` plus credentials such as Stooq's `apikey`).
    /// `url` itself is what is shown, cached and logged, so a secret never leaves the request.
    func requestURL(for url: String) -> String
}

extension Provider {
    public func read(_ body: [UInt8], context: AnswerContext) throws -> ProviderAnswer {
        ProviderAnswer(payload: try parse(body, storedName: context.storedName, origin: context.origin))
    }

    public func refusal(in body: [UInt8], context: AnswerContext) -> DataError? {
        SourceAnswer.refusal(in: body, source: name, origin: context.origin)
    }

    public func requestURL(for url: String) -> String { url }

    public func missingDetail(in body: [UInt8]) -> String? { nil }
}

/// What `Provider.read` knows besides the bytes.
public struct AnswerContext: Sendable {
    /// The symbol as asked for (`^spx`).
    public var symbol: String
    /// The name the data are stored under.
    public var storedName: String
    /// The URL (without credentials), or the cache file on a re-run: names the answer in errors.
    public var origin: String
    /// The days asked for.
    public var range: FetchRange
    /// When the answer was downloaded (on a cache hit, the original download).
    public var downloadedAt: Date

    public init(symbol: String, storedName: String, origin: String, range: FetchRange = FetchRange(), downloadedAt: Date = Date()) {
        self.symbol = symbol
        self.storedName = storedName
        self.origin = origin
        self.range = range
        self.downloadedAt = downloadedAt
    }
}

/// A parsed answer and what the user should be told about it (rows left out, another day).
public struct ProviderAnswer: Sendable {
    public var payload: ProviderPayload
    /// One line each, naming the stored symbol.
    public var notes: [String]

    public init(payload: ProviderPayload, notes: [String] = []) {
        self.payload = payload
        self.notes = notes
    }
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
