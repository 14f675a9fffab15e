import RotationCore

/// Why a backtest spec cannot run on the data it was given. The CLI maps every case to exit 65
/// (bad input data); the server to a 4xx JSON error.
///
/// `description` is one line a user can act on and names the spec field or symbol at fault:
/// `spec field "weights": weights sum to 0.95, expected 1 (tolerance 1e-9)`.
public enum BacktestError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The spec JSON has a key no strategy knows (`rebalence`).
    case unknownField(String)
    /// The spec has a key the chosen strategy does not use (`weights` on `pairs`).
    case fieldNotApplicable(field: String, strategy: BacktestStrategy)
    /// The strategy needs a field the spec lacks.
    case missingField(field: String, strategy: BacktestStrategy)
    /// A field has a value outside its domain; `reason` says what was expected and what came.
    case invalidValue(field: String, reason: String)
    /// A symbol the spec names has no prices in the data.
    case unknownSymbol(String)
    /// Allocation weights do not add up to 1 within 1e-9.
    case weightsDoNotSumToOne(sum: Double)
    /// No day in `from…to` on which every symbol of the strategy has a close.
    case emptyDateRange(symbols: [String], from: TradingDay?, to: TradingDay?)
    /// The spec names a rate series (`cash_rate`) the data do not hold.
    case missingRateSeries(String)
    /// The rate series has no value on or before a day the run needs one for.
    case rateUnavailable(name: String, day: TradingDay)
    /// A trailing window (beta) needs more history before the day it is used on.
    case insufficientHistory(field: String, needed: Int, available: Int, day: TradingDay)
    /// The beta hedge ratio is not positive, so the short leg would be a long.
    case nonPositiveBeta(beta: Double, day: TradingDay)

    /// A stable machine-readable code.
    public var code: String {
        switch self {
        case .unknownField: "unknown_field"
        case .fieldNotApplicable: "field_not_applicable"
        case .missingField: "missing_field"
        case .invalidValue: "invalid_value"
        case .unknownSymbol: "unknown_symbol"
        case .weightsDoNotSumToOne: "weights_do_not_sum_to_one"
        case .emptyDateRange: "empty_date_range"
        case .missingRateSeries: "missing_rate_series"
        case .rateUnavailable: "rate_unavailable"
        case .insufficientHistory: "insufficient_history"
        case .nonPositiveBeta: "non_positive_beta"
        }
    }

    public var description: String {
        switch self {
        case .unknownField(let name):
            return "spec field \"\(name)\": unknown field"
        case .fieldNotApplicable(let field, let strategy):
            return "spec field \"\(field)\": not used by strategy \"\(strategy.rawValue)\""
        case .missingField(let field, let strategy):
            return "spec field \"\(field)\": required by strategy \"\(strategy.rawValue)\""
        case .invalidValue(let field, let reason):
            return "spec field \"\(field)\": \(reason)"
        case .unknownSymbol(let symbol):
            return "unknown symbol \"\(symbol)\": no prices loaded for it"
        case .weightsDoNotSumToOne(let sum):
            return "spec field \"weights\": weights sum to \(sum), expected 1 (tolerance 1e-9)"
        case .emptyDateRange(let symbols, let from, let to):
            let range = "\(from?.description ?? "the first day") to \(to?.description ?? "the last day")"
            return "empty date range: no day from \(range) has a close for every one of \(symbols.joined(separator: ", "))"
        case .missingRateSeries(let name):
            return "spec field \"cash_rate\": rate series \"\(name)\" is not loaded"
        case .rateUnavailable(let name, let day):
            return "spec field \"cash_rate\": rate series \"\(name)\" has no value on or before \(day)"
        case .insufficientHistory(let field, let needed, let available, let day):
            return "spec field \"\(field)\": needs \(needed) daily returns up to \(day), the data have \(available)"
        case .nonPositiveBeta(let beta, let day):
            return "spec field \"hedge\": beta is \(beta) on \(day); a beta hedge needs a positive beta"
        }
    }
}
