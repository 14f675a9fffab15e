import RotationCore
import RotationData

/// iShares fund holdings: `BASE/us/products/ID/SLUG/1467271812596.ajax?fileType=csv&fileName=TICKER_holdings&dataType=fund[&asOfDate=YYYYMMDD]`.
///
/// The symbol is a fund ticker this provider knows (`IWM`, `IJR`, `IVV`) or any fund's product
/// path `ID/SLUG` as in its page address (`239710/ishares-russell-2000-etf`). `--to` asks for
/// the holdings as of that day (`asOfDate`); without it, the latest. `--from` does not apply.
/// The answer is rewritten in the project's holdings layout (see `ISharesHoldings`) and read
/// by `HoldingsCSV`; the store keeps no membership snapshots, so the result is a file
/// (`TICKER_holdings_YYYY-MM-DD.csv`) that `--members` reads.
public struct ISharesProvider: Provider {
    public static let defaultBaseURL = "https://www.ishares.com"
    /// Product paths of the funds known by ticker.
    public static let funds: [String: String] = [
        "IWM": "239710/ishares-russell-2000-etf",
        "IJR": "239774/ishares-core-sp-smallcap-etf",
        "IVV": "239726/ishares-core-sp-500-etf",
    ]
    public let baseURL: String
    public var name: ProviderName { .ishares }

    public init(baseURL: String = ISharesProvider.defaultBaseURL) {
        self.baseURL = baseURL
    }

    public func url(for symbol: String, range: FetchRange) throws -> String {
        let path: String
        if symbol.contains("/") {
            path = symbol.split(separator: "/").map { QueryText.escape(String($0)) }.joined(separator: "/")
        } else if let known = ISharesProvider.funds[symbol.uppercased()] {
            path = known
        } else {
            let names = ISharesProvider.funds.keys.sorted().joined(separator: ", ")
            throw DataError(.unknownSymbol, "unknown iShares fund \"\(symbol)\": use one of \(names) or the product path ID/SLUG from the fund's page address")
        }
        var url = "\(baseURL)/us/products/\(path)/1467271812596.ajax?fileType=csv"
            + "&fileName=\(QueryText.escape(storedName(for: symbol)))_holdings&dataType=fund"
        if let to = range.to { url += "&asOfDate=\(FetchRange.compact(to))" }
        return url
    }

    public func storedName(for symbol: String) -> String {
        if symbol.contains("/") {
            let slug = symbol.split(separator: "/").last.map(String.init) ?? symbol
            return slug.uppercased()
        }
        return symbol.uppercased()
    }

    public func parse(_ body: [UInt8], storedName: String, origin: String) throws -> ProviderPayload {
        try read(body, context: AnswerContext(symbol: storedName, storedName: storedName, origin: origin)).payload
    }

    /// The holdings as of the day in the file (the snapshot's day), with a note when it is not
    /// the day asked for (`--to`): iShares answers a holiday or a future day with another day's
    /// holdings.
    public func read(_ body: [UInt8], context: AnswerContext) throws -> ProviderAnswer {
        let holdings = try ISharesHoldings(body, origin: context.origin, asked: context.range.to)
        let snapshot = try HoldingsCSV.parse(bytes: holdings.csv, file: context.origin, date: holdings.date)
        var notes: [String] = []
        if let asked = context.range.to, asked != holdings.date {
            notes.append("\(context.storedName): iShares answered the holdings as of \(holdings.date), not \(asked) as asked; "
                + "the file and snapshot are dated \(holdings.date)")
        }
        return ProviderAnswer(payload: .holdings(snapshot, csv: holdings.csv), notes: notes)
    }

    /// Refused unless a "Fund Holdings as of" or "Ticker" line comes within the first 20 lines.
    public func refusal(in body: [UInt8], context: AnswerContext) -> DataError? {
        if let refused = SourceAnswer.refusal(in: body, source: .ishares, origin: context.origin) { return refused }
        let head = ISharesHoldings.lines(Array(body.prefix(16_384))).prefix(20)
        let known = head.contains { line in
            let first = ISharesHoldings.fields(line).first?.lowercased() ?? ""
            return first == "fund holdings as of" || first == "ticker"
        }
        guard known else {
            return SourceAnswer.refused(.ishares, "\"\(SourceAnswer.firstLine(body))\"",
                                        advice: "expected a holdings file with a \"Fund Holdings as of\" line; check the fund or try again later",
                                        origin: context.origin)
        }
        return nil
    }
}
