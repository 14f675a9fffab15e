/// Numbers as CSV writes them: the shortest decimal that reads back as the same `Double`
/// (Swift's `description`, so full precision and no float noise added), always positional
/// (no exponent), no thousands separators, no percent sign, `-` for negatives, and no `.0`
/// on whole numbers.
public enum PlainNumber {
    public static func text(_ value: Double) -> String {
        precondition(value.isFinite, "tables never hold NaN or infinity")
        if value == 0 { return "0" }
        let shortest = value.description
        let negative = shortest.hasPrefix("-")
        let unsigned = negative ? String(shortest.dropFirst()) : shortest
        let parts = unsigned.split(separator: "e", maxSplits: 1)
        let mantissa = String(parts[0])
        let exponent = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
        let pieces = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = String(pieces[0])
        let fraction = pieces.count == 2 ? String(pieces[1]) : ""
        var digits = whole + fraction
        var point = whole.count + exponent
        // Leading zeros of the digit string ("0.5" → "05") do not move the point.
        while digits.count > 1, digits.hasPrefix("0") {
            digits.removeFirst()
            point -= 1
        }
        while digits.count > 1, digits.hasSuffix("0"), digits.count > max(point, 1) { digits.removeLast() }
        let text: String
        if point <= 0 {
            text = "0." + String(repeating: "0", count: -point) + digits
        } else if point >= digits.count {
            text = digits + String(repeating: "0", count: point - digits.count)
        } else {
            text = String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
        }
        return (negative ? "-" : "") + text
    }
}
