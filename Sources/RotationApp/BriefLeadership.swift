import RotationCore

/// The leadership section: relative-strength streaks, rotation-map quadrants and the current
/// cycles stretch, each sentence from a report of the command it cites.
extension BriefComposer {
    /// A streak pair: the report of `relative A B` (weekly) and its command.
    struct StreakInput {
        var report: RelativeStrengthReport
        var command: String
    }

    /// Sentences for the streaks, the rotation map and the cycles of the subject against the base.
    func leadership(streaks: [StreakInput], map: (RotationMapReport, String)?, cycles: (CycleReport, String)?) -> BriefSection {
        var sentences = streaks.map { streakSentence($0.report, command: $0.command) }
        if let (report, command) = map { sentences.append(BriefSentence(text: mapText(report), command: command)) }
        if let (report, command) = cycles { sentences += cycleSentences(report, command: command) }
        return BriefSection(id: "leadership", title: "Leadership", sentences: sentences)
    }

    func label(_ symbol: String) -> String {
        sleeves.first { $0.0.symbol == symbol }?.0.label ?? Universe.label(for: symbol)
    }

    private func streakSentence(_ report: RelativeStrengthReport, command: String) -> BriefSentence {
        let a = label(report.a), b = label(report.b)
        let unit = report.period.rawValue
        var text: String
        if let streak = report.currentStreak, let leader = streak.leader {
            let (winner, loser) = leader == report.a ? (a, b) : (b, a)
            let span = streak.length == 1 ? "in the latest complete \(unit)" : "for \(streak.length) \(unit)s running"
            text = "The \(winner) has outperformed the \(loser) \(span) (\(streak.startDate) to \(streak.endDate)), "
                + "moving the \(a)/\(b) ratio \(Formatting.percent(streak.relativeChange))"
        } else if let streak = report.currentStreak {
            text = "The \(a) and the \(b) tied in the latest complete \(unit) (to \(streak.endDate))"
        } else {
            text = "There is no complete \(unit) to compare the \(a) with the \(b) on"
        }
        let recent = report.recent
        if recent.periods > 0 {
            text += "; the \(a) beat the \(b) in \(recent.aBeat) of the last \(recent.periods) complete \(unit)s"
        }
        if let last = report.periods.last, last.partial {
            text += " (the \(unit) in progress, to \(last.endDate), is not counted)"
        }
        return BriefSentence(text: text + ".", command: command)
    }

    private func mapText(_ report: RotationMapReport) -> String {
        let parts = report.points.map { point -> String in
            guard let quadrant = point.quadrant, let ratio = point.rsRatio, let momentum = point.rsMomentum else {
                return "the \(label(point.symbol)) has too little history to place"
            }
            var part = "the \(label(point.symbol)) is \(quadrant.rawValue) (RS-Ratio \(Formatting.decimal(ratio, decimals: 2)), "
                + "RS-Momentum \(Formatting.decimal(momentum, decimals: 2)))"
            if point.tail.count > 1, let first = point.tail.first {
                part += " and was \(first.quadrant.rawValue) \(point.tail.count - 1) \(report.period.rawValue)s earlier"
            }
            return part
        }
        let joined = parts.count > 1 ? parts.dropLast().joined(separator: "; ") + "; and " + parts.last! : (parts.first ?? "")
        return "On the \(report.period.rawValue)ly rotation map against the \(label(report.benchmark)), \(joined)."
    }

    private func cycleSentences(_ report: CycleReport, command: String) -> [BriefSentence] {
        let unit = report.period.rawValue
        let since = report.firstDate.map { " since \($0.monthDescription)" } ?? ""
        var sentences: [BriefSentence] = []
        if let down = report.current.underperformance {
            sentences.append(BriefSentence(
                text: "Measured \(unit)ly\(since), the \(report.series) line is in an underperformance stretch that began at its "
                    + "\(down.startDate) peak: \(down.lengthPeriods) \(unit)s so far, at worst \(Formatting.percent(down.depth)) "
                    + "(\(down.troughDate)) — the \(Self.ordinal(down.lengthRank))longest of \(down.of) such stretches and the "
                    + "\(Self.ordinal(down.depthRank))deepest.",
                command: command))
        } else {
            sentences.append(BriefSentence(
                text: "Measured \(unit)ly\(since), the \(report.series) line is at its running peak: no underperformance stretch is open.",
                command: command))
        }
        if let up = report.current.outperformance {
            sentences.append(BriefSentence(
                text: "The \(report.series) line has not fallen back to its \(up.startDate) low: an outperformance run of "
                    + "\(up.lengthPeriods) \(unit)s so far, \(Formatting.percent(up.depth)) at its best (\(up.peakDate)) — the "
                    + "\(Self.ordinal(up.lengthRank))longest of \(up.of) such runs.",
                command: command))
        }
        return sentences
    }

    /// "" for 1 ("the longest"), "2nd-" for 2, "3rd-", "11th-" ….
    static func ordinal(_ rank: Int) -> String {
        guard rank > 1 else { return "" }
        let suffix: String
        switch (rank % 10, rank % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(rank)\(suffix)-"
    }
}
