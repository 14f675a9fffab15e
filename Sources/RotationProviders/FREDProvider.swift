import RotationCore
import RotationData

/// FRED series as CSV: `BASE/graph/fredgraph.csv?id=SERIES[&cosd=YYYY-MM-DD&coed=YYYY-MM-DD]`,
/// answered with `observation_date,SERIES` (older answers: `DATE,SERIES`), values in percent,
/// `.` or empty for a day without an observation (skipped).
///
/// Stored as a rate series under the series id upper-cased (`DGS10`), exactly like
/// `rotation import rates/DGS10.csv`. Read by `PriceCSV`'s rate layout.
public struct FREDProvider: Provider {
    public static let defaultBaseURL = "https://fred.stlouisfed.org"
    public let baseURL: String
    public var name: ProviderName { .fred }

    public init(baseURL: String = FREDProvider.defaultBaseURL) {
        self.baseURL = baseURL
    }

    public func url(for symbol: String, range: FetchRange) throws -> String {
        var url = "\(baseURL)/graph/fredgraph.csv?id=\(QueryText.escape(symbol.uppercased()))"
        if let from = range.from { url += "&cosd=\(from)" }
        if let to = range.to { url += "&coed=\(to)" }
        return url
    }

    public func storedName(for symbol: String) -> String { symbol.uppercased() }

    /// Refused (exit 69) unless the answer starts with a `observation_date,` or `DATE,` header;
    /// FRED answers an HTML page for an unknown series id.
    public func refusal(in body: [UInt8], context: AnswerContext) -> DataError? {
        if SourceAnswer.isHTML(body) {
            return SourceAnswer.refused(.fred, "an HTML page", advice: "check the series id on fred.stlouisfed.org (DGS10, DFF)",
                                        origin: context.origin)
        }
        if let refused = SourceAnswer.refusal(in: body, source: .fred, origin: context.origin) { return refused }
        let header = SourceAnswer.firstLine(body).lowercased()
        guard header.hasPrefix("observation_date,") || header.hasPrefix("date,") else {
            return SourceAnswer.refused(.fred, "\"\(SourceAnswer.firstLine(body))\"",
                                        advice: "expected the CSV header observation_date,SERIES; check the series id on fred.stlouisfed.org",
                                        origin: context.origin)
        }
        return nil
    }

    public func parse(_ body: [UInt8], storedName: String, origin: String) throws -> ProviderPayload {
        let payload = try PriceCSV.parse(body, file: origin, symbol: storedName)
        guard case .series(let series) = payload, series.kind == .rate else {
            throw DataError(.badInput, "expected FRED CSV with two columns (observation_date,SERIES)",
                            at: SourceLocation(file: origin, line: 1))
        }
        return .series([payload])
    }
}
