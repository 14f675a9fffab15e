import RotationCore

/// Bytes-level CSV reading shared by the member file formats (holdings, member lists, wide
/// price matrices, fundamentals): lines split on `\n` (a trailing `\r` dropped, a UTF-8 BOM
/// skipped), fields split on commas with RFC 4180 double quotes, blank lines ignored.
///
/// Works on byte offsets into one buffer: no `String` per field unless asked for.
struct MembersCSVTable {
    /// One field: the byte range of its content (quotes excluded) and whether it was quoted.
    struct Field {
        var range: Range<Int>
        var quoted: Bool
        /// An opening quote that does not close on the line (see `checkQuotes`).
        var unterminated = false
    }

    let file: String
    let bytes: [UInt8]
    /// Header names as written (trimmed).
    private(set) var header: [String] = []
    /// Byte ranges of the non-blank lines after the header and their 1-based line numbers.
    private(set) var rows: [(range: Range<Int>, line: Int)] = []

    /// Splits `bytes` into lines; throws when there is no header line.
    init(bytes: [UInt8], file: String) throws {
        self.file = file
        self.bytes = bytes
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 0
        var headerRange: Range<Int>?
        var headerLine = 1
        let count = bytes.count
        bytes.withUnsafeBufferPointer { buffer in
            while start < count {
                var end = start
                while end < count && buffer[end] != 10 { end += 1 }
                line += 1
                var stop = end
                if stop > start && buffer[stop - 1] == 13 { stop -= 1 }
                if stop > start {
                    if headerRange == nil { headerRange = start..<stop; headerLine = line } else { rows.append((start..<stop, line)) }
                }
                start = end + 1
            }
        }
        guard let headerRange else { throw DataError(.badInput, "empty file: expected a header line", at: SourceLocation(file: file)) }
        var fields: [Field] = []
        split(headerRange, into: &fields)
        header = fields.map { MembersCSVTable.trimmed(text($0)) }
        if let open = fields.firstIndex(where: \.unterminated) {
            throw DataError(.badInput, CSVFields.unterminatedMessage,
                            at: SourceLocation(file: file, line: headerLine, field: "#\(open + 1)"))
        }
    }

    /// The fields of one line, reusing `fields`' storage.
    func split(_ line: Range<Int>, into fields: inout [Field]) {
        fields.removeAll(keepingCapacity: true)
        bytes.withUnsafeBufferPointer { b in
            var i = line.lowerBound
            while true {
                if i < line.upperBound && b[i] == 34 {          // quoted field
                    var j = i + 1
                    while j < line.upperBound {
                        if b[j] == 34 {
                            if j + 1 < line.upperBound && b[j + 1] == 34 { j += 2; continue }
                            break
                        }
                        j += 1
                    }
                    fields.append(Field(range: (i + 1)..<min(j, line.upperBound), quoted: true,
                                        unterminated: j >= line.upperBound))
                    i = j + 1
                    while i < line.upperBound && b[i] != 44 { i += 1 }
                } else {
                    var j = i
                    while j < line.upperBound && b[j] != 44 { j += 1 }
                    fields.append(Field(range: i..<j, quoted: false))
                    i = j
                }
                if i >= line.upperBound { break }
                i += 1                                           // skip the comma
                if i == line.upperBound { fields.append(Field(range: i..<i, quoted: false)); break }
            }
        }
    }

    /// Throws for the first field of line `line` whose quote never closes (RFC 4180; fields do
    /// not span lines), naming its column: issue 16, case 5.
    func checkQuotes(_ fields: [Field], line: Int) throws(DataError) {
        guard let open = fields.firstIndex(where: \.unterminated) else { return }
        throw DataError(.badInput, CSVFields.unterminatedMessage,
                        at: SourceLocation(file: file, line: line, field: open < header.count ? header[open] : "#\(open + 1)"))
    }

    /// The field's text (doubled quotes undone in a quoted field).
    func text(_ field: Field) -> String {
        let raw = String(decoding: bytes[field.range], as: UTF8.self)
        guard field.quoted, raw.contains("\"\"") else { return raw }
        return raw.split(separator: "\"\"", omittingEmptySubsequences: false).joined(separator: "\"")
    }

    /// The field's bytes as an error message quotes them (see `FieldQuoting`).
    func shown(_ field: Field) -> String {
        bytes.withUnsafeBufferPointer { FieldQuoting.shown(field.range, of: $0) }
    }

    /// Index of the first header name among `names` (case-insensitive), or `nil`.
    func column(_ names: String...) -> Int? {
        let lowered = header.map { $0.lowercased() }
        for name in names { if let i = lowered.firstIndex(of: name) { return i } }
        return nil
    }

    /// Index of a required column, or a `badInput` error naming it at line 1.
    func requiredColumn(_ names: String...) throws -> Int {
        let lowered = header.map { $0.lowercased() }
        for name in names { if let i = lowered.firstIndex(of: name) { return i } }
        throw DataError(.badInput, "missing column \"\(names[0])\"", at: SourceLocation(file: file, line: 1))
    }

    /// True when the field is empty or blank.
    func isBlank(_ field: Field) -> Bool {
        bytes[field.range].allSatisfy { $0 == 32 || $0 == 9 }
    }

    /// A finite number, `nil` for an empty field, or a `badInput` error at the field.
    func number(_ field: Field, line: Int, column: Int) throws -> Double? {
        if isBlank(field) { return nil }
        if let value = MembersCSVNumber.parse(bytes, field.range) { return value }
        throw DataError(.badInput, "expected a number, got \"\(shown(field))\"",
                        at: SourceLocation(file: file, line: line, field: header[column]))
    }

    /// `text` without leading and trailing spaces and tabs.
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(scalars[first...last])
    }

    /// A `badInput` error for a row whose field count differs from the header's.
    func fieldCountError(line: Int, got: Int) -> DataError {
        DataError(.badInput, "expected \(header.count) fields, got \(got)", at: SourceLocation(file: file, line: line))
    }
}

/// Decimal numbers from bytes: `[-+]digits[.digits]` is parsed exactly (an integer mantissa
/// below 2^53 divided by a power of ten ≤ 10^22 is correctly rounded, like `strtod`); other
/// forms (exponents, long mantissas) fall back to `Double(String)`. NaN and infinity are
/// rejected (`nil`).
enum MembersCSVNumber {
    static let powersOfTen: [Double] = (0...22).map { p in (0..<p).reduce(1.0) { r, _ in r * 10 } }

    static func parse(_ bytes: [UInt8], _ range: Range<Int>) -> Double? {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper && bytes[lower] == 32 { lower += 1 }
        while upper > lower && bytes[upper - 1] == 32 { upper -= 1 }
        guard lower < upper else { return nil }
        var i = lower
        var negative = false
        if bytes[i] == 45 || bytes[i] == 43 { negative = bytes[i] == 45; i += 1 }
        var mantissa: UInt64 = 0, digits = 0, fractionDigits = 0, seenPoint = false, simple = true
        while i < upper {
            let c = bytes[i]
            if c >= 48 && c <= 57 {
                if mantissa == 0 && c == 48 && !seenPoint { i += 1; digits += 1; continue }
                mantissa = mantissa &* 10 &+ UInt64(c - 48)
                digits += 1
                if seenPoint { fractionDigits += 1 }
                if mantissa >= 1 << 53 { simple = false; break }
            } else if c == 46 && !seenPoint {
                seenPoint = true
            } else {
                simple = false
                break
            }
            i += 1
        }
        if simple && digits > 0 && fractionDigits <= 22 {
            let value = Double(mantissa) / powersOfTen[fractionDigits]
            return negative ? -value : value
        }
        guard let value = Double(String(decoding: bytes[lower..<upper], as: UTF8.self)), value.isFinite else { return nil }
        return value
    }
}
