import RotationCore
import RotationText

extension ClaimChecker {
    /// Closing levels, record closes and intraday highs. The day is the claim's day, else the as-of
    /// day (the window end). Alternatives: the intraday figure for a close and the close for an
    /// intraday figure, the total-return basis, and the day before or after for a dated level.
    func checkLevel(_ claim: Claim) -> Outcome {
        let bars: DailyBars
        switch series(claim.subject, phrase: claim.subjectPhrase) {
        case .failure(let failure): return .unverifiable(failure.reason)
        case .success(let found): bars = found
        }
        let asOf = claim.day ?? claim.window?.end ?? bars.days.last!
        guard let index = bars.lastIndex(onOrBefore: asOf) else {
            return .unverifiable("no \(bars.symbol) data on or before \(asOf)")
        }
        let format: (Double) -> String = { Formatting.level($0) }
        let day = bars.days[index]
        let status = bars.recordStatus(basis: .price, asOf: asOf)
        let totalStatus = bars.hasAdjustedClose ? bars.recordStatus(basis: .total, asOf: asOf) : nil
        let high = bars.high[index].isNaN ? bars.close[index] : max(bars.high[index], bars.close[index])
        var alternatives: [(String, Double)] = []
        switch claim.kind {
        case .recordClose:
            guard let record = status.recordClose, let recordHigh = status.recordHigh else { return .unverifiable(status.note ?? "no closes") }
            alternatives.append(("the record intraday high of \(recordHigh.date)", recordHigh.value))
            if let total = totalStatus?.recordClose {
                alternatives.append(("the record close on the total-return basis (\(total.date), dividends reinvested)", total.value))
            }
            return judge(claim, computed: record.value, described: "\(bars.symbol) record close as of \(asOf) (set \(record.date))",
                         format: format, alternatives: alternatives)
        case .intradayHigh:
            if claim.day == nil, let recordHigh = status.recordHigh {
                if let record = status.recordClose { alternatives.append(("the record close of \(record.date)", record.value)) }
                return judge(claim, computed: recordHigh.value, described: "\(bars.symbol) record intraday high as of \(asOf) (set \(recordHigh.date))",
                             format: format, alternatives: alternatives)
            }
            alternatives.append(("the close of \(day)", bars.close[index]))
            alternatives += neighbours(bars, index: index, column: bars.high, name: "the intraday high of")
            return judge(claim, computed: high, described: "\(bars.symbol) intraday high on \(day)", format: format, alternatives: alternatives)
        default:
            alternatives.append(("the intraday high of \(day)", high))
            alternatives += neighbours(bars, index: index, column: bars.close, name: "the close of")
            if bars.hasAdjustedClose, !bars.adjClose[index].isNaN {
                alternatives.append(("the dividend-adjusted close of \(day)", bars.adjClose[index]))
            }
            return judge(claim, computed: bars.close[index], described: "\(bars.symbol) close on \(day)", format: format,
                         alternatives: alternatives)
        }
    }

    private func neighbours(_ bars: DailyBars, index: Int, column: [Double], name: String) -> [(String, Double)] {
        let limit = asOf ?? TradingDay(daysSinceEpoch: Int(Int32.max))
        return [index - 1, index + 1].filter { $0 >= 0 && $0 < bars.count && !column[$0].isNaN && bars.days[$0] <= limit }
            .map { ("\(name) \(bars.days[$0])", column[$0]) }
    }
}
