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

    public func parse(_ body: [UInt8], storedName: String, origin: String) throws -> ProviderPayload {
        if body.starts(with: Array("<".utf8)) || body.starts(with: Array("<!DOCTYPE".utf8)) {
            throw DataError(.badInput, "expected FRED CSV, got an HTML page (is the series id right?)",
                            at: SourceLocation(file: origin, line: 1))
        }
        let payload = try PriceCSV.parse(body, file: origin, symbol: storedName)
        guard case .series(let series) = payload, series.kind == .rate else {
            throw DataError(.badInput, "expected FRED CSV with two columns (observation_date,SERIES)",
                            at: SourceLocation(file: origin, line: 1))
        }
        return .series([payload])
    }
}
