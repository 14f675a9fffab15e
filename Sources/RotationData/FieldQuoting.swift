/// How a field's bytes appear inside an error message: on one line, readable and short.
///
/// Printable text is shown as written. Control characters (a NUL, a tab, a stray `\r`) and
/// bytes that are not UTF-8 are shown as `\xHH`, so a message never carries them to a
/// terminal or a log. Past `limit` characters the text is cut and ends with `… (N bytes)`,
/// so a 10 MB field gives a one-line message, not a 10 MB one.
enum FieldQuoting {
    /// Characters shown before the text is cut.
    static let limit = 40

    /// The message form of `bytes[range]`.
    static func shown(_ range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>) -> String {
        var out = ""
        var i = range.lowerBound
        var characters = 0
        while i < range.upperBound {
            if characters == limit { return out + "… (\(range.count) bytes)" }
            let byte = bytes[i]
            if byte >= 0x20 && byte < 0x7F {
                out.unicodeScalars.append(Unicode.Scalar(byte))
                i += 1
            } else if let (scalar, length) = scalar(at: i, before: range.upperBound, of: bytes) {
                out.unicodeScalars.append(scalar)
                i += length
            } else {
                out += "\\x" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
                i += 1
            }
            characters += 1
        }
        return out
    }

    /// The printable non-ASCII scalar encoded at `start` and its length in bytes, or `nil`
    /// for an invalid or truncated sequence or a C1 control character.
    private static func scalar(at start: Int, before end: Int, of bytes: UnsafeBufferPointer<UInt8>)
        -> (Unicode.Scalar, Int)?
    {
        let lead = bytes[start]
        guard lead >= 0xC2 && lead <= 0xF4 else { return nil }
        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard start + length <= end,
              let text = String(validating: UnsafeBufferPointer(rebasing: bytes[start..<(start + length)]), as: UTF8.self),
              let scalar = text.unicodeScalars.first, !(0x80...0x9F).contains(scalar.value)
        else { return nil }
        return (scalar, length)
    }
}

extension String {
    /// The string with leading zeros up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: Swift.max(0, width - count)) + self
    }
}
