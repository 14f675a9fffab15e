import RotationCore

/// Bytes-level CSV reading shared by the member file formats (holdings, member lists, wide
/// price matrices, fundamentals): lines from `CSVLines` (a trailing `\r` dropped, a UTF-8 BOM
/// skipped), fields from `CSVFields`, numbers from `NumberField`, empty lines ignored.
///
/// Works on byte offsets into one buffer: no `String` per field unless asked for.
struct MembersCSVTable {
    let file: String
    let bytes: [UInt8]
    /// Header names as written (trimmed, doubled quotes undone).
    private(set) var header: [String] = []
    /// Byte ranges of the non-empty lines after the header and their 1-based line numbers.
    private(set) var rows: [(range: Range<Int>, line: Int)] = []

    /// Splits `bytes` into lines; throws when there is no header line.
    init(bytes: [UInt8], file: String) throws {
        self.file = file
        self.bytes = bytes
        var header: [String]?
        var open: Int?
        var headerLine = 1
        var rows: [(range: Range<Int>, line: Int)] = []
        bytes.withUnsafeBufferPointer { buffer in
            var lines = CSVLines(buffer)
            while let line = lines.next() {
                if line.isEmpty { continue }
                guard header != nil else {
                    var fields = CSVFields()
                    fields.split(line, of: buffer)
                    header = (0..<fields.count).map { fields.value($0, of: buffer) }
                    open = fields.unterminated
                    headerLine = lines.lineNumber
                    continue
                }
                rows.append((line, lines.lineNumber))
            }
        }
        guard let header else { throw DataError(.badInput, "empty file: expected a header line", at: SourceLocation(file: file)) }
        if let open {
            throw DataError(.badInput, CSVFields.unterminatedMessage,
                            at: SourceLocation(file: file, line: headerLine, field: "#\(open + 1)"))
        }
        self.header = header
        self.rows = rows
    }

    /// Splits one line into `fields`, reusing their storage.
    func split(_ line: Range<Int>, into fields: inout CSVFields) {
        bytes.withUnsafeBufferPointer { fields.split(line, of: $0) }
    }

    /// Throws for the first field of line `line` whose quote never closes (RFC 4180; fields do
    /// not span lines), naming its column: issue 16, case 5.
    func checkQuotes(_ fields: CSVFields, line: Int) throws(DataError) {
        guard let open = fields.unterminated else { return }
        throw DataError(.badInput, CSVFields.unterminatedMessage,
                        at: SourceLocation(file: file, line: line, field: open < header.count ? header[open] : "#\(open + 1)"))
    }

    /// Field `index`'s text (trimmed, doubled quotes undone in a quoted field).
    func text(_ fields: CSVFields, _ index: Int) -> String {
        bytes.withUnsafeBufferPointer { fields.value(index, of: $0) }
    }

    /// Field `index`'s bytes as an error message quotes them (see `FieldQuoting`).
    func shown(_ fields: CSVFields, _ index: Int) -> String {
        bytes.withUnsafeBufferPointer { FieldQuoting.shown(fields[index], of: $0) }
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

    /// Field `column` as a finite number, `nil` for an empty field (and for `-` with
    /// `.dashIsEmpty`), or a `badInput` error at the field: "expected a number" for anything
    /// else, NaN and infinity included.
    func number(_ fields: CSVFields, _ column: Int, line: Int, options: NumberField.Options = []) throws -> Double? {
        let parsed = bytes.withUnsafeBufferPointer { NumberField.parse(fields[column], of: $0, options: options) }
        switch parsed {
        case .empty: return nil
        case .value(let value): return value
        case .notANumber, .notFinite:
            throw DataError(.badInput, "expected a number, got \"\(shown(fields, column))\"",
                            at: SourceLocation(file: file, line: line, field: header[column]))
        }
    }

    /// A `badInput` error for a row whose field count differs from the header's.
    func fieldCountError(line: Int, got: Int) -> DataError {
        DataError(.badInput, "expected \(header.count) fields, got \(got)", at: SourceLocation(file: file, line: line))
    }
}
