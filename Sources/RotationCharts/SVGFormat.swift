/// Deterministic text for SVG: fixed-decimal numbers (no locale, no exponent) and XML escaping.
public enum SVGFormat {
    /// `value` with exactly `decimals` digits after the point, rounded half away from zero,
    /// with an ASCII minus: `number(-1.005, decimals: 1)` → `"-1.0"`, `number(2, decimals: 2)` → `"2.00"`.
    ///
    /// Negative zero and values that round to zero print without a sign. `value` must be finite
    /// and `|value| · 10^decimals` below 9·10^18 (precondition): charts never pass NaN here, they
    /// break lines at missing values instead.
    public static func number(_ value: Double, decimals: Int = 2) -> String {
        precondition(value.isFinite, "SVGFormat.number needs a finite value")
        precondition((0...9).contains(decimals), "SVGFormat.number: decimals must be 0…9")
        var scale: Int64 = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * Double(scale)).rounded(.toNearestOrAwayFromZero)
        precondition(scaled < 9e18, "SVGFormat.number: value out of range")
        let integer = Int64(scaled)
        let whole = integer / scale
        var text = String(whole)
        if decimals > 0 {
            let fraction = String(integer % scale)
            text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return (value < 0 && integer != 0 ? "-" : "") + text
    }

    /// A label for readers: like `number` but with a typographic minus (U+2212).
    public static func label(_ value: Double, decimals: Int) -> String {
        let text = number(value, decimals: decimals)
        return text.hasPrefix("-") ? "\u{2212}" + text.dropFirst() : text
    }

    /// Escapes the five XML special characters: `&` `<` `>` `"` `'`.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// Digits after the point needed to tell ticks `step` apart (a step of 1, 2 or 5 × 10^k):
    /// 0 for steps ≥ 1, 1 for 0.5, 2 for 0.05 …, at most 9.
    public static func decimals(forStep step: Double) -> Int {
        guard step.isFinite, step > 0 else { return 0 }
        var scaled = step
        var digits = 0
        while scaled < 1 - 1e-9, digits < 9 {
            scaled *= 10
            digits += 1
        }
        return digits
    }
}
