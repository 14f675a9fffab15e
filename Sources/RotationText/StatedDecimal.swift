/// Numbers scaled as the text states them, without float noise: "1.4%" is the fraction 0.014 (the
/// `Double` nearest 0.014, as JSON would read "0.014"), not 1.4 / 100 = 0.013999999999999999.
///
/// A number read from text with `decimals` decimals is a whole number of units of 10^−decimals;
/// that whole number is exact in a `Double` (below 2^53), and so is every power of ten up to 10^22,
/// so one division of the two rounds once, to the nearest `Double` of the decimal written.
enum StatedDecimal {
    /// value × 10^decimals as a whole number; `nil` when that is not exact in a `Double`.
    static func units(_ value: Double, decimals: Int) -> Double? {
        guard decimals >= 0, decimals <= 15 else { return nil }
        let scaled = (value * powerOfTen(decimals)).rounded()
        guard abs(scaled) < 9_007_199_254_740_992 else { return nil }
        return scaled
    }

    /// A percentage read with `decimals` decimals as a fraction: 1.4 → 0.014.
    static func percent(_ value: Double, decimals: Int) -> Double {
        guard let units = units(value, decimals: decimals) else { return value / 100 }
        return units / powerOfTen(decimals + 2)
    }

    /// The midpoint of a stated range of percentages as a fraction: (low + high) / 200, from the
    /// whole numbers of units (at the finer of the two precisions): 7.9% to 8% → 0.0795.
    static func percentMidpoint(_ low: Double, _ high: Double, decimals: Int) -> Double {
        guard let lowUnits = units(low, decimals: decimals), let highUnits = units(high, decimals: decimals) else {
            return (low + high) / 200
        }
        return (lowUnits + highUnits) / (2 * powerOfTen(decimals + 2))
    }

    /// 10^n, exact for 0 ≤ n ≤ 22.
    static func powerOfTen(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<n { result *= 10 }
        return result
    }
}
