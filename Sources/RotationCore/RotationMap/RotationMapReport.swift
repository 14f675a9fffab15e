/// The result of `rotationMap(...)`: the `rotation rrg` JSON document.
///
/// Contract keys: `benchmark, period, formula, parameters, points`. Extras: `basis`, `as_of`.
public struct RotationMapReport: Sendable, Equatable, Codable {
    public var benchmark: String
    public var basis: PriceBasis
    public var period: PeriodicFrequency
    /// The as-of date as given (`nil` = the end of the data).
    public var asOf: TradingDay?
    /// The formula in words, with its source.
    public var formula: String
    public var parameters: RotationMapParameters
    /// One point per symbol, in input order.
    public var points: [RotationPoint]
    /// The benchmark's and each symbol's last dates and bases (`series`, with `notes`; see
    /// `SeriesCoverage`). Filled by the use case; not decoded.
    public var series: [SeriesCoverage] = []
    public var notes: [String] = []

    enum CodingKeys: String, CodingKey {
        case benchmark, basis, period, formula, parameters, points
        case asOf = "as_of"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(benchmark, forKey: .benchmark)
        try c.encode(basis, forKey: .basis)
        try c.encode(period, forKey: .period)
        try c.encode(asOf, forKey: .asOf)
        try c.encode(formula, forKey: .formula)
        try c.encode(parameters, forKey: .parameters)
        try c.encode(points, forKey: .points)
        try CoverageKeys.encode(series, notes: notes, to: encoder)
    }
}

/// A symbol's current position on the rotation map, its tail and the stability diagnostic.
///
/// With too little data (fewer than about 2n + k periods) `rs_ratio`, `rs_momentum` and
/// `quadrant` are `null` and the tail is empty; `date` is the last common day or `null`.
public struct RotationPoint: Sendable, Equatable, Codable {
    public var symbol: String
    @ExplicitNull public var date: TradingDay? = nil
    @ExplicitNull public var rsRatio: Double? = nil
    @ExplicitNull public var rsMomentum: Double? = nil
    @ExplicitNull public var quadrant: RotationQuadrant? = nil
    /// True when `date` closes a period still in progress (`PeriodicFrequency.isPartial`).
    public var partial: Bool
    /// Up to `tail` points ending with the current one, oldest first.
    public var tail: [RotationTailPoint]
    public var stability: RotationStability

    enum CodingKeys: String, CodingKey {
        case symbol, date, quadrant, partial, tail, stability
        case rsRatio = "rs_ratio", rsMomentum = "rs_momentum"
    }
}

/// One point of a tail.
public struct RotationTailPoint: Sendable, Equatable, Codable {
    public var date: TradingDay
    public var rsRatio: Double
    public var rsMomentum: Double
    public var quadrant: RotationQuadrant

    enum CodingKeys: String, CodingKey {
        case date, quadrant
        case rsRatio = "rs_ratio", rsMomentum = "rs_momentum"
    }
}

/// How sensitive the tail's quadrants are to the smoothing length.
///
/// A tail point is compared when every alternative window (`stability_factors` × n) gives it a
/// quadrant; it has changed when any of them differs from the quadrant at n. `fraction` =
/// changed / compared, `null` when nothing could be compared.
public struct RotationStability: Sendable, Equatable, Codable {
    public var compared: Int
    public var changed: Int
    @ExplicitNull public var fraction: Double? = nil

    public init(compared: Int, changed: Int, fraction: Double?) {
        self.compared = compared
        self.changed = changed
        self.fraction = fraction
    }

    enum CodingKeys: String, CodingKey { case compared, changed, fraction }
}
