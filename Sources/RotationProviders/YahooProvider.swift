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

    /// The `description` of Yahoo's `{"chart":{"result":null,"error":{…}}}` body of an HTTP 404.
    public func missingDetail(in body: [UInt8]) -> String? {
        (try? JSONDecoder().decode(YahooChart.self, from: Data(body)))?.chart.error?.description
    }

    /// Refused (exit 69) unless the answer starts like a JSON object (`{`).
    public func refusal(in body: [UInt8], context: AnswerContext) -> DataError? {
        if let refused = SourceAnswer.refusal(in: body, source: .yahoo, origin: context.origin) { return refused }
        guard SourceAnswer.leadingText(body).hasPrefix("{") else {
            return SourceAnswer.refused(.yahoo, "\"\(SourceAnswer.firstLine(body))\"",
                                        advice: "expected chart JSON; try again later", origin: context.origin)
        }
        return nil
    }

    public func parse(_ body: [UInt8], storedName: String, origin: String) throws -> ProviderPayload {
        .series([try bars(body, storedName: storedName, origin: origin).series])
    }

    /// The bars, and a note when the last bar is the session still running at the download:
    /// Yahoo's `meta.currentTradingPeriod.regular` is that day's regular session; a bar dated on
    /// its day, downloaded after its start and before its end, is partial and left out.
    public func read(_ body: [UInt8], context: AnswerContext) throws -> ProviderAnswer {
        let (series, meta) = try bars(body, storedName: context.storedName, origin: context.origin)
        let now = Int64(context.downloadedAt.timeIntervalSince1970.rounded(.down))
        guard case .bars(let all) = series, let session = meta.currentTradingPeriod?.regular,
              session.start <= now, now < session.end,
              let running = meta.localDays([session.start]).first, all.days.last == running else {
            return ProviderAnswer(payload: .series([series]))
        }
        let kept = all.slice(from: nil, through: running.adding(days: -1))
        guard !kept.isEmpty else {
            throw DataError(.emptyWindow, "Yahoo sent no final daily bar for \(context.symbol)", at: SourceLocation(file: context.origin))
        }
        let note = "\(context.storedName): left out the bar of \(running), a session still running when Yahoo answered "
            + "(\(FetchEngine.timestamp(context.downloadedAt))); fetch again after the close (--refresh)"
        return ProviderAnswer(payload: .series([.bars(kept)]), notes: [note])
    }

    private func bars(_ body: [UInt8], storedName: String, origin: String) throws -> (series: LoadedSeries, meta: YahooChart.Meta) {
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
            return (try PriceCSV.parse(bars.csv, file: origin, symbol: storedName), result.meta)
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
