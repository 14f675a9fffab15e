/// One token of plain text, as the claim extractor sees it.
///
/// The tokenizer is written by hand over Unicode scalars: RotationText is pure (no Foundation),
/// and the Swift standard library has no regular expressions on Linux without Foundation's
/// `NSRegularExpression`; a hand tokenizer also lets us keep the exact digits a number was
/// written with (its stated precision) and read the Unicode minus and en dash as they appear
/// in news text.
public enum TextToken: Sendable, Equatable {
    /// A run of letters (with inner `&`, as in "S&P"), lowercased.
    case word(String)
    /// A number as written: its value, digits after the decimal point, and a sign written
    /// directly before it (`+4.1`, `−20.4`); ordinal suffixes ("10th") are dropped.
    case number(Double, decimals: Int, signed: Bool)
    /// Any other visible character: `%`, `$`, `-`, `–`, `'`, `(`, `,`, `.` and so on. The
    /// minus sign U+2212, hyphen and en/em dashes are kept as written.
    case mark(Character)

    /// The lowercased word, or `nil` for numbers and marks.
    public var word: String? {
        if case .word(let text) = self { return text }
        return nil
    }

    /// The number's value, or `nil`.
    public var number: Double? {
        if case .number(let value, _, _) = self { return value }
        return nil
    }

    /// True for the mark `character`.
    public func isMark(_ character: Character) -> Bool {
        if case .mark(let mark) = self { return mark == character }
        return false
    }
}

/// Splits text into tokens (see `TextToken`).
public enum Tokenizer {
    /// The tokens of `text`. Thousands separators are read only as `,` followed by exactly three
    /// digits ("2,590.61"); a sign counts only when it touches the digits and does not follow a
    /// letter or digit ("+4.1%", "−20.4%", but "2–3%" is 2, `–`, 3).
    public static func tokens(_ text: String) -> [TextToken] {
        spans(text).map(\.token)
    }

    /// The tokens of `text` with where each stands (Unicode scalar offsets) and whether a word
    /// was written with a capital letter.
    public static func spans(_ text: String) -> [TokenSpan] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [TextToken] = []
        var spans: [TokenSpan] = []
        func record(_ start: Int, _ end: Int) {
            let capital = scalars[start].properties.isUppercase
            spans.append(TokenSpan(token: tokens[tokens.count - 1], start: start, end: end, isCapitalized: capital))
        }
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            if isDigit(scalar) || isLeadingDecimalPoint(scalars, at: i) {
                let signed = signBefore(tokens: tokens, scalars: scalars, at: i)
                let (value, decimals, next) = readNumber(scalars, from: i)
                guard value.isFinite else {
                    // Digits beyond a Double's range are no market figure: kept as a word, never a claim.
                    var digits = ""
                    digits.unicodeScalars.append(contentsOf: scalars[i..<next])
                    tokens.append(.word(digits))
                    record(i, next)
                    i = next
                    continue
                }
                var number = value
                if signed, let sign = tokens.last, sign.isMark("-") || sign.isMark("−") {
                    number = -value
                }
                var start = i
                if signed {
                    tokens.removeLast()
                    start = spans.removeLast().start
                }
                tokens.append(.number(number, decimals: decimals, signed: signed))
                record(start, next)
                i = skipOrdinal(scalars, from: next)
            } else if isLetter(scalar) {
                var end = i
                while end < scalars.count, isLetter(scalars[end]) || (scalars[end] == "&" && end + 1 < scalars.count && isLetter(scalars[end + 1]) && end > i) {
                    end += 1
                }
                tokens.append(.word(String(String.UnicodeScalarView(scalars[i..<end])).lowercased()))
                record(i, end)
                i = end
            } else if scalar.properties.isWhitespace {
                i += 1
            } else {
                let mark: Character = scalar == "’" || scalar == "‘" ? "'" : Character(scalar)
                tokens.append(.mark(mark))
                record(i, i + 1)
                i += 1
            }
        }
        return spans
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }

    /// A decimal written without its leading zero ("-.07%", "up .5%"): a point directly before a
    /// digit, after a space, a sign, "(" or the start of the text (not "v2.5" nor "2020.21").
    static func isLeadingDecimalPoint(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        guard scalars[i] == ".", i + 1 < scalars.count, isDigit(scalars[i + 1]) else { return false }
        guard i > 0 else { return true }
        let before = scalars[i - 1]
        return before.properties.isWhitespace || ["+", "-", "−", "(", "$"].contains(before)
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic }

    /// True when the previous token is a sign mark written directly before the digit, after a
    /// space or the start of the text.
    private static func signBefore(tokens: [TextToken], scalars: [Unicode.Scalar], at i: Int) -> Bool {
        guard i >= 1, ["+", "-", "−"].contains(scalars[i - 1]) else { return false }
        if i == 1 { return true }
        let before = scalars[i - 2]
        return before.properties.isWhitespace || before == "(" || before == "\""
    }

    /// Reads digits, thousands groups and a decimal part starting at `start`.
    private static func readNumber(_ scalars: [Unicode.Scalar], from start: Int) -> (Double, Int, Int) {
        var digits = ""
        var i = start
        while i < scalars.count {
            if isDigit(scalars[i]) {
                digits.unicodeScalars.append(scalars[i])
                i += 1
            } else if scalars[i] == ",", i + 3 < scalars.count + 1, (1...3).allSatisfy({ i + $0 < scalars.count && isDigit(scalars[i + $0]) }),
                      i + 4 >= scalars.count || !isDigit(scalars[i + 4]) {
                i += 1
            } else {
                break
            }
        }
        var decimals = 0
        if i + 1 < scalars.count, scalars[i] == ".", isDigit(scalars[i + 1]) {
            digits += "."
            i += 1
            while i < scalars.count, isDigit(scalars[i]) {
                digits.unicodeScalars.append(scalars[i])
                decimals += 1
                i += 1
            }
        }
        if digits.hasPrefix(".") { digits = "0" + digits }
        return (Double(digits) ?? 0, decimals, i)
    }

    /// Skips "st", "nd", "rd", "th" directly after a number.
    private static func skipOrdinal(_ scalars: [Unicode.Scalar], from i: Int) -> Int {
        guard i + 1 < scalars.count else { return i }
        let pair = String(String.UnicodeScalarView(scalars[i...(i + 1)])).lowercased()
        let ends = i + 2 >= scalars.count || !isLetter(scalars[i + 2])
        return ["st", "nd", "rd", "th"].contains(pair) && ends ? i + 2 : i
    }
}

/// A token with where it stands in the text it was read from.
public struct TokenSpan: Sendable, Equatable {
    public var token: TextToken
    /// Unicode scalar offsets: `start..<end`.
    public var start: Int
    public var end: Int
    /// The first letter is upper case ("Apple", "S&P"); false for numbers and marks.
    public var isCapitalized: Bool
}
