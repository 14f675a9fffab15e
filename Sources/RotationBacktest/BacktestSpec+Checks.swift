import RotationCore

extension BacktestSpec {
    /// The checks a spec can pass or fail before any price is read, so a front end can report
    /// them against the spec's file: an allocation's weights are numbers ≥ 0 summing to 1
    /// within 1e-9. Throws the `BacktestError` the engine would throw.
    public func checkBeforeRun() throws {
        guard strategy == .allocation else { return }
        let symbols = self.symbols
        guard !symbols.isEmpty else { throw BacktestError.missingField(field: "weights", strategy: .allocation) }
        let fractions = symbols.map { weights[$0] ?? .nan }
        for (s, w) in zip(symbols, fractions) where !(w >= 0 && w.isFinite) {
            throw BacktestError.invalidValue(field: "weights", reason: "weight of \(s) must be a number ≥ 0, got \(w)")
        }
        let sum = fractions.reduce(0, +)
        guard abs(sum - 1) <= 1e-9 else { throw BacktestError.weightsDoNotSumToOne(sum: sum) }
    }
}
