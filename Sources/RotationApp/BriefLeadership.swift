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
        return "On the \(report.period.adjective) rotation map against the \(label(report.benchmark)), \(joined)."
    }

    /// What the line is doing now, then the older open episode in the past tense.
    ///
    /// Both an underperformance stretch and an outperformance run can be open at once (the line
    /// is below its 2013 peak and above its 1999 low). The current regime is the one whose
    /// extreme is the more recent — the stretch's trough or the run's high — and only it is
    /// told "so far"; the other is told as what it was, start to extreme (docs/CONVENTIONS.md,
    /// "Cycles": issue 16, case 8 — "an outperformance run of 321 months so far" read as
    /// "small caps have led for 27 years").
    func cycleSentences(_ report: CycleReport, command: String) -> [BriefSentence] {
        let unit = report.period.rawValue
        let since = report.firstDate.map { " since \($0.monthDescription)" } ?? ""
        let down = report.current.underperformance, up = report.current.outperformance
        let upIsCurrent: Bool
        if let down, let up { upIsCurrent = up.peakDate > down.troughDate } else { upIsCurrent = up != nil }
        func present(_ episode: CycleEpisode) -> String {
            if episode.direction == .underperformance {
                return "the \(report.series) line is in an underperformance stretch that began at its \(episode.startDate) peak: "
                    + "\(episode.lengthPeriods) \(unit)s so far, at worst \(Formatting.percent(episode.depth)) (\(episode.troughDate)) — the "
                    + "\(Self.ordinal(episode.lengthRank))longest of \(episode.of) such stretches and the \(Self.ordinal(episode.depthRank))deepest"
            }
            return "the \(report.series) line is in an outperformance run that began at its \(episode.startDate) low: "
                + "\(episode.lengthPeriods) \(unit)s so far, \(Formatting.percent(episode.depth)) at its best (\(episode.peakDate)) — the "
                + "\(Self.ordinal(episode.lengthRank))longest of \(episode.of) such runs"
        }
        func past(_ episode: CycleEpisode) -> String {
            if episode.direction == .underperformance {
                return "Before that, the line underperformed from its \(episode.startDate) peak to its \(episode.troughDate) trough: "
                    + "\(episode.peakToTroughPeriods) \(unit)s, \(Formatting.percent(episode.depth)); it has not regained that peak since, "
                    + "which is why that stretch still counts as open"
            }
            return "Before that, the line outperformed from its \(episode.startDate) low to its \(episode.peakDate) high: "
                + "\(episode.peakToTroughPeriods) \(unit)s, \(Formatting.percent(episode.depth)); it has not fallen back to that low since, "
                + "which is why that run still counts as open"
        }
        var sentences: [BriefSentence] = []
        let current = upIsCurrent ? up : down
        let older = upIsCurrent ? down : up
        if let current {
            var text = "Measured \(unit)ly\(since), \(present(current))."
            if current.direction == .outperformance && down == nil {
                text = "Measured \(unit)ly\(since), the \(report.series) line is at its running peak: no underperformance stretch is open; "
                    + "\(present(current))."
            }
            sentences.append(BriefSentence(text: text, command: command))
        } else {
            sentences.append(BriefSentence(
                text: "Measured \(unit)ly\(since), the \(report.series) line is at its running peak: no underperformance stretch is open.",
                command: command))
        }
        if let older { sentences.append(BriefSentence(text: past(older) + ".", command: command)) }
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
