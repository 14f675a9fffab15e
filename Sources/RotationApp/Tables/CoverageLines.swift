import RotationCore

/// The lines every text answer of `perf`, `relative` and `rrg` ends with: each series' last date,
/// then a sentence for each series that ends before the as-of day or whose total return is a
/// price return (issue 16, cases 3 and 4).
enum CoverageText {
    static func lines(_ series: [SeriesCoverage], notes: [String]) -> String {
        guard !series.isEmpty else { return "" }
        var text = "Data end: " + series.map { "\($0.symbol) \($0.lastDate.map(String.init(describing:)) ?? "n/a")" }
            .joined(separator: ", ") + "\n"
        for note in notes { text += "Note: \(note).\n" }
        return text
    }
}
