import Foundation
import RotationCore
import RotationData

/// Yahoo Finance daily bars from the v8 chart API:
/// `BASE/v8/finance/chart/SYMBOL?period1=S&period2=S&interval=1d&events=div%2Csplit&includeAdjustedClose=true`.
///
/// `period1`/`period2` are seconds since 1970 UTC: the start of `--from` (default 1900-01-01)
/// and the start of the day after `--to` (default 9999999999, "to the end"), so the URL never
/// depends on today. Bars are dated on the exchange's local calendar day (see
/// `YahooChart.Meta.localDays`), never on the UTC day. `quote.open/high/low/close`
/// become the bars' as-traded columns, `adjclose` the adjusted close, `volume` the volume.
/// Symbols are Yahoo's (`^RUT`, `IWM`); stored without `^`, upper-cased.
///
/// The bars are turned into a Yahoo-style CSV, one line per bar in order, and read by
/// `PriceCSV`, so every value rule holds; an error names the bar (`field "close[17]"`, bar 17
/// counting from 0) and its date.
public struct YahooProvider: Provider {
    public static let defaultBaseURL = "https://query1.finance.yahoo.com"
    public let baseURL: String
    public var name: ProviderName { .yahoo }

    public init(baseURL: String = YahooProvider.defaultBaseURL) {
        self.baseURL = baseURL
    }

    public func url(for symbol: String, range: FetchRange) throws -> String {
        let start = (range.from ?? TradingDay(year: 1900, month: 1, day: 1)!).daysSinceEpoch * 86_400
        let end = range.to.map { String($0.adding(days: 1).daysSinceEpoch * 86_400) } ?? "9999999999"
        return "\(baseURL)/v8/finance/chart/\(QueryText.escape(symbol.uppercased()))?period1=\(start)&period2=\(end)"
            + "&interval=1d&events=div%2Csplit&includeAdjustedClose=true"
    }

    public func storedName(for symbol: String) -> String {
        (symbol.hasPrefix("^") ? String(symbol.dropFirst()) : symbol).uppercased()
    }

    public func parse(_ body: [UInt8], storedName: String, origin: String) throws -> ProviderPayload {
        let chart: YahooChart
        do {
            chart = try JSONDecoder().decode(YahooChart.self, from: Data(body))
        } catch let error as DecodingError {
            throw YahooProvider.describe(error, origin: origin)
        }
        if let failure = chart.chart.error {
            let text = [failure.code, failure.description].compactMap { $0 }.joined(separator: ": ")
            throw DataError(.unknownSymbol, "Yahoo answered an error: \(text)", at: SourceLocation(file: origin))
        }
        guard let result = chart.chart.result?.first else {
            throw DataError(.badInput, "Yahoo chart has no result", at: SourceLocation(file: origin, field: "chart.result"))
        }
        guard let times = result.timestamp, !times.isEmpty else {
            throw DataError(.emptyWindow, "Yahoo has no bars for this range", at: SourceLocation(file: origin))
        }
        let bars = try YahooBars(result, origin: origin)
        do {
            return .series([try PriceCSV.parse(bars.csv, file: origin, symbol: storedName)])
        } catch let error as DataError {
            throw bars.relocate(error, origin: origin)
        }
    }

    /// A JSON decoding failure as one line naming the JSON path.
    static func describe(_ error: DecodingError, origin: String) -> DataError {
        let path: [any CodingKey]
        let problem: String
        switch error {
        case .dataCorrupted(let context):
            path = context.codingPath
            problem = context.codingPath.isEmpty ? "not valid JSON (truncated or corrupt)" : "corrupt value"
        case .keyNotFound(let key, let context):
            path = context.codingPath + [key]
            problem = "missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            path = context.codingPath
            problem = "unexpected type or null"
        @unknown default:
            return DataError(.badInput, "not a Yahoo chart answer", at: SourceLocation(file: origin))
        }
        let field = path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().drop { $0 == "." }
        return DataError(.badInput, "Yahoo chart JSON: \(problem)",
                         at: SourceLocation(file: origin, field: field.isEmpty ? nil : String(field)))
    }
}
