/// The settings of the rotation map, echoed in its result.
public struct RotationMapParameters: Sendable, Equatable, Codable {
    /// n: the trailing window (in periods) of both standardisations.
    public var window: Int
    /// k: RS-Momentum's rate of change compares RS-Ratio with its value k periods earlier.
    public var momentumLag: Int
    /// Number of points in each tail (the current point included).
    public var tail: Int
    /// Multipliers of `window` for the stability diagnostic (each rounded, at least 2).
    public var stabilityFactors: [Double]

    /// Defaults: n = 14 (RRGPy's window), k = 1, a tail of 8 points, stability at 0.8n and 1.2n.
    public init(window: Int = 14, momentumLag: Int = 1, tail: Int = 8, stabilityFactors: [Double] = [0.8, 1.2]) {
        precondition(window >= 2 && momentumLag >= 1 && tail >= 1, "rotation map parameters out of range")
        self.window = window
        self.momentumLag = momentumLag
        self.tail = tail
        self.stabilityFactors = stabilityFactors
    }

    /// The window for a stability factor: `window × factor` rounded, at least 2.
    public func scaledWindow(_ factor: Double) -> Int {
        max(2, Int((Double(window) * factor).rounded()))
    }

    enum CodingKeys: String, CodingKey {
        case window, tail
        case momentumLag = "momentum_lag", stabilityFactors = "stability_factors"
    }
}
