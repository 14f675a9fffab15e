/// Splits one CSV line into field byte ranges, reusing its storage from line to line.
///
/// Fields are separated by commas; spaces and tabs around a field are trimmed; a field may be
/// enclosed in double quotes (then it may hold commas, and `""` stands for one quote; the
/// range excludes the enclosing quotes and spaces inside them). Fields never span lines: a
/// quote that does not close on its line is recorded in `unterminated`, and every reader
/// refuses the line (RFC 4180 has no unclosed quote; reading the rest of the line as the
/// value imported `"1` as 1 — issue 16, case 5).
struct CSVFields {
    /// The fields of the last line split, as ranges into the file's bytes.
    private(set) var ranges: [Range<Int>] = []
    /// The 0-based position of the first field of the last line whose opening quote never
    /// closes, or `nil`.
    private(set) var unterminated: Int?

    init() {
        ranges.reserveCapacity(16)
    }

    var count: Int { ranges.count }

    subscript(index: Int) -> Range<Int> { ranges[index] }

    /// Splits `line` of `text`; afterwards `ranges` holds its fields in order.
    mutating func split(_ line: Range<Int>, of text: UnsafeBufferPointer<UInt8>) {
        ranges.removeAll(keepingCapacity: true)
        unterminated = nil
        let end = line.upperBound
        var i = line.lowerBound
        while true {
            while i < end && CSVFields.isSpace(text[i]) { i += 1 }
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
                ranges.append(CSVFields.trimmed(start..<j, of: text))
                i = j
                while i < end && text[i] != UInt8(ascii: ",") { i += 1 }
            } else {
                let start = i
                while i < end && text[i] != UInt8(ascii: ",") { i += 1 }
                var stop = i
                while stop > start && CSVFields.isSpace(text[stop - 1]) { stop -= 1 }
                ranges.append(start..<stop)
            }
            if i >= end { break }
            i += 1
        }
    }

    /// The range without leading and trailing spaces and tabs.
    static func trimmed(_ range: Range<Int>, of text: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = range.lowerBound
        var stop = range.upperBound
        while start < stop && isSpace(text[start]) { start += 1 }
        while stop > start && isSpace(text[stop - 1]) { stop -= 1 }
        return start..<stop
    }

    /// The message for a field whose quote never closes (see `unterminated`).
    static let unterminatedMessage = "a quoted field is not closed on its line (RFC 4180: an opening quote needs a closing quote)"

    /// True for the one-empty-field result of splitting a blank line.
    var isBlankLine: Bool { ranges.count == 1 && ranges[0].isEmpty }

    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    /// The text of a field, for messages and names (invalid UTF-8 is replaced).
    static func text(_ range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>) -> String {
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
