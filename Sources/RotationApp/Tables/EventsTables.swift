import Foundation
import RotationBacktest
import RotationCore

/// `events` and `sweep` as tables.
public enum EventsTables {
    /// Offsets shown in the text's path table: a fixed ladder cut to −K … +M, plus both ends.
    public static func offsets(before: Int, after: Int) -> [Int] {
        let ladder = [-before, -60, -20, -10, -5, -1, 0, 1, 5, 10, 20, 40, 60, 120, 250, after]
        return Array(Set(ladder.filter { $0 >= -before && $0 <= after })).sorted()
    }

    /// The heading, the path at the ladder's offsets (`ladder`; every offset in `path`, the table
    /// CSV writes by default), the events (`events`), the excluded dates (`excluded`), the placebo lines.
    public static func events(_ report: EventsReport) -> TableDocument {
        let s = report.study
        var document = TableDocument(csvDefault: "path")
        let what = switch s.measure {
        case .level: "\(report.a), return from the event-day close"
        case .excess: "\(report.a) − \(report.b ?? ""), summed daily excess returns from the event-day close"
        case .logRelative: "ln(\(report.a)/\(report.b ?? "")) from the event-day close"
        }
        document.line("\(what); \(report.basis.rawValue) basis; dates: \(report.datesSource)")
        document.line("\(s.events.count) events kept, \(s.excluded.count) excluded; window −\(s.before) … +\(s.after) trading days; "
            + "bootstrap \(s.bootstrapDraws) draws, \(Formatting.decimal(100 * s.confidence, decimals: 0))% band, seed \(s.seed)")
        document.line("")
        let columns = [
            TableColumn("Offset", key: "offset"), TableColumn("Mean", key: "mean", unit: .fraction()),
            TableColumn("Median", key: "median", unit: .fraction()), TableColumn("Band low", key: "band_low", unit: .fraction()),
            TableColumn("Band high", key: "band_high", unit: .fraction()),
        ]
        func cells(_ p: EventPathPoint) -> [TableCell] {
            [.text(p.offset > 0 ? "+\(p.offset)" : "\(p.offset)"), .number(p.mean), .number(p.median), .number(p.bandLow), .number(p.bandHigh)]
        }
        let wanted = Set(offsets(before: s.before, after: s.after))
        document.table(ResultTable(name: "ladder", columns: columns, rows: s.path.filter { wanted.contains($0.offset) }.map(cells)))
        var pathColumns = columns
        pathColumns[0] = TableColumn("Offset", key: "offset_days", unit: .count)
        document.table(ResultTable(name: "path", columns: pathColumns, rows: s.path.map {
            [.integer($0.offset)] + Array(cells($0).dropFirst())
        }, showsInText: false))
        document.table(ResultTable(name: "events", title: "Events", columns: [
            TableColumn("Date", key: "date", unit: .date), TableColumn("Event day", key: "event_day", unit: .date),
            TableColumn("At +\(s.after)", key: "return_at_end", unit: .fraction()),
        ], rows: s.events.map { [.date($0.date), .date($0.eventDay), .number($0.returnAtEnd)] }))
        if !s.excluded.isEmpty {
            document.table(ResultTable(name: "excluded", title: "Excluded", columns: [
                TableColumn("Date", key: "date", unit: .date), TableColumn("Event day", key: "event_day", unit: .date, missing: "—"),
                TableColumn("Reason", key: "reason"),
            ], rows: s.excluded.map {
                [.date($0.date), .date($0.eventDay), .text($0.reason.rawValue.replacingOccurrences(of: "_", with: " "))]
            }))
        }
        if let p = s.placebo {
            document.line("")
            document.line("Placebo: \(p.draws) sets of \(p.eventsPerDraw) random days (from \(p.eligibleDays) eligible days)")
            if let percentile = p.realPercentile {
                document.line("Real mean at +\(s.after): \(Formatting.percent(p.realMean)); placebo mean \(Formatting.percent(p.mean)) "
                    + "(band \(Formatting.percent(p.bandLow)) to \(Formatting.percent(p.bandHigh))); "
                    + "the real mean is at the \(Formatting.decimal(percentile, decimals: 1))th percentile of the placebo means")
            } else {
                document.line("No comparison: no kept event or no eligible day.")
            }
        }
        return document
    }

    /// The heading and the best rows (`best`).
    public static func sweep(_ report: SweepReport) -> TableDocument {
        var document = TableDocument()
        document.line("\(report.a) vs \(report.b) rotation, \(report.gridSize) parameter sets, best \(report.rows.count) by "
            + "\(report.metric.rawValue) (\(report.order))\(report.csv.map { "; all rows in \($0)" } ?? "")")
        document.line("")
        document.table(ResultTable(name: "best", columns: [
            TableColumn("#", key: "index", unit: .count), TableColumn("Lookback (weeks)", key: "lookback_weeks", unit: .count),
            TableColumn("MA days", key: "ma_days", unit: .count, missing: "—"), TableColumn("Fallback", key: "ma_fallback"),
            TableColumn("Threshold", key: "split_threshold", unit: .ratio()), TableColumn("Rebalance", key: "rebalance"),
            TableColumn("Total return", key: "total_return", unit: .fraction()),
            TableColumn("Sharpe", key: "provisional_sharpe", unit: .ratio(decimals: 3)),
            TableColumn("Rebalances", key: "rebalances", unit: .count), TableColumn("Turnover", key: "turnover", unit: .ratio(decimals: 2)),
            TableColumn("Costs", key: "costs", unit: .ratio(decimals: 6)),
        ], rows: report.rows.map { row in
            let p = row.result.parameters, r = row.result
            return [.integer(row.index), .integer(p.lookbackWeeks), .integer(p.maDays), .text(p.maFallback.rawValue),
                    .number(p.splitThreshold), .text(p.rebalance.name), .number(r.totalReturn), .number(r.provisionalSharpe),
                    .integer(r.rebalances), .number(r.turnover), .number(r.costs)]
        }))
        return document
    }
}
