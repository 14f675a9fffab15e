import RotationCore

/// The risk section: beta and volatility ratio of the subject against the base sleeve over the
/// trailing year, in plain words.
extension BriefComposer {
    /// `paired` = `metrics SUBJECT --benchmark BASE`, `base` = `metrics BASE`, same span.
    func risk(paired: MetricsReport, pairedCommand: String, base: MetricsReport, baseCommand: String) -> BriefSection {
        let a = label(paired.symbol), b = label(base.symbol)
        let span = "\(paired.firstDate.map(String.init(describing:)) ?? "?") to \(paired.lastDate.map(String.init(describing:)) ?? "?")"
        var sentences: [BriefSentence] = []
        if let beta = paired.beta {
            var text = "Over the trailing year (\(span), \(paired.nReturns) daily returns) the \(a)'s beta to the \(b) was "
                + "\(Formatting.decimal(beta, decimals: 2)): on days the \(b) moved about 1%, the \(a) typically moved "
                + "\(Formatting.decimal(beta, decimals: 2))%"
            if let correlation = paired.correlation {
                text += " (correlation \(Formatting.decimal(correlation, decimals: 2)))"
            }
            sentences.append(BriefSentence(text: text + ".", command: pairedCommand))
        }
        if let volatility = paired.annualVolatility, let baseVolatility = base.annualVolatility, baseVolatility > 0 {
            sentences.append(BriefSentence(
                text: "The \(a)'s annualized volatility was \(Formatting.percent(volatility).dropFirst()) against "
                    + "\(Formatting.percent(baseVolatility).dropFirst()) for the \(b): "
                    + "\(Formatting.decimal(volatility / baseVolatility, decimals: 2)) times as volatile.",
                command: pairedCommand + " && " + baseCommand))
        }
        return BriefSection(id: "risk", title: "Risk (trailing year, daily returns)", sentences: sentences)
    }

    /// Breadth sentences from a `breadth` report.
    func breadth(_ report: BreadthReport, command: String) -> BriefSection {
        let r = report.latest
        var sentences: [BriefSentence] = []
        let snapshot = r.snapshotDate.map { " in the \($0) snapshot" } ?? ""
        var text = "On \(r.asOf), \(r.advancers) of the \(r.covered) members with prices rose and \(r.decliners) fell"
        if let share = r.shareUp { text += " (\(Formatting.percent(share).dropFirst()) up)" }
        sentences.append(BriefSentence(text: text + "; \(r.covered) of \(r.members) members\(snapshot) have prices.", command: command))
        if let above50 = r.pctAbove50d, let above200 = r.pctAbove200d {
            sentences.append(BriefSentence(
                text: "\(Formatting.percent(above50).dropFirst()) of members closed above their 50-day average and "
                    + "\(Formatting.percent(above200).dropFirst()) above their 200-day average.",
                command: command))
        }
        if let highs = r.newHighs52w, let lows = r.newLows52w {
            sentences.append(BriefSentence(text: "\(highs) members closed at a 52-week high and \(lows) at a 52-week low.", command: command))
        }
        if let oscillator = r.mcclellan.oscillator {
            sentences.append(BriefSentence(
                text: "The McClellan oscillator stood at \(Formatting.decimal(oscillator, decimals: 2)) "
                    + "(\(oscillator >= 0 ? "more advancing than declining momentum" : "more declining than advancing momentum")).",
                command: command))
        }
        return BriefSection(id: "breadth", title: "Breadth (members, total return)", sentences: sentences)
    }

    /// Valuation sentences from a `valuation` report.
    func valuation(_ report: ValuationReport, command: String) -> BriefSection {
        let pe = report.pe
        var parts: [String] = []
        if let aggregate = pe.aggregate { parts.append("\(Formatting.decimal(aggregate, decimals: 1)) in aggregate (ΣM/ΣE, losses included)") }
        if let excluding = pe.excludingLosses { parts.append("\(Formatting.decimal(excluding, decimals: 1)) excluding loss-makers") }
        if let median = pe.median { parts.append("\(Formatting.decimal(median, decimals: 1)) for the median profitable member") }
        var sentences: [BriefSentence] = []
        if !parts.isEmpty {
            sentences.append(BriefSentence(
                text: "Across \(report.members) members the trailing P/E is " + parts.joined(separator: ", ") + ".", command: command))
        }
        if let forward = report.peForward?.aggregate {
            sentences.append(BriefSentence(text: "The aggregate forward P/E is \(Formatting.decimal(forward, decimals: 1)).", command: command))
        }
        if let share = report.shareUnprofitableCount {
            sentences.append(BriefSentence(
                text: "\(Formatting.percent(share).dropFirst()) of members lost money over the trailing twelve months.", command: command))
        }
        if !report.bridge.sentence.isEmpty { sentences.append(BriefSentence(text: report.bridge.sentence, command: command)) }
        return BriefSection(id: "valuation", title: "Valuation", sentences: sentences)
    }
}
