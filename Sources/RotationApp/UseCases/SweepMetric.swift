import RotationBacktest

/// What `rotation sweep --sort` ranks by. Each names a column of the sweep's rows.
public enum SweepMetric: String, Sendable, Codable, CaseIterable {
    /// Annualised Sharpe ratio of the daily equity returns (mean ÷ sample std × √252, risk-free
    /// 0) from the first close of the run (the entry cost is not in it); `nil` with fewer than two
    /// returns or zero variance — such rows sort last in either order.
    case sharpe
    case totalReturn = "total_return"
    case finalEquity = "final_equity"
    case turnover
    case costs
    case rebalances

    /// The metric's value in a result (`nil` only for an undefined Sharpe ratio).
    public func value(_ result: RotationSweepResult) -> Double? {
        switch self {
        case .sharpe: result.provisionalSharpe
        case .totalReturn: result.totalReturn
        case .finalEquity: result.finalEquity
        case .turnover: result.turnover
        case .costs: result.costs
        case .rebalances: Double(result.rebalances)
        }
    }

    /// Whether larger values rank first by default: `sharpe`, `total_return` and `final_equity`
    /// do; `turnover`, `costs` and `rebalances` rank smallest first.
    public var largerIsBetter: Bool {
        switch self {
        case .sharpe, .totalReturn, .finalEquity: true
        case .turnover, .costs, .rebalances: false
        }
    }

    /// Whether rows rank descending: as asked (`--descending` / `--ascending`), else the
    /// metric's own order (`largerIsBetter`). The CLI and the API both rank by this rule.
    public func ranksDescending(descending: Bool, ascending: Bool) -> Bool {
        descending || (!ascending && largerIsBetter)
    }

    /// Parses a `--sort` value; a usage error (exit 64) lists the valid names.
    public static func parse(_ text: String) throws -> SweepMetric {
        guard let metric = SweepMetric(rawValue: text) else {
            throw Failure(.usage, "--sort: unknown metric \"\(text)\"; valid metrics: \(allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return metric
    }
}
