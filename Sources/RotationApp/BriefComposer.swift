import RotationCore
import RotationData

/// Turns computed values into the brief's sections. Every sentence is generated from a number
/// computed here and carries the command that reproduces it.
struct BriefComposer {
    let sleeves: [(Sleeve, DailyBars)]
    let asOf: TradingDay
    let basis: PriceBasis

    var symbolList: String { sleeves.map(\.0.symbol).joined(separator: " ") }
    var basisFlag: String { basis == .total ? " --total-return" : "" }

    /// "The numbers": each window's return per sleeve, and who led.
    func numbers(windows: [Window]) -> BriefSection {
        var sentences: [BriefSentence] = []
        var rows: [[BriefCell]] = sleeves.map { [BriefCell("\($0.0.label) (\($0.0.symbol))")] }
        var leaderRow: [BriefCell] = [BriefCell("Leader")]
        for window in windows {
            let results = sleeves.map { sleeve, bars in
                windowReturn(days: bars.days, closes: bars.closes(basis: basis), window: window, asOf: asOf, symbol: sleeve.symbol)
            }
            for (index, result) in results.enumerated() {
                rows[index].append(BriefCell(Formatting.percent(result.return), value: result.return))
            }
            let ranked = zip(sleeves.map(\.0), results)
                .compactMap { sleeve, result in result.return.map { (sleeve, $0, result) } }
                .sorted { $0.1 > $1.1 }
            guard let best = ranked.first else {
                leaderRow.append(BriefCell("n/a"))
                continue
            }
            leaderRow.append(BriefCell(best.0.symbol))
            let moves = ranked.map { "the \($0.0.label) \(verb($0.1)) \(Formatting.percent(abs($0.1)).dropFirst())" }
            var text = "\(windowPhrase(window, result: best.2)), \(listPhrase(moves))"
            if ranked.count > 1 {
                let margin = best.1 - ranked[1].1
                text += ": \(Universe.roleName(best.0.role)) led \(Universe.roleName(ranked[1].0.role)) by \(Formatting.points(margin))"
            }
            sentences.append(BriefSentence(
                text: text + ".",
                command: "rotation perf \(symbolList) --window \(window) --as-of \(asOf)\(basisFlag)"))
        }
        if sleeves.count > 1 { rows.append(leaderRow) }
        let basisName = basis == .total ? "total return (adj_close)" : "price return (close)"
        return BriefSection(
            id: "numbers",
            title: "The numbers (\(basisName), as of \(asOf))",
            sentences: sentences,
            table: BriefTable(columns: ["Sleeve"] + windows.map(\.description), rows: rows))
    }

    /// Records: record close, intraday record and the distance from the record.
    func records() -> BriefSection {
        var sentences: [BriefSentence] = []
        var rows: [[BriefCell]] = []
        for (sleeve, bars) in sleeves {
            let status = bars.recordStatus(basis: basis, asOf: asOf)
            guard let recordClose = status.recordClose, let recordHigh = status.recordHigh, let last = status.last,
                  let fromRecord = status.fromRecordClose, let sessions = status.daysSinceRecordClose else { continue }
            let command = "rotation highs \(sleeve.symbol) --as-of \(asOf)\(basisFlag)"
            var text: String
            if sessions == 0 {
                text = "The \(sleeve.label) closed at a record \(Formatting.level(recordClose.value)) on \(recordClose.date)"
            } else {
                text = "The \(sleeve.label) closed at \(Formatting.level(last.close)) on \(last.date), "
                    + "\(Formatting.percent(abs(fromRecord)).dropFirst()) below its record close of "
                    + "\(Formatting.level(recordClose.value)) set on \(recordClose.date) "
                    + "(\(sessions) session\(sessions == 1 ? "" : "s") earlier)"
            }
            text += "; its intraday record is \(Formatting.level(recordHigh.value)) on \(recordHigh.date)."
            sentences.append(BriefSentence(text: text, command: command))
            rows.append([
                BriefCell(sleeve.symbol),
                BriefCell(Formatting.level(last.close), value: last.close),
                BriefCell(Formatting.level(recordClose.value), value: recordClose.value),
                BriefCell(recordClose.date.description),
                BriefCell(Formatting.percent(fromRecord), value: fromRecord),
                BriefCell(Formatting.level(recordHigh.value), value: recordHigh.value),
                BriefCell(recordHigh.date.description),
            ])
        }
        return BriefSection(
            id: "records", title: "Records", sentences: sentences,
            table: BriefTable(columns: ["Symbol", "Last", "Record close", "On", "From record", "Intraday record", "On"], rows: rows))
    }

    private func verb(_ value: Double) -> String {
        value > 0 ? "rose" : (value < 0 ? "fell" : "was unchanged at")
    }

    private func windowPhrase(_ window: Window, result: WindowReturn) -> String {
        let span = "\(result.startDate.map(String.init(describing:)) ?? "?") to \(result.endDate.map(String.init(describing:)) ?? "?")"
        switch window.description {
        case "1d": return "On the day (\(span))"
        case "week": return "For the week (\(span))"
        case "mtd": return "Month to date (\(span))"
        case "qtd": return "Quarter to date (\(span))"
        case "ytd": return "Year to date (\(span))"
        case "1w": return "Over one week (\(span))"
        case "1m": return "Over one month (\(span))"
        case "3m": return "Over three months (\(span))"
        case "6m": return "Over six months (\(span))"
        case "1y": return "Over one year (\(span))"
        default: return "Over \(window) (\(span))"
        }
    }

    private func listPhrase(_ parts: [String]) -> String {
        guard parts.count > 1 else { return parts.first ?? "" }
        return parts.dropLast().joined(separator: ", ") + " and " + parts.last!
    }
}
