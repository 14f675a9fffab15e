import RotationCore

extension TableDocument {
    /// The lines every text answer of `perf`, `relative` and `rrg` ends with: each series' last date,
    /// then a sentence for each series that ends before the as-of day or whose total return is a
    /// price return (issue 16, cases 3 and 4).
    public mutating func coverage(_ series: [SeriesCoverage], notes: [String]) {
        guard !series.isEmpty else { return }
        line("Data end: " + series.map { "\($0.symbol) \($0.lastDate.map(String.init(describing:)) ?? "n/a")" }
            .joined(separator: ", "))
        for note in notes { line("Note: \(note).") }
    }
}
