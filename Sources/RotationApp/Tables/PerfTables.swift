import RotationCore

/// `perf` and `highs` as tables.
public enum PerfTables {
    /// The windows table (`returns`), each row's note, the data-end lines.
    public static func perf(_ result: PerfResult) -> TableDocument {
        var document = TableDocument()
        document.line("As of \(result.asOf.map(String.init(describing:)) ?? "n/a"), "
            + (result.basis == .total ? "total return (adj_close)" : "price return (close)"))
        document.table(ResultTable(name: "returns", columns: [
            TableColumn("Symbol", key: "symbol"), TableColumn("Window", key: "window"),
            TableColumn("Start", key: "start_date", unit: .date), TableColumn("Start value", key: "start", unit: .level()),
            TableColumn("End", key: "end_date", unit: .date), TableColumn("End value", key: "end", unit: .level()),
            TableColumn("Return", key: "return", unit: .fraction()),
        ], rows: result.rows.map { row in
            [.text(row.symbol), .text(row.window.description), .date(row.startDate), .number(row.startValue),
             .date(row.endDate), .number(row.endValue), .number(row.return)]
        }))
        for row in result.rows { if let note = row.note { document.line("\(row.symbol) \(row.window): \(note)") } }
        document.coverage(result.series, notes: result.notes)
        return document
    }

    /// The records table (`records`), then for each symbol whose record close replaced an
    /// earlier one, the line "first record close since …".
    public static func highs(_ result: HighsResult) -> TableDocument {
        var document = TableDocument()
        document.table(ResultTable(name: "records", columns: [
            TableColumn("Symbol", key: "symbol"), TableColumn("Last", key: "last_date", unit: .date),
            TableColumn("Close", key: "last_close", unit: .level()),
            TableColumn("Record close", key: "record_close", unit: .level()), TableColumn("On", key: "record_close_date", unit: .date),
            TableColumn("From record", key: "from_record_close", unit: .fraction()),
            TableColumn("Sessions since", key: "sessions_since_record_close", unit: .count),
            TableColumn("Intraday record", key: "record_high", unit: .level()), TableColumn("On", key: "record_high_date", unit: .date),
            TableColumn("Previous record", key: "previous_record_close", unit: .level(), missing: "none"),
            TableColumn("Set on", key: "previous_record_close_date", unit: .date, missing: "none"),
        ], rows: result.rows.map { row in
            [.text(row.symbol), .date(row.last?.date), .number(row.last?.close), .number(row.recordClose?.value),
             .date(row.recordClose?.date), .number(row.fromRecordClose), .integer(row.daysSinceRecordClose),
             .number(row.recordHigh?.value), .date(row.recordHigh?.date),
             .number(row.previousRecordClose?.value), .date(row.previousRecordClose?.date)]
        }))
        for row in result.rows {
            guard let record = row.recordClose, let previous = row.previousRecordClose else { continue }
            document.line("\(row.symbol): the record close of \(Formatting.level(record.value)) on \(record.date) is the first "
                + "since \(previous.date) (the previous record, \(Formatting.level(previous.value)))")
        }
        return document
    }
}
