import RotationCharts
import RotationCore

/// One command's chart: what `--chart FILE.svg` writes and what a page can embed.
///
/// Built by `CommandCharts` from a command's result alone (pure: no store, no files), so the
/// CLI and the server draw the same picture from the same answer.
public struct CommandChart: Sendable, Equatable {
    /// The heading (also the SVG `<title>`).
    public var title: String
    /// How the numbers were made: rebasing, basis, the command whose output holds them.
    public var caption: String
    /// A standalone SVG document (with the namespace declaration), ending in a newline.
    public var svg: String
}

/// The composition of each command's result into its chart (issue 18, item 3): which series,
/// which axis and unit, what is shaded, what the caption says. One function per command.
public enum CommandCharts {
    /// "price basis (close)" or "total-return basis (adj_close)".
    static func basisText(_ basis: PriceBasis) -> String {
        basis == .total ? "total-return basis (adj_close)" : "price basis (close)"
    }

    /// The same from a result's basis text (`MetricsReport.basis`).
    static func basisText(_ basis: String) -> String {
        basisText(PriceBasis(rawValue: basis) ?? .price)
    }

    /// Dated points from parallel columns.
    static func points(_ days: [TradingDay], _ values: [Double?]) -> [DatedPoint] {
        zip(days, values).map { DatedPoint(day: $0, value: $1) }
    }

    /// A day as ISO text, or `fallback` when there is none.
    static func text(_ day: TradingDay?, or fallback: String = "n/a") -> String {
        day.map { String(describing: $0) } ?? fallback
    }

    /// `count` periods in words: "1 week", "5 weeks".
    static func periods(_ count: Int, _ period: PeriodicFrequency) -> String {
        "\(count) \(period.rawValue)\(count == 1 ? "" : "s")"
    }

    /// Colours of the side that leads (green), lags (red), or neither (grey).
    static let leading = "#2ca02c", lagging = "#d62728", neutral = "#7f7f7f"
}
