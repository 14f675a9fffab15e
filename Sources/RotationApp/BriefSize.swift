import RotationCore
import RotationData

/// The size story when the store holds no small-cap index (the bundled sample: the S&P 500, the
/// Nasdaq and the Fama–French monthly factors): the size factor SMB — small stocks minus big, a
/// long-short portfolio's monthly return in percent — over its recent windows, and its cycles since
/// its first month (1926-07), through the same use case as `rotation cycles FACTOR#smb`.
extension RotationService {
    /// The held size factor (`FF3_DAILY#smb` before `FF3_MONTHLY#smb`), or `nil`.
    static func sizeFactor(among symbols: [String]) -> String? {
        symbols.filter { $0.lowercased().hasSuffix("#smb") }.sorted().first
    }

    /// The "Size" section for `factor` as of `asOf`; its windows end on the factor's last
    /// observation on or before `asOf`, and a factor ending earlier says where.
    func sizeSection(factor: String, composer: BriefComposer) async throws -> BriefSection {
        let asOf = composer.asOf
        let loaded = try await source.load(factor)
        guard case .series(let series) = loaded, series.kind == .factor else {
            throw Failure(.usage, "\(factor) is not a factor series")
        }
        guard let last = series.days.lastIndex(where: { $0 <= asOf }) else {
            throw DataError(.emptyWindow, "\(factor) has no data on or before \(asOf)")
        }
        let end = series.days[last]
        /// Π(1 + r/100) − 1 over the observations after `start`, up to the last one.
        func compounded(after start: TradingDay) -> Double? {
            let values = series.days.indices.filter { series.days[$0] > start && $0 <= last }.map { series.values[$0] }
            guard !values.isEmpty else { return nil }
            return values.reduce(1.0) { $0 * (1 + $1 / 100) } - 1
        }
        var parts: [String] = [], windows: [String] = []
        for (years, name) in [(1, "twelve months"), (3, "three years"), (10, "ten years")] {
            if series.days.first! <= end.adding(years: -years), let value = compounded(after: end.adding(years: -years)) {
                parts.append("\(Formatting.percent(value)) over the last \(name)")
                windows.append(" --window \(years)y")
            }
        }
        guard !parts.isEmpty else { throw DataError(.emptyWindow, "\(factor): less than a year of data to \(end)") }
        let endText = series.days.count > 1 && series.days[1].daysSinceEpoch - series.days[0].daysSinceEpoch > 20 ? end.monthDescription : "\(end)"
        var text = "No small-cap index is in the store, so the Fama–French size factor tells the small-versus-large story: "
            + "SMB (\(factor): small stocks minus big, compounded) returned " + parts.joined(separator: ", ") + " to \(endText)."
        if end < asOf.adding(days: -40) {
            text += " Its data end \(endText), before the brief's day (\(asOf)): fetch current factors with `rotation fetch french`."
        }
        let command = "rotation cycles \(ShellWord.quote(factor)) --as-of \(end)"
        var sentences = [BriefSentence(text: text, command: "rotation perf \(ShellWord.quote(factor))\(windows.joined()) --as-of \(end)")]
        let report = try await cycles(CyclesRequest(a: factor, period: .month, asOf: end))
        sentences += composer.cycleSentences(report, command: command)
        return BriefSection(id: "size", title: "Size (Fama–French SMB)", sentences: sentences)
    }
}
