import RotationCore
import RotationData

/// `rotation highs SYMBOL…`.
public struct HighsRequest: Sendable {
    public var symbols: [String]
    public var asOf: TradingDay?
    public var basis: PriceBasis

    public init(symbols: [String], asOf: TradingDay? = nil, basis: PriceBasis = .price) {
        self.symbols = symbols
        self.asOf = asOf
        self.basis = basis
    }
}

/// The contract's `highs` document: `as_of, basis, rows`.
public typealias HighsResult = DatedRows<RecordStatus>

extension RotationService {
    /// Record close and record intraday high per symbol as of a day.
    public func highs(_ request: HighsRequest) async throws -> HighsResult {
        guard !request.symbols.isEmpty else { throw Failure(.usage, "highs needs at least one SYMBOL or FILE") }
        var rows: [RecordStatus] = []
        for argument in request.symbols {
            let bars = try await source.loadBars(argument)
            let status = bars.recordStatus(basis: request.basis, asOf: request.asOf)
            guard status.last != nil else {
                let when = request.asOf.map { " on or before \($0)" } ?? ""
                throw DataError(.emptyWindow, status.note ?? "\(bars.symbol) has no close\(when)")
            }
            rows.append(status)
        }
        let asOf = request.asOf ?? rows.compactMap { $0.last?.date }.max()
        return HighsResult(asOf: asOf, basis: request.basis, rows: rows)
    }
}
