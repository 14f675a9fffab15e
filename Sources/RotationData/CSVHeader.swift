import RotationCore

/// A CSV header line: the column names as written and in their matching form.
struct CSVHeader {
    /// Names as written in the file (trimmed, quotes removed), for messages.
    var names: [String]
    /// Names lower-cased with spaces and `-` turned into `_` (`Adj Close` → `adj_close`).
    var keys: [String]
    /// The header's 1-based line number.
    var line: Int

    /// Reads the first non-blank line of `lines` as a header.
    ///
    /// Throws `FILE: empty file` when there is no such line and `FILE:LINE: not UTF-8 text`
    /// when the line is not valid UTF-8.
    static func read(_ lines: inout CSVLines, file: String) throws(DataError) -> CSVHeader {
        guard let range = lines.nextNonBlank() else {
            throw DataError(.badInput, "empty file", at: SourceLocation(file: file))
        }
        return try CSVHeader(range, of: lines.text, line: lines.lineNumber, file: file)
    }

    /// The header in `range` of `text`, which is line `line`.
    init(_ range: Range<Int>, of text: UnsafeBufferPointer<UInt8>, line: Int, file: String) throws(DataError) {
        guard String(validating: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self) != nil else {
            throw DataError(.badInput, "not UTF-8 text", at: SourceLocation(file: file, line: line))
        }
        var fields = CSVFields()
        fields.split(range, of: text)
        if let open = fields.unterminated {
            throw DataError(.badInput, CSVFields.unterminatedMessage,
                            at: SourceLocation(file: file, line: line, field: "#\(open + 1)"))
        }
        names = fields.ranges.map { CSVFields.text($0, of: text) }
        keys = names.map(CSVHeader.key)
        self.line = line
    }

    /// The matching form of a column name: lower-cased, spaces and `-` as `_`.
    static func key(_ name: String) -> String {
        String(name.lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 })
    }

    var count: Int { names.count }

    /// The position of the first column whose key is one of `keys`.
    func index(of candidates: String...) -> Int? {
        keys.firstIndex { candidates.contains($0) }
    }

    /// Throws when two columns share a key (`close` twice): which one would count is unclear.
    func rejectDuplicates(file: String) throws(DataError) {
        var seen = Set<String>()
        for (name, key) in zip(names, keys) where !key.isEmpty {
            guard seen.insert(key).inserted else {
                throw DataError(.badInput, "duplicate column", at: SourceLocation(file: file, line: line, field: name))
            }
        }
    }
}
