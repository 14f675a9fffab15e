/// The one number parser: what a numeric CSV field holds. Every reader uses it (through
/// `ValueRule` for dated tables, `MembersCSVTable.number` for member files, and the iShares
/// download in RotationProviders).
///
/// The rules: an optional sign (`-`, `+`), digits with at most one decimal point (`12.`, `.5`),
/// an optional exponent (`1e-3`, `2E+2`); nothing else (no hexadecimal, no `_`, no spaces —
/// the splitter trims those). `NaN`, `inf`, `Infinity` and overflow are `notFinite`. Formats
/// that need more say so with `Options`.
public enum NumberField: Equatable, Sendable {
    /// An empty field: a missing value.
    case empty
    /// A finite number.
    case value(Double)
    /// Text that is not a number (`n/a`, `1,234`, `0x10`).
    case notANumber
    /// `NaN`, `inf`, `Infinity` (any case, any sign) or a number too large for a `Double`.
    case notFinite
}

extension NumberField {
    /// What a format allows beyond the plain rules.
    public struct Options: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// Commas are thousands separators and are ignored (`"1,028,440,557.68"`, as iShares
        /// writes market values; a comma can only be inside a quoted field).
        public static let thousandsSeparators = Options(rawValue: 1 << 0)
        /// A lone `-` is no value (`empty`), as iShares writes it.
        public static let dashIsEmpty = Options(rawValue: 1 << 1)

        /// iShares holdings: thousands separators and `-` for none.
        public static let holdings: Options = [.thousandsSeparators, .dashIsEmpty]
    }

    /// Exact powers of ten up to 1e22, the largest that a `Double` holds exactly.
    private static let exactPowersOfTen: [Double] = (0...22).reduce(into: []) { powers, k in
        powers.append(k == 0 ? 1 : powers[k - 1] * 10)
    }

    /// Parses a decimal number from `bytes[range]` (already trimmed of spaces, as `CSVFields`
    /// leaves its ranges); an empty range is `empty`.
    ///
    /// Plain decimals (`-12.3400`) with at most 15 significant digits and at most 22 digits
    /// after the point take the fast path: the digits as an integer `m` (exact, since
    /// m < 10^15 < 2^53) divided by the exact power 10^k, which IEEE division rounds
    /// correctly (Clinger's fast path, "How to Read Floating Point Numbers Accurately", 1990).
    /// Everything else (exponents, long mantissas) goes to `Double(String)` (strtod), whose
    /// result is then checked for finiteness.
    public static func parse(_ range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>,
                             options: Options = []) -> NumberField {
        if range.isEmpty { return .empty }
        if !options.isEmpty {
            if options.contains(.dashIsEmpty) && range.count == 1 && bytes[range.lowerBound] == UInt8(ascii: "-") {
                return .empty
            }
            if options.contains(.thousandsSeparators) && bytes[range].contains(UInt8(ascii: ",")) {
                let plain = bytes[range].filter { $0 != UInt8(ascii: ",") }
                if plain.isEmpty { return .notANumber }
                return plain.withUnsafeBufferPointer { parse(0..<$0.count, of: $0) }
            }
        }
        var i = range.lowerBound
        let end = range.upperBound
        var negative = false
        if bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        var mantissa: UInt64 = 0
        var significantDigits = 0
        var digits = 0
        var fractionDigits = 0
        var seenPoint = false
        while i < end {
            let byte = bytes[i]
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                digits += 1
                if seenPoint { fractionDigits += 1 }
                if mantissa != 0 || byte != UInt8(ascii: "0") {
                    significantDigits += 1
                    if significantDigits > 15 { break }
                    mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
                }
            } else if byte == UInt8(ascii: ".") && !seenPoint {
                seenPoint = true
            } else {
                break
            }
            i += 1
        }
        if i == end && digits > 0 && fractionDigits <= 22 {
            let magnitude = Double(mantissa) / exactPowersOfTen[fractionDigits]
            return .value(negative ? -magnitude : magnitude)
        }
        return parseSlowly(range, of: bytes)
    }

    /// The fallback: special values, then strtod on text made only of number characters.
    private static func parseSlowly(_ range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>) -> NumberField {
        let text = CSVFields.text(range, of: bytes)
        var unsigned = Substring(text)
        if unsigned.first == "-" || unsigned.first == "+" { unsigned = unsigned.dropFirst() }
        switch unsigned.lowercased() {
        case "nan", "inf", "infinity": return .notFinite
        default: break
        }
        let allowed = text.utf8.allSatisfy { byte in
            (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
        }
        guard allowed, let value = Double(text) else { return .notANumber }
        return value.isFinite ? .value(value) : .notFinite
    }
}
