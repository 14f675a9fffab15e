import Foundation
import RotationCore
import RotationData

/// The days a fetch asks for (`--from`, `--to`), inclusive; an open end is unbounded.
///
/// Providers pass the range to the source when its API takes one, and the fetched rows are
/// cut to it again here, so every source gives exactly the asked-for days.
public struct FetchRange: Sendable, Equatable, CustomStringConvertible {
    public var from: TradingDay?
    public var to: TradingDay?

    public init(from: TradingDay? = nil, to: TradingDay? = nil) {
        self.from = from
        self.to = to
    }

    /// True when neither end is given.
    public var isUnbounded: Bool { from == nil && to == nil }

    /// The rows of `payload` inside the range.
    public func clip(_ payload: LoadedSeries) -> LoadedSeries {
        guard !isUnbounded else { return payload }
        switch payload {
        case .bars(let bars):
            return .bars(bars.slice(from: from, through: to))
        case .series(let series):
            let lower = from.map { series.days.firstIndex(onOrAfter: $0) } ?? 0
            let upper = to.map { (series.days.lastIndex(onOrBefore: $0) ?? -1) + 1 } ?? series.count
            guard lower < upper else { return .series(Series(name: series.name, kind: series.kind, days: [], values: [])) }
            return .series(Series(name: series.name, kind: series.kind, days: Array(series.days[lower..<upper]),
                                  values: Array(series.values[lower..<upper])))
        }
    }

    /// `from..to` for messages (`2024-01-02..2024-12-31`, `..2024-12-31`, `2024-01-02..`).
    public var description: String {
        "\(from.map(String.init(describing:)) ?? "")..\(to.map(String.init(describing:)) ?? "")"
    }

    /// `YYYYMMDD`, the compact form Stooq and iShares take.
    static func compact(_ day: TradingDay) -> String {
        String(describing: day).replacingOccurrences(of: "-", with: "")
    }
}
