/// Two closing series on the days both have a value: the input of every A-versus-B measure.
///
/// Built from one shared `days` column and two close columns of the same length, where NaN
/// means "no value that day" (the `DailyBars` convention). A day enters only when both closes
/// are present and positive, and only up to the as-of day.
public struct RelativePair: Sendable, Equatable {
    /// Common days, ascending.
    public private(set) var days: [TradingDay]
    /// Closes of A on `days`.
    public private(set) var a: [Double]
    /// Closes of B on `days`.
    public private(set) var b: [Double]

    /// Aligns two close columns on their common days up to `asOf` (inclusive; `nil` = no limit).
    /// `days` must be strictly ascending and as long as both columns.
    public init(days: [TradingDay], closesA: [Double], closesB: [Double], asOf: TradingDay? = nil) {
        precondition(days.count == closesA.count && days.count == closesB.count,
                     "RelativePair columns differ in length")
        let upper = asOf.map { (days.lastIndex(onOrBefore: $0) ?? -1) + 1 } ?? days.count
        var d: [TradingDay] = [], x: [Double] = [], y: [Double] = []
        d.reserveCapacity(upper)
        x.reserveCapacity(upper)
        y.reserveCapacity(upper)
        for i in 0..<upper {
            let p = closesA[i], q = closesB[i]
            guard p.isFinite, q.isFinite, p > 0, q > 0 else { continue }
            d.append(days[i])
            x.append(p)
            y.append(q)
        }
        self.days = d
        self.a = x
        self.b = y
    }

    public var count: Int { days.count }
    public var isEmpty: Bool { days.isEmpty }

    /// A/B on row `i`.
    @inline(__always) public func ratio(at i: Int) -> Double { a[i] / b[i] }
}
