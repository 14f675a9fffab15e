import Foundation
import RotationCore
import RotationData

/// Stooq daily bars: `BASE/q/d/l/?s=SYMBOL&i=d[&d1=YYYYMMDD&d2=YYYYMMDD]`, answered with a
/// CSV `Date,Open,High,Low,Close[,Volume]` (ISO dates, ascending).
///
/// Symbols are Stooq's: `^spx`, `^ndx`, `iwm.us`. They are stored without `^` and without
/// Stooq's market suffix, upper-cased (`^spx` → `SPX`, `iwm.us` → `IWM`). Stooq's ETF and
/// stock closes are split- and dividend-adjusted and it has no separate adjusted close, so
/// `adj_close` stays empty: the bars are stored as Stooq publishes them.
///
/// Stooq answers an unknown symbol with HTTP 200 and the body `No data`, and a client over its
/// daily quota with `Exceeded the daily hits limit`; the first is an unknown symbol (exit 66),
/// the second the service refusing (exit 69).
public struct StooqProvider: Provider {
    public static let defaultBaseURL = "https://stooq.com"
    public let baseURL: String
    public var name: ProviderName { .stooq }

    public init(baseURL: String = StooqProvider.defaultBaseURL) {
        self.baseURL = baseURL
    }

    public func url(for symbol: String, range: FetchRange) throws -> String {
        var url = "\(baseURL)/q/d/l/?s=\(QueryText.escape(symbol.lowercased()))&i=d"
        if !range.isUnbounded {
            let from = range.from.map(FetchRange.compact) ?? "19000101"
            let to = range.to.map(FetchRange.compact) ?? "20991231"
            url += "&d1=\(from)&d2=\(to)"
        }
        return url
    }

    public func storedName(for symbol: String) -> String {
        var name = symbol.hasPrefix("^") ? String(symbol.dropFirst()) : symbol
        if let dot = name.lastIndex(of: "."), name.distance(from: dot, to: name.endIndex) <= 4, dot != name.startIndex {
            name = String(name[..<dot])
        }
        return name.uppercased()
    }

    public func parse(_ body: [UInt8], storedName: String, origin: String) throws -> ProviderPayload {
        let text = String(decoding: body.prefix(200), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if text.lowercased() == "no data" {
            throw DataError(.unknownSymbol, "Stooq has no data for this symbol or range (answer \"No data\")",
                            at: SourceLocation(file: origin))
        }
        if text.lowercased().hasPrefix("exceeded the daily hits limit") {
            throw DataError(.unavailable, "Stooq refused: daily request limit exceeded; try again tomorrow or use the cache",
                            at: SourceLocation(file: origin))
        }
        let payload = try PriceCSV.parse(body, file: origin, symbol: storedName)
        guard case .bars = payload else {
            throw DataError(.badInput, "expected Stooq daily bars (Date,Open,High,Low,Close,Volume)",
                            at: SourceLocation(file: origin, line: 1))
        }
        return .series([payload])
    }
}
