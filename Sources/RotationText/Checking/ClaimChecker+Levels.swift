import RotationCore

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
        let format: (Double) -> String = { CheckFormat.level($0) }
        let day = bars.days[index]
        let status = bars.recordStatus(basis: .price, asOf: asOf)
        let totalStatus = bars.hasAdjustedClose ? bars.recordStatus(basis: .total, asOf: asOf) : nil
        let high = bars.high[index].isNaN ? bars.close[index] : max(bars.high[index], bars.close[index])
        var alternatives: [(String, Double)] = []
        switch claim.kind {
        case .recordClose where claim.isPreviousRecord:
            // "its previous record close": the record standing before the latest close set one.
            guard let record = status.recordClose else { return .unverifiable(status.note ?? "no closes") }
            let newRecord = record.date == day
            let previous = newRecord ? status.previousRecordClose : record
            guard let previous else { return .unverifiable("\(bars.symbol) has no record before \(record.date)") }
            if newRecord { alternatives.append(("the record close of \(record.date)", record.value)) }
            return judge(claim, computed: previous.value,
                         described: "\(bars.symbol) record close before \(newRecord ? "the one set \(day)" : "\(asOf)") (set \(previous.date))",
                         format: format, alternatives: alternatives)
        case .recordClose:
            guard let record = status.recordClose, let recordHigh = status.recordHigh else { return .unverifiable(status.note ?? "no closes") }
            alternatives.append(("the record intraday high of \(recordHigh.date)", recordHigh.value))
            alternatives += recordBefore(bars, index: index)
            if let total = totalStatus?.recordClose {
                alternatives.append(("the record close on the total-return basis (\(total.date), dividends reinvested)", total.value))
            }
            return judge(claim, computed: record.value, described: "\(bars.symbol) record close as of \(asOf) (set \(record.date))",
                         format: format, alternatives: alternatives)
        case .intradayLow:
            let low = bars.low[index].isNaN ? bars.close[index] : min(bars.low[index], bars.close[index])
            if claim.day == nil {
                let lows = bars.days.indices.filter { bars.days[$0] <= asOf }.map { bars.low[$0].isNaN ? bars.close[$0] : min(bars.low[$0], bars.close[$0]) }
                if let record = lows.min() { return judge(claim, computed: record, described: "\(bars.symbol) lowest intraday low as of \(asOf)", format: format, alternatives: []) }
            }
            alternatives.append(("the close of \(day)", bars.close[index]))
            alternatives += neighbours(bars, index: index, column: bars.low, name: "the intraday low of")
            return judge(claim, computed: low, described: "\(bars.symbol) intraday low on \(day)", format: format, alternatives: alternatives)
        case .intradayHigh:
            if claim.day == nil, let recordHigh = status.recordHigh {
                if let record = status.recordClose { alternatives.append(("the record close of \(record.date)", record.value)) }
                alternatives += recordBefore(bars, index: index)
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

    /// A points change over the claim's window: end close − start close (price basis).
    /// Alternatives: the window ending a trading day earlier or later (never after the article's day).
    /// The records standing at the close before the day at `index` (an article written during
    /// the session quotes them): the record close and the record intraday high, when the day set
    /// a new one.
    func recordBefore(_ bars: DailyBars, index: Int) -> [(String, Double)] {
        guard index > 0 else { return [] }
        let before = bars.days[index - 1]
        let status = bars.recordStatus(basis: .price, asOf: before)
        var found: [(String, Double)] = []
        if let close = status.recordClose { found.append(("the record close standing before \(bars.days[index]) (set \(close.date))", close.value)) }
        if let high = status.recordHigh { found.append(("the record intraday high standing before \(bars.days[index]) (set \(high.date))", high.value)) }
        return found
    }

    func checkPoints(_ claim: Claim) -> Outcome {
        let bars: DailyBars
        switch series(claim.subject, phrase: claim.subjectPhrase) {
        case .failure(let failure): return .unverifiable(failure.reason)
        case .success(let found): bars = found
        }
        guard let window = claim.window else { return .unverifiable("no window") }
        func change(_ end: TradingDay) -> WindowReturn? {
            let row = bars.windowReturn(window.window, basis: .price, asOf: end)
            return row.startValue != nil && row.endValue != nil ? row : nil
        }
        guard let row = change(window.end), let start = row.startValue, let end = row.endValue,
              let startDate = row.startDate, let endDate = row.endDate else {
            return .unverifiable("\(bars.symbol) \(window.window): no closes to measure points")
        }
        var alternatives: [(String, Double)] = []
        if let endIndex = bars.lastIndex(onOrBefore: endDate) {
            for offset in [-1, 1] where endIndex + offset >= 0 && endIndex + offset < bars.count {
                let day = bars.days[endIndex + offset]
                if let asOf, day > asOf { continue }
                if let other = change(day), let a = other.startValue, let b = other.endValue {
                    alternatives.append(("with the window ending \(day)", b - a))
                }
            }
        }
        return judge(claim, computed: end - start,
                     described: "\(bars.symbol) points change \(window.window) from \(startDate) (\(CheckFormat.level(start))) to \(endDate) (\(CheckFormat.level(end)))",
                     format: { CheckFormat.points($0) }, alternatives: alternatives)
    }

    /// The close against the record close as of the claim's day: close / record − 1 (≤ 0).
    /// Alternatives: against the record intraday high; the close of the day before.
    func checkFromRecord(_ claim: Claim) -> Outcome {
        let bars: DailyBars
        switch series(claim.subject, phrase: claim.subjectPhrase) {
        case .failure(let failure): return .unverifiable(failure.reason)
        case .success(let found): bars = found
        }
        let asOf = claim.day ?? claim.window?.end ?? bars.days.last!
        let status = bars.recordStatus(basis: .price, asOf: asOf)
        guard let record = status.recordClose, let last = status.last, let distance = status.fromRecordClose else {
            return .unverifiable(status.note ?? "no closes")
        }
        var alternatives: [(String, Double)] = []
        if let high = status.recordHigh { alternatives.append(("against the record intraday high of \(high.date) (\(CheckFormat.level(high.value)))", last.close / high.value - 1)) }
        if let index = bars.lastIndex(onOrBefore: last.date), index >= 1 {
            let before = bars.recordStatus(basis: .price, asOf: bars.days[index - 1])
            if let value = before.fromRecordClose { alternatives.append(("as of the close of \(bars.days[index - 1])", value)) }
        }
        return judge(claim, computed: distance,
                     described: "\(bars.symbol) close \(last.date) (\(CheckFormat.level(last.close))) against its record close of \(record.date) (\(CheckFormat.level(record.value)))",
                     format: { CheckFormat.percent($0) }, alternatives: alternatives)
    }

    private func neighbours(_ bars: DailyBars, index: Int, column: [Double], name: String) -> [(String, Double)] {
        let limit = asOf ?? TradingDay(daysSinceEpoch: Int(Int32.max))
        return [index - 1, index + 1].filter { $0 >= 0 && $0 < bars.count && !column[$0].isNaN && bars.days[$0] <= limit }
            .map { ("\(name) \(bars.days[$0])", column[$0]) }
    }
}
