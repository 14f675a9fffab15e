/// The one CSV field splitter: splits one line into field byte ranges, reusing its storage from
/// line to line. Every reader uses it (price, return, rate and factor files, holdings, member
/// lists, wide matrices, fundamentals, and the iShares download in RotationProviders).
///
/// Fields are separated by commas; spaces and tabs around a field are trimmed (and no-break
/// spaces, U+00A0, with `trimsNoBreakSpaces`, which iShares downloads need); a field may be
/// enclosed in double quotes (then it may hold commas, and `""` stands for one quote; the
/// range excludes the enclosing quotes and spaces inside them, and text after the closing
/// quote up to the next comma is ignored). Fields never span lines: a quote that does not
/// close on its line is recorded in `unterminated`, and every reader refuses the line (RFC
/// 4180 has no unclosed quote; reading the rest of the line as the value imported `"1` as 1 —
/// issue 16, case 5). A line ending in a comma has an empty last field; a blank line is one
/// empty field (`isBlankLine`).
public struct CSVFields {
    /// The fields of the last line split, as ranges into the file's bytes (doubled quotes of a
    /// quoted field still doubled: `text` shows the bytes as written, `value` undoes them).
    public private(set) var ranges: [Range<Int>] = []
    /// Whether each field of the last line was enclosed in quotes.
    public private(set) var quoted: [Bool] = []
    /// The 0-based position of the first field of the last line whose opening quote never
    /// closes, or `nil`.
    public private(set) var unterminated: Int?
    /// Trim no-break spaces (U+00A0, UTF-8 `C2 A0`) as well as spaces and tabs.
    public let trimsNoBreakSpaces: Bool

    public init(trimsNoBreakSpaces: Bool = false) {
        self.trimsNoBreakSpaces = trimsNoBreakSpaces
        ranges.reserveCapacity(16)
        quoted.reserveCapacity(16)
    }

    public var count: Int { ranges.count }

    public subscript(index: Int) -> Range<Int> { ranges[index] }

    /// Splits `line` of `text`; afterwards `ranges` holds its fields in order.
    public mutating func split(_ line: Range<Int>, of text: UnsafeBufferPointer<UInt8>) {
        ranges.removeAll(keepingCapacity: true)
        quoted.removeAll(keepingCapacity: true)
        unterminated = nil
        let end = line.upperBound
        var i = line.lowerBound
        while true {
            i += leadingBlank(i..<end, of: text)
            if i < end && text[i] == UInt8(ascii: "\"") {
                let start = i + 1
                var j = start
                while j < end {
                    if text[j] == UInt8(ascii: "\"") {
                        if j + 1 < end && text[j + 1] == UInt8(ascii: "\"") { j += 2; continue }
                        break
                    }
                    j += 1
                }
                if j >= end && unterminated == nil { unterminated = ranges.count }
                ranges.append(trimmed(start..<j, of: text))
                quoted.append(true)
                i = j
                while i < end && text[i] != UInt8(ascii: ",") { i += 1 }
            } else {
                let start = i
                while i < end && text[i] != UInt8(ascii: ",") { i += 1 }
                ranges.append(trimmed(start..<i, of: text))
                quoted.append(false)
            }
            if i >= end { break }
            i += 1
        }
    }

    /// The range without leading and trailing blanks (spaces, tabs; no-break spaces when
    /// `trimsNoBreakSpaces`).
    public func trimmed(_ range: Range<Int>, of text: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        let start = range.lowerBound + leadingBlank(range, of: text)
        var stop = range.upperBound
        while stop > start {
            if CSVFields.isSpace(text[stop - 1]) {
                stop -= 1
            } else if trimsNoBreakSpaces && stop - 2 >= start && text[stop - 2] == 0xC2 && text[stop - 1] == 0xA0 {
                stop -= 2
            } else {
                break
            }
        }
        return start..<stop
    }

    /// The number of blank bytes at the start of `range`.
    private func leadingBlank(_ range: Range<Int>, of text: UnsafeBufferPointer<UInt8>) -> Int {
        var i = range.lowerBound
        while i < range.upperBound {
            if CSVFields.isSpace(text[i]) {
                i += 1
            } else if trimsNoBreakSpaces && i + 1 < range.upperBound && text[i] == 0xC2 && text[i + 1] == 0xA0 {
                i += 2
            } else {
                break
            }
        }
        return i - range.lowerBound
    }

    /// The message for a field whose quote never closes (see `unterminated`).
    public static let unterminatedMessage = "a quoted field is not closed on its line (RFC 4180: an opening quote needs a closing quote)"

    /// True for the one-empty-field result of splitting a blank line.
    public var isBlankLine: Bool { ranges.count == 1 && ranges[0].isEmpty }

    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    /// The text of field `index` as a value: a quoted field's `""` undone (invalid UTF-8 is
    /// replaced).
    public func value(_ index: Int, of bytes: UnsafeBufferPointer<UInt8>) -> String {
        let raw = CSVFields.text(ranges[index], of: bytes)
        guard quoted[index], raw.contains("\"\"") else { return raw }
        return raw.split(separator: "\"\"", omittingEmptySubsequences: false).joined(separator: "\"")
    }

    /// The text of a field as written, for messages and names (invalid UTF-8 is replaced).
    public static func text(_ range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// True when the field's bytes equal `ascii`, ignoring ASCII case.
    static func equals(_ range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>, _ ascii: StaticString) -> Bool {
        guard range.count == ascii.utf8CodeUnitCount else { return false }
        let expected = ascii.utf8Start
        for (offset, i) in range.enumerated() where bytes[i] | 0x20 != expected[offset] | 0x20 {
            return false
        }
        return true
    }
}

extension CSVFields {
    /// The values of one line of text (`value` of each field): for small inputs such as a
    /// downloaded file's preamble, where byte ranges buy nothing.
    public static func values(of line: Substring, trimsNoBreakSpaces: Bool = false) -> [String] {
        let bytes = Array(line.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            var fields = CSVFields(trimsNoBreakSpaces: trimsNoBreakSpaces)
            fields.split(0..<buffer.count, of: buffer)
            return (0..<fields.count).map { fields.value($0, of: buffer) }
        }
    }
}
