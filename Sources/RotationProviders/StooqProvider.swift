import Foundation
import RotationCore
import RotationData

/// Stooq daily bars: `BASE/q/d/l/?s=SYMBOL&i=d[&d1=YYYYMMDD&d2=YYYYMMDD][&apikey=KEY]`, answered
/// with a CSV `Date,Open,High,Low,Close[,Volume]` (ISO dates, ascending; CRLF or LF).
///
/// Symbols are Stooq's: `^spx`, `^ndx`, `iwm.us`. They are stored without `^` and without
/// Stooq's market suffix, upper-cased (`^spx` → `SPX`, `iwm.us` → `IWM`). Stooq's ETF and
/// stock closes are split- and dividend-adjusted and it has no separate adjusted close, so
/// `adj_close` stays empty: the bars are stored as Stooq publishes them.
///
/// The API key (`--api-key`, `ROTATION_STOOQ_API_KEY`) is added to the request only
/// (`requestURL`): the URL shown, cached and logged never carries it.
///
/// Refusals (exit 69, nothing imported; see `refusal`): `Get your apikey`, the JavaScript
/// browser-verification page, `No data`, the daily limit (English or Polish), HTML, an empty
/// body, anything not starting with the `Date,` header. Monthly rows that precede the daily
/// history (`^spx` from 1789 to 1885-02-01) and the running session's partial bar are left out
/// and said (`read`).
public struct StooqProvider: Provider {
    public static let defaultBaseURL = "https://stooq.com"
    /// The environment variable holding the API key.
    public static let apiKeyVariable = "ROTATION_STOOQ_API_KEY"
    public let baseURL: String
    /// Stooq's API key, sent as `&apikey=` (never shown).
    public let apiKey: String?
    public var name: ProviderName { .stooq }

    public init(baseURL: String = StooqProvider.defaultBaseURL, apiKey: String? = nil) {
        self.baseURL = baseURL
        self.apiKey = apiKey.flatMap { $0.isEmpty ? nil : $0 }
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

    public func requestURL(for url: String) -> String {
        guard let apiKey else { return url }
        return url + "&apikey=\(QueryText.escape(apiKey))"
    }

    public func storedName(for symbol: String) -> String {
        var name = symbol.hasPrefix("^") ? String(symbol.dropFirst()) : symbol
        if let dot = name.lastIndex(of: "."), name.distance(from: dot, to: name.endIndex) <= 4, dot != name.startIndex {
            name = String(name[..<dot])
        }
        return name.uppercased()
    }

    public func refusal(in body: [UInt8], context: AnswerContext) -> DataError? {
        let origin = context.origin
        let text = String(SourceAnswer.leadingText(body)).lowercased()
        let line = SourceAnswer.firstLine(body)
        if text.contains("requires javascript to verify your browser") || text.contains("/__verify") {
            return SourceAnswer.refused(.stooq, "its JavaScript browser-verification page",
                                        advice: "Stooq refuses non-browser clients; fetch indexes and ETFs from yahoo "
                                            + "(rotation fetch yahoo ^GSPC SPY) or use a mirror (--base-url)", origin: origin)
        }
        if text.hasPrefix("get your apikey") {
            let advice = apiKey == nil
                ? "Stooq wants an API key: get one on stooq.com, then pass --api-key KEY or set \(StooqProvider.apiKeyVariable)"
                : "Stooq did not accept the API key given (--api-key or \(StooqProvider.apiKeyVariable)); check it on stooq.com"
            return SourceAnswer.refused(.stooq, "\"\(line)\"", advice: advice, origin: origin)
        }
        if line.lowercased() == "no data" {
            return SourceAnswer.refused(.stooq, "\"No data\" for \(context.symbol)",
                                        advice: "Stooq does not know the symbol or has no rows in the range; check the spelling "
                                            + "on stooq.com (^spx, iwm.us), widen --from/--to, or fetch from yahoo", origin: origin)
        }
        if text.hasPrefix("exceeded the daily hits limit") || text.hasPrefix("przekroczony dzienny limit") {
            return SourceAnswer.refused(.stooq, "\"\(line)\"",
                                        advice: "Stooq's daily request limit is used up; try again tomorrow, re-run without "
                                            + "--refresh to use the cache, or fetch from yahoo", origin: origin)
        }
        if let refused = SourceAnswer.refusal(in: body, source: .stooq, origin: origin) { return refused }
        if !text.hasPrefix("date,") {
            return SourceAnswer.refused(.stooq, "\"\(line)\"",
                                        advice: "expected the CSV header Date,Open,High,Low,Close,Volume; try again later or fetch from yahoo",
                                        origin: origin)
        }
        return nil
    }

    public func parse(_ body: [UInt8], storedName: String, origin: String) throws -> ProviderPayload {
        let payload = try PriceCSV.parse(body, file: origin, symbol: storedName)
        guard case .bars = payload else {
            throw DataError(.badInput, "expected Stooq daily bars (Date,Open,High,Low,Close,Volume)",
                            at: SourceLocation(file: origin, line: 1))
        }
        return .series([payload])
    }

    public func read(_ body: [UInt8], context: AnswerContext) throws -> ProviderAnswer {
        guard case .series(let list) = try parse(body, storedName: context.storedName, origin: context.origin),
              case .bars(var bars)? = list.first else {
            throw DataError(.badInput, "expected Stooq daily bars", at: SourceLocation(file: context.origin, line: 1))
        }
        let stored = context.storedName
        var notes: [String] = []
        let monthly = StooqProvider.monthlyPrefixCount(bars.days)
        if monthly > 0 {
            notes.append("\(stored): left out \(monthly) monthly rows \(bars.days[0])..\(bars.days[monthly - 1]) that Stooq "
                + "publishes before its daily history; daily bars start \(bars.days[monthly])")
            bars = bars.slice(from: bars.days[monthly], through: nil)
        }
        if let running = ExchangeClock.stooq(context.symbol).runningDay(at: context.downloadedAt), bars.days.last == running {
            notes.append("\(stored): left out the bar of \(running), a session still running when Stooq answered "
                + "(\(FetchEngine.timestamp(context.downloadedAt))); fetch again after the close (--refresh)")
            bars = bars.slice(from: nil, through: running.adding(days: -1))
        }
        guard !bars.isEmpty else {
            throw DataError(.emptyWindow, "Stooq sent no final daily bar for \(context.symbol)", at: SourceLocation(file: context.origin))
        }
        return ProviderAnswer(payload: .series([.bars(bars)]), notes: notes)
    }

    /// How many leading rows are monthly: rows dated the 1st of a month, each more than 10 days
    /// before the next row (Stooq's `^spx` has monthly rows from 1789-05-01 to 1885-02-01, then
    /// daily rows from 1885-02-17). Zero unless at least two such rows lead.
    static func monthlyPrefixCount(_ days: [TradingDay]) -> Int {
        var count = 0
        while count + 1 < days.count, days[count].day == 1,
              days[count + 1].daysSinceEpoch - days[count].daysSinceEpoch > 10 {
            count += 1
        }
        return count >= 2 ? count : 0
    }
}
