/// Number formats of the checker's explanations (pure: no Foundation `String(format:)`).
///
/// The same shapes as the CLI's tables: "+4.12%", "2,559.61", "1.09"; a minus is U+2212.
/// Rounding is half away from zero on the binary value scaled by 10^decimals, which can differ from
/// printf's rounding of an exact tie in the last digit; explanations only, never a verdict.
public enum CheckFormat {
    /// A fraction as a signed percentage: 0.04123 → "+4.12%".
    public static func percent(_ fraction: Double?, decimals: Int = 2, signed: Bool = true) -> String {
        guard let fraction else { return "n/a" }
        let body = fixed(abs(fraction) * 100, decimals: decimals)
        let isZero = body.allSatisfy { $0 == "0" || $0 == "." }
        let sign = fraction < 0 && !isZero ? "−" : (signed ? "+" : "")
        return sign + body + "%"
    }

    /// A level with thousands separators: 2559.61 → "2,559.61".
    public static func level(_ value: Double?, decimals: Int = 2) -> String {
        guard let value else { return "n/a" }
        return grouped(fixed(abs(value), decimals: decimals), negative: value < 0)
    }

    /// Digits "2559.61" with thousands separators ("2,559.61"), and a minus (U+2212) when `negative`.
    public static func grouped(_ digits: String, negative: Bool) -> String {
        let parts = digits.split(separator: ".", maxSplits: 1)
        var integer = String(parts[0])
        var grouped = ""
        while integer.count > 3 {
            grouped = "," + integer.suffix(3) + grouped
            integer.removeLast(3)
        }
        return (negative ? "−" : "") + integer + grouped + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// A plain decimal: 1.0912 → "1.09".
    public static func decimal(_ value: Double?, decimals: Int = 2) -> String {
        guard let value else { return "n/a" }
        let body = fixed(abs(value), decimals: decimals)
        return (value < 0 && body.contains(where: { $0 != "0" && $0 != "." }) ? "−" : "") + body
    }

    /// A signed points change with two decimals: −69.09 → "−69.09 points".
    public static func points(_ value: Double) -> String {
        (value < 0 ? "−" : "+") + level(abs(value)) + " points"
    }

    /// `value` (not negative) with `decimals` digits after the point.
    static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "n/a" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (value * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return String(value) }
        let whole = Int(scaled)
        let divisor = Int(scale)
        var text = String(whole / divisor)
        if decimals > 0 {
            var fraction = String(whole % divisor)
            while fraction.count < decimals { fraction = "0" + fraction }
            text += "." + fraction
        }
        return text
    }
}
