import RotationCore

/// `relative`, `rrg` and `cycles` as tables.
public enum RelativeTables {
    /// Heading lines, the periods (`periods`, the last `rows` in text), the longest streaks
    /// (`streaks`), the divergence days (`divergences`, the last `rows` in text), the data-end lines.
    public static func relative(_ report: RelativeStrengthReport, rows: Int) -> TableDocument {
        var document = TableDocument()
        document.line("\(report.a) vs \(report.b), \(report.period.adjective), as of \(report.asOf.map(String.init(describing:)) ?? "n/a")")
        if let streak = report.currentStreak {
            document.line("Current streak: \(streak.leader ?? "tie") for \(streak.length) \(report.period.rawValue)(s), "
                + "\(streak.startDate) to \(streak.endDate) (relative change \(Formatting.percent(streak.relativeChange)))")
        }
        let recent = report.recent
        document.line("\(report.a) beat \(report.b) in \(recent.aBeat) of the last \(recent.periods) complete periods (\(recent.ties) ties)")
        document.line("")
        document.table(ResultTable(name: "periods", columns: [
            TableColumn("Period end", key: "end_date", unit: .date), TableColumn("Partial", key: "partial"),
            TableColumn(report.a, key: "return_a", unit: .fraction()), TableColumn(report.b, key: "return_b", unit: .fraction()),
            TableColumn("Excess", key: "excess", unit: .fraction()), TableColumn("Leader", key: "leader", missing: "tie"),
        ], rows: report.periods.map { p in
            [.date(p.endDate), .text(p.partial ? "yes" : "no"), .number(p.returnA), .number(p.returnB), .number(p.excess), .text(p.leader)]
        }, textRows: .last(rows)))
        if !report.longestStreaks.isEmpty {
            document.table(ResultTable(name: "streaks", title: "Longest streaks", columns: [
                TableColumn("Leader", key: "leader", missing: "tie"), TableColumn("Periods", key: "periods", unit: .count),
                TableColumn("From", key: "start_date", unit: .date), TableColumn("To", key: "end_date", unit: .date),
                TableColumn("Relative change", key: "relative_change", unit: .fraction()),
            ], rows: report.longestStreaks.map {
                [.text($0.leader), .integer($0.length), .date($0.startDate), .date($0.endDate), .number($0.relativeChange)]
            }))
        }
        if let divergences = report.divergences {
            document.line("")
            document.line("Days moving in opposite directions: \(divergences.count)")
            document.table(ResultTable(name: "divergences", columns: [
                TableColumn("Date", key: "date", unit: .date), TableColumn(report.a, key: "return_a", unit: .fraction()),
                TableColumn(report.b, key: "return_b", unit: .fraction()),
            ], rows: divergences.map { [.date($0.date), .number($0.returnA), .number($0.returnB)] }, textRows: .last(rows)))
        }
        document.coverage(report.series, notes: report.notes)
        return document
    }

    /// The head points (`points`), then every symbol's tail (`tails`), the data-end lines.
    public static func rotationMap(_ report: RotationMapReport) -> TableDocument {
        var document = TableDocument()
        document.line("Rotation map vs \(report.benchmark), \(report.period.adjective) (n=\(report.parameters.window), "
            + "k=\(report.parameters.momentumLag))")
        document.table(ResultTable(name: "points", columns: [
            TableColumn("Symbol", key: "symbol"), TableColumn("Date", key: "date", unit: .date),
            TableColumn("RS-Ratio", key: "rs_ratio", unit: .ratio(decimals: 2)),
            TableColumn("RS-Momentum", key: "rs_momentum", unit: .ratio(decimals: 2)),
            TableColumn("Quadrant", key: "quadrant"),
            TableColumn("Quadrant flips ±20%", key: "quadrant_flips", unit: .fraction(decimals: 0, signed: true)),
        ], rows: report.points.map { p in
            [.text(p.symbol), .date(p.date), .number(p.rsRatio), .number(p.rsMomentum), .text(p.quadrant?.rawValue),
             .number(p.stability.fraction)]
        }))
        let tails = report.points.flatMap { p in p.tail.map { (p.symbol, $0) } }
        if !tails.isEmpty {
            document.table(ResultTable(name: "tails", title: "Tails (oldest first, up to \(report.parameters.tail) points)", columns: [
                TableColumn("Symbol", key: "symbol"), TableColumn("Date", key: "date", unit: .date),
                TableColumn("RS-Ratio", key: "rs_ratio", unit: .ratio(decimals: 2)),
                TableColumn("RS-Momentum", key: "rs_momentum", unit: .ratio(decimals: 2)),
                TableColumn("Quadrant", key: "quadrant"),
            ], rows: tails.map { symbol, t in
                [.text(symbol), .date(t.date), .number(t.rsRatio), .number(t.rsMomentum), .text(t.quadrant.rawValue)]
            }))
        }
        document.coverage(report.series, notes: report.notes)
        return document
    }

    /// The heading, the current stretches, then each direction's stretches ranked by length
    /// (`underperformance`, `outperformance`; the first `top` in text).
    public static func cycles(_ report: CycleReport, top: Int) -> TableDocument {
        var document = TableDocument()
        document.line("\(report.series), \(report.period.adjective), \(report.firstDate.map(String.init(describing:)) ?? "?") to "
            + "\(report.lastDate.map(String.init(describing:)) ?? "?") (\(report.points) points)")
        for episode in [report.current.underperformance, report.current.outperformance].compactMap({ $0 }) {
            document.line("Current \(episode.direction.rawValue): from \(episode.startDate), \(episode.lengthPeriods) periods, depth "
                + "\(Formatting.percent(episode.depth)); rank \(episode.lengthRank) of \(episode.of) by length, "
                + "\(episode.depthRank) by depth")
        }
        for direction in [CycleDirection.underperformance, .outperformance] {
            let ranked = report.stretches.filter { $0.direction == direction }.sorted { $0.lengthRank < $1.lengthRank }
            document.table(ResultTable(name: direction.rawValue, title: "Longest \(direction.rawValue) stretches", columns: [
                TableColumn("Rank", key: "length_rank", unit: .count), TableColumn("Start", key: "start_date", unit: .date),
                TableColumn("Extreme", key: "extreme_date", unit: .date),
                TableColumn("Recovered", key: "recovery_date", unit: .date, missing: "open"),
                TableColumn("Periods", key: "length_periods", unit: .count), TableColumn("Depth", key: "depth", unit: .fraction()),
            ], rows: ranked.map {
                [.integer($0.lengthRank), .date($0.startDate), .date($0.direction == .underperformance ? $0.troughDate : $0.peakDate),
                 .date($0.recoveryDate), .integer($0.lengthPeriods), .number($0.depth)]
            }, textRows: .first(top)))
        }
        return document
    }
}
