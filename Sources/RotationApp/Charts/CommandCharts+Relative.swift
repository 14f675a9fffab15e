import RotationCharts
import RotationCore

extension CommandCharts {
    /// `relative --chart`: the relative line A/B (100 at its first point, one point per period
    /// end) with the current streak shaded from the period end it starts after, green when A
    /// leads, red when B leads, grey for a run of ties.
    public static func relative(_ report: RelativeStrengthReport) -> CommandChart {
        let name = "\(report.a)/\(report.b)"
        let title = "Relative strength \(name), \(report.period.adjective)"
        var bands: [DateBand] = []
        var streakText = "no current streak"
        if let streak = report.currentStreak {
            let color = streak.leader == report.a ? leading : streak.leader == nil ? neutral : lagging
            let start = report.line.last { $0.date < streak.startDate }?.date ?? streak.startDate
            let who = streak.leader.map { "\($0) led" } ?? "ties"
            streakText = "\(who) \(periods(streak.length, report.period)) to \(streak.endDate) (\(name) \(Formatting.percent(streak.relativeChange)))"
            bands.append(DateBand(start: start, end: streak.endDate, color: color,
                                  legend: "current streak: \(who) \(periods(streak.length, report.period))"))
        }
        let first = report.line.first
        let caption = "Ratio of closes, \(basisText(report.basis)), 100 on \(text(first?.date, or: "the first date")); shaded: \(streakText)."
        let chart = LineChart(
            labels: ChartLabels(title: title,
                                description: "\(name) at each \(report.period.rawValue) end; last \(Formatting.level(report.line.last?.value)); \(streakText).",
                                id: "relative", valueAxis: "\(name) (100 = start)", caption: caption),
            series: [LineSeries(name: name, points: report.line.map { DatedPoint(day: $0.date, value: $0.value) })],
            style: .plain, reference: 100, frame: .captioned(), bands: bands)
        return CommandChart(title: title, caption: caption, svg: chart.svg())
    }

    /// `rrg --chart`: the rotation map, each symbol's tail oldest first ending at its current
    /// point; a symbol with too little data is left off and named in the caption.
    public static func rotationMap(_ report: RotationMapReport) -> CommandChart {
        let title = "Rotation map vs \(report.benchmark) (\(report.period.adjective))"
        let placed = report.points.filter { !$0.tail.isEmpty }
        let missing = report.points.filter { $0.tail.isEmpty }.map(\.symbol)
        let asOf = placed.compactMap(\.date).max()
        var caption = "RS-Ratio across, RS-Momentum up, 100 = \(report.benchmark); \(report.parameters.tail)-point tails"
        if let asOf { caption += " to \(asOf)" }
        caption += "; \(basisText(report.basis))"
        if !missing.isEmpty { caption += "; too little data: \(missing.joined(separator: ", "))" }
        caption += "."
        let quadrants = placed.map { "\($0.symbol) \($0.quadrant?.rawValue ?? "not placed")" }.joined(separator: ", ")
        let chart = RotationMapChart(
            labels: ChartLabels(title: title, description: "Tails oldest first: \(quadrants.isEmpty ? "no symbol placed" : quadrants).",
                                id: "rrg", caption: caption),
            tails: placed.map { ScatterTail(name: $0.symbol, points: $0.tail.map { ($0.rsRatio, $0.rsMomentum) }) },
            frame: ChartFrame(width: 560, height: 500, marginTop: 44, marginRight: 20, marginBottom: 56, marginLeft: 56))
        return CommandChart(title: title, caption: caption, svg: chart.svg())
    }

    /// How many stretches of each direction `cycles --chart` shades (the longest, by rank).
    static let shadedStretches = 5

    /// `cycles --chart`: the line the stretches were found on (rebased to 100 at its first
    /// point) with the longest underperformance stretches (red, peak to recovery or the last
    /// point) and outperformance runs (green, trough to its end) shaded and numbered by rank.
    public static func cycles(_ report: CycleReport) -> CommandChart {
        let title = "Cycles of \(report.series), \(report.period.adjective)"
        let dates = report.line?.dates ?? []
        let levels = report.line?.levels ?? []
        let base = levels.first ?? 1
        let last = report.lastDate ?? dates.last
        var bands: [DateBand] = []
        let directions: [(CycleDirection, String)] = [(.underperformance, lagging), (.outperformance, leading)]
        for (direction, color) in directions {
            let chosen = report.stretches.filter { $0.direction == direction }.prefix(shadedStretches)
            for stretch in chosen {
                guard let end = stretch.recoveryDate ?? last else { continue }
                bands.append(DateBand(start: stretch.startDate, end: end, color: color,
                                      legend: "\(direction.rawValue) (\(chosen.count) longest)", label: "\(stretch.lengthRank)"))
            }
        }
        let caption = "\(report.series) at each \(report.period.rawValue) end, 100 on \(text(dates.first, or: "the first date")); "
            + "shaded and ranked by length: the \(shadedStretches) longest stretches each way."
        let chart = LineChart(
            labels: ChartLabels(title: title,
                                description: "\(report.points) points from \(text(report.firstDate)) to \(text(last)); \(report.stretches.count) stretches.",
                                id: "cycles", valueAxis: "\(report.series) (100 = start)", caption: caption),
            series: [LineSeries(name: report.series, points: zip(dates, levels).map { DatedPoint(day: $0, value: $1 / base * 100) })],
            style: .plain, reference: 100, frame: .captioned(), bands: bands)
        return CommandChart(title: title, caption: caption, svg: chart.svg())
    }
}
