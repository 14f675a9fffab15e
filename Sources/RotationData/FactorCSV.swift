import RotationCore

/// Reads Kenneth R. French's factor files: one `Series(kind: .factor)` per value column, in
/// percent per period as published.
///
/// Two layouts are accepted:
/// - **tidy**: a header whose first column is `month` (`YYYY-MM`), `date` (`YYYY-MM-DD`) or
///   `year` (`YYYY`), then one column per factor (`month,mkt_rf,smb,hml,rf`);
/// - **original** (as downloaded from the Data Library): text lines, then a header line
///   starting with a comma (`,Mkt-RF,SMB,HML,RF`), then rows dated `YYYYMM`, `YYYYMMDD` or
///   `YYYY`. Only the first block is read: it ends at the first blank line (before the
///   "Annual Factors" block and the copyright line).
///
/// Periods are dated on their last calendar day: a month on its last day (1926-07 →
/// 1926-07-31), a year on December 31. `-99.99`, `-999` and empty fields are missing and
/// left out of that column's series. Series are named `STEM#column`: the stem upper-cased,
/// the column lower-cased with `-` and spaces as `_` (`FF3_MONTHLY#mkt_rf`).
public enum FactorCSV {
    /// Parses a whole file's bytes; `file` names it in messages, `stem` prefixes the names.
    public static func parse(_ bytes: [UInt8], file: String, stem: String) throws -> [Series] {
        try bytes.withUnsafeBufferPointer { text throws(DataError) in
            try parse(text, file: file, stem: stem)
        }
    }

    static func parse(_ text: UnsafeBufferPointer<UInt8>, file: String, stem: String) throws(DataError) -> [Series] {
        var lines = CSVLines(text)
        let first = try CSVHeader.read(&lines, file: file)
        let layout: TableLayout
        let header: CSVHeader
        if let form = tidyDateForm(first.keys.first ?? "") {
            header = first
            layout = try tidyLayout(header, form: form, file: file)
        } else {
            header = try originalHeader(&lines, firstLine: first, file: file)
            layout = try tidyLayout(header, form: .french, file: file)
        }
        let table = try PriceCSV.readTable(&lines, layout: layout)
        let prefix = stem.uppercased() + "#"
        return layout.columns.indices.map { k in
            table.series(column: k, name: prefix + header.keys[layout.columns[k].fieldIndex], kind: .factor)
        }
    }

    /// True when a file's first non-blank line (`keys` as in `CSVHeader`) looks like a factor
    /// file rather than prices, returns or a rate: an original French file (its first field is
    /// empty or free text) or a tidy file led by `year`, or by `date`/`month` with several
    /// value columns or one lower-case value column that is not `value` or `return`
    /// (`date,mom`; FRED names series in capitals: `DATE,DGS10`).
    static func looksLikeFactors(names: [String], keys: [String]) -> Bool {
        guard let first = keys.first else { return false }
        let known: Set = ["date", "observation_date", "month", "year"]
        let priceKeys = Set(BarField.allCases.map(\.rawValue) + ["return"])
        if !known.contains(first) { return !keys.contains { known.contains($0) || priceKeys.contains($0) } }
        guard !keys.contains(where: priceKeys.contains), first != "observation_date", keys.count >= 2 else { return false }
        if first == "year" || keys.count > 2 { return true }
        let value = names[1]
        return keys[1] != "value" && value != value.uppercased()
    }

    private static func tidyDateForm(_ key: String) -> DateForm? {
        switch key {
        case "date": .day
        case "month": .month
        case "year": .year
        default: nil
        }
    }

    /// Skips the original layout's text lines up to the header line that starts with a comma.
    private static func originalHeader(_ lines: inout CSVLines, firstLine: CSVHeader, file: String) throws(DataError) -> CSVHeader {
        if firstLine.keys.first == "" && firstLine.count > 1 { return firstLine }
        while let range = lines.next() {
            var start = range.lowerBound
            while start < range.upperBound && CSVFields.isSpace(lines.text[start]) { start += 1 }
            if start < range.upperBound && lines.text[start] == UInt8(ascii: ",") {
                return try CSVHeader(range, of: lines.text, line: lines.lineNumber, file: file)
            }
        }
        throw DataError(.badInput, "missing column \"date\"", at: SourceLocation(file: file, line: firstLine.line))
    }

    /// Date in the first column, one factor per other column.
    private static func tidyLayout(_ header: CSVHeader, form: DateForm, file: String) throws(DataError) -> TableLayout {
        try header.rejectDuplicates(file: file)
        guard header.count >= 2 else {
            throw DataError(.badInput, "missing a factor column", at: SourceLocation(file: file, line: header.line))
        }
        let columns = (1..<header.count).map { ValueColumn(fieldIndex: $0, name: header.names[$0], rule: .factor) }
        return TableLayout(
            file: file, fieldCount: header.count, dateIndex: 0, dateName: header.names[0].isEmpty ? "date" : header.names[0],
            dateForm: form, columns: columns, skipWhenAllMissing: Array(columns.indices), highLow: nil,
            stopsAtBlankLine: form == .french)
    }
}
