import RotationCore

/// Reads a price file (daily bars), a return series or a FRED rate series from CSV bytes.
///
/// The format is told by the header (names case-insensitive, trimmed; a UTF-8 byte-order mark,
/// CRLF line endings and double-quoted fields are accepted):
/// - **bars**: `date` plus any of `open, high, low, close, adj_close, volume` in any order
///   (`Adj Close` is `adj_close`), at least `close` or `adj_close`. This covers the contract's
///   own form, Yahoo Finance exports (`Date,Open,High,Low,Close,Adj Close,Volume`, dates ISO or
///   `m/d/yyyy`) and Stooq exports (`Date,Open,High,Low,Close,Volume`). Other columns are ignored.
/// - **return series**: `date,return`, fractions per period, each above -1.
/// - **rate series** (FRED): exactly two columns, a date (`date`, `DATE`, `observation_date`,
///   or `month` as `YYYY-MM`) and a value that is not a price column (`value`, `DGS10`), in
///   percent. FRED's `.` (no observation) and empty values are skipped.
///
/// Rows may come in any order and are returned sorted; duplicate dates with identical values
/// collapse to one, with different values they are an error. Empty fields (and Yahoo's `null`)
/// are missing values (NaN in `DailyBars`); a row with every price field empty is skipped.
/// Prices must be positive, volumes non-negative, high not below low (open and close outside
/// [low, high] are accepted: vendors publish such rows). Errors are one line,
/// `FILE:LINE: field "NAME": message`, with `DataError.Code.badInput`.
public enum PriceCSV {
    /// Parses a whole file's bytes; `file` names it in messages, `symbol` names the result.
    public static func parse(_ bytes: [UInt8], file: String, symbol: String) throws -> LoadedSeries {
        try bytes.withUnsafeBufferPointer { text throws(DataError) in
            try parse(text, file: file, symbol: symbol)
        }
    }

    static func parse(_ text: UnsafeBufferPointer<UInt8>, file: String, symbol: String) throws(DataError) -> LoadedSeries {
        var lines = CSVLines(text)
        let header = try CSVHeader.read(&lines, file: file)
        try header.rejectDuplicates(file: file)
        let priceFields = BarField.allCases.compactMap { field in header.index(of: field.rawValue).map { (field, $0) } }
        if priceFields.isEmpty, let single = try singleValueLayout(header, file: file) {
            let table = try readTable(&lines, layout: single.layout)
            return .series(table.series(column: 0, name: symbol, kind: single.kind))
        }
        guard let dateIndex = header.index(of: "date") else {
            throw DataError(.badInput, "missing column \"date\"", at: SourceLocation(file: file, line: header.line))
        }
        guard priceFields.contains(where: { $0.0 == .close || $0.0 == .adjClose }) else {
            throw DataError(.badInput, "missing a price column (\"close\" or \"adj_close\")",
                            at: SourceLocation(file: file, line: header.line))
        }
        let columns = priceFields.map { field, index in
            ValueColumn(fieldIndex: index, name: header.names[index], rule: field == .volume ? .volume : .price)
        }
        let slot = { (field: BarField) in priceFields.firstIndex { $0.0 == field } }
        let highLow = slot(.high).flatMap { high in slot(.low).map { (high: high, low: $0) } }
        let layout = TableLayout(
            file: file, fieldCount: header.count, dateIndex: dateIndex, dateName: header.names[dateIndex],
            dateForm: .day, columns: columns,
            skipWhenAllMissing: priceFields.indices.filter { priceFields[$0].0 != .volume },
            highLow: highLow)
        let table = try readTable(&lines, layout: layout)
        let column = { (field: BarField) in
            slot(field).map { table.columns[$0] } ?? [Double](repeating: .nan, count: table.count)
        }
        return .bars(DailyBars(symbol: symbol, days: table.days, open: column(.open), high: column(.high),
                               low: column(.low), close: column(.close), adjClose: column(.adjClose),
                               volume: column(.volume)))
    }

    /// The layout of a return (`date,return`) or rate (two columns, a date and a value) file,
    /// or `nil` when the header is neither.
    private static func singleValueLayout(_ header: CSVHeader, file: String) throws(DataError)
        -> (layout: TableLayout, kind: SeriesKind)?
    {
        let kind: SeriesKind
        let dateIndex: Int
        let valueIndex: Int
        var dateForm = DateForm.day
        if let returnIndex = header.index(of: "return"), let date = header.index(of: "date") {
            (kind, dateIndex, valueIndex) = (.return, date, returnIndex)
        } else if header.count == 2, let date = header.index(of: "date", "observation_date", "month") {
            (kind, dateIndex, valueIndex) = (.rate, date, 1 - date)
            if header.keys[date] == "month" { dateForm = .month }
        } else {
            return nil
        }
        let rule: ValueRule = kind == .return ? .returnFraction : .rate
        let layout = TableLayout(
            file: file, fieldCount: header.count, dateIndex: dateIndex, dateName: header.names[dateIndex],
            dateForm: dateForm, columns: [ValueColumn(fieldIndex: valueIndex, name: header.names[valueIndex], rule: rule)],
            skipWhenAllMissing: [0], highLow: nil)
        return (layout, kind)
    }

    /// Reads the rows, requires at least one, and sorts and de-duplicates them.
    static func readTable(_ lines: inout CSVLines, layout: TableLayout) throws(DataError) -> DatedTable {
        let table = try TableReader.read(&lines, layout: layout)
        guard table.count > 0 else {
            throw DataError(.badInput, "no data rows", at: SourceLocation(file: layout.file))
        }
        return try table.sortedUnique(file: layout.file, dateField: layout.dateName)
    }
}
