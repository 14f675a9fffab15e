/// How a value axis labels its numbers.
public enum ValueStyle: Sendable, Equatable {
    /// The number as it is (index levels, RS-Ratio).
    case plain
    /// A fraction shown as a percentage: 0.25 → "25%".
    case percent

    /// The label of a tick at `value` on an axis whose ticks are `step` apart.
    public func tickLabel(_ value: Double, step: Double) -> String {
        switch self {
        case .plain: SVGFormat.label(value, decimals: SVGFormat.decimals(forStep: step))
        case .percent: SVGFormat.label(value * 100, decimals: SVGFormat.decimals(forStep: step * 100)) + "%"
        }
    }

    /// A value printed for a reader (bar labels): two decimals, or one for percentages.
    public func valueLabel(_ value: Double) -> String {
        switch self {
        case .plain: SVGFormat.label(value, decimals: 2)
        case .percent: SVGFormat.label(value * 100, decimals: 1) + "%"
        }
    }
}
