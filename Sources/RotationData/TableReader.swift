import RotationCore

/// One value column of a table: where it sits in a row, its header name and its rule.
struct ValueColumn {
    var fieldIndex: Int
    /// The header's name as written, for messages.
    var name: String
    var rule: ValueRule
}

/// The shape of a file's rows, worked out from its header.
struct TableLayout {
    var file: String
    /// Fields every row must have.
    var fieldCount: Int
    var dateIndex: Int
    /// The date column's name as written.
    var dateName: String
    var dateForm: DateForm
    var columns: [ValueColumn]
    /// A row whose values in all these columns are missing is skipped (a vendor's empty row).
    var skipWhenAllMissing: [Int]
    /// Column positions of high and low, checked for high ≥ low.
    var highLow: (high: Int, low: Int)?
    /// Stop at the first blank line (Kenneth French's first block) instead of skipping it.
    var stopsAtBlankLine = false
}

/// The hot loop: reads every data row after the header into a `DatedTable`, checking each
/// field and reporting the first problem with its file, line and field.
enum TableReader {
    static func read(_ lines: inout CSVLines, layout: TableLayout) throws(DataError) -> DatedTable {
        let text = lines.text
        var table = DatedTable(columnCount: layout.columns.count, capacity: max(16, text.count / 48))
        var fields = CSVFields()
        var row = [Double](repeating: .nan, count: layout.columns.count)
        while let line = lines.next() {
            fields.split(line, of: text)
            if fields.isBlankLine {
                if layout.stopsAtBlankLine { break }
                continue
            }
            let number = lines.lineNumber
            if let open = fields.unterminated {
                let name = open == layout.dateIndex ? layout.dateName : layout.columns.first { $0.fieldIndex == open }?.name
                throw DataError(.badInput, CSVFields.unterminatedMessage,
                                at: SourceLocation(file: layout.file, line: number, field: name ?? "#\(open + 1)"))
            }
            guard fields.count == layout.fieldCount else {
                throw DataError(.badInput, "expected \(layout.fieldCount) fields, got \(fields.count)",
                                at: SourceLocation(file: layout.file, line: number))
            }
            let dateRange = fields[layout.dateIndex]
            guard let day = layout.dateForm.parse(dateRange, of: text) else {
                throw DataError(.badInput, "expected \(layout.dateForm.expectation), got \"\(FieldQuoting.shown(dateRange, of: text))\"",
                                at: SourceLocation(file: layout.file, line: number, field: layout.dateName))
            }
            for k in layout.columns.indices {
                let column = layout.columns[k]
                let range = fields[column.fieldIndex]
                switch column.rule.read(range, of: text) {
                case .success(let value):
                    row[k] = value
                case .failure(let problem):
                    throw DataError(.badInput, problem.message(got: FieldQuoting.shown(range, of: text)),
                                    at: SourceLocation(file: layout.file, line: number, field: column.name))
                }
            }
            if !layout.skipWhenAllMissing.isEmpty && layout.skipWhenAllMissing.allSatisfy({ row[$0].isNaN }) {
                continue
            }
            if let (high, low) = layout.highLow, row[high] < row[low] {
                throw DataError(.badInput, "high \(row[high]) is below low \(row[low])",
                                at: SourceLocation(file: layout.file, line: number, field: layout.columns[high].name))
            }
            table.days.append(day)
            table.lines.append(number)
            for k in row.indices { table.columns[k].append(row[k]) }
        }
        return table
    }
}
