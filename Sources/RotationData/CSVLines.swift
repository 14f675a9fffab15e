/// The lines of a CSV file's bytes, without copying: a cursor that yields each line's byte
/// range and its 1-based physical line number.
///
/// A leading UTF-8 byte-order mark is skipped, lines end at `\n`, and a `\r` before it is
/// dropped, so LF and CRLF files read the same. A final line without a newline is a line;
/// a file ending in a newline has no extra empty line.
public struct CSVLines {
    public let text: UnsafeBufferPointer<UInt8>
    private(set) var position: Int
    /// The number of the line `next()` returned last (0 before the first call).
    public private(set) var lineNumber = 0

    public init(_ text: UnsafeBufferPointer<UInt8>) {
        self.text = text
        self.position = CSVLines.hasByteOrderMark(text) ? 3 : 0
    }

    /// True when the bytes start with the UTF-8 byte-order mark EF BB BF.
    static func hasByteOrderMark(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        text.count >= 3 && text[0] == 0xEF && text[1] == 0xBB && text[2] == 0xBF
    }

    /// The next line's bytes (without its line ending), or `nil` at the end of the file.
    public mutating func next() -> Range<Int>? {
        let count = text.count
        guard position < count else { return nil }
        let start = position
        var end = start
        while end < count && text[end] != UInt8(ascii: "\n") { end += 1 }
        position = end + 1
        lineNumber += 1
        if end > start && text[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return start..<end
    }

    /// The next line that holds something besides spaces and tabs, or `nil` at the end.
    public mutating func nextNonBlank() -> Range<Int>? {
        while let line = next() {
            if !isBlank(line) { return line }
        }
        return nil
    }

    /// True when the line holds only spaces and tabs (or nothing).
    public func isBlank(_ line: Range<Int>) -> Bool {
        for i in line where text[i] != UInt8(ascii: " ") && text[i] != UInt8(ascii: "\t") {
            return false
        }
        return true
    }
}
