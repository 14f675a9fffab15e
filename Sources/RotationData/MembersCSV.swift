import RotationCore

/// A member list with one weight column per snapshot date (`smallcap_members.csv`):
///
/// ```
/// ticker,sector,weight_2025-05-13,weight_2025-11-05,weight_2026-05-05
/// AAP,Consumer Discretionary,,0.1,0.1
/// ```
/// Weights are percent; an empty weight means "not a member on that date". Each
/// `weight_YYYY-MM-DD` column becomes one `MembershipSnapshot` (without market values).
public enum MembersCSV {
    /// Parses the list into snapshots, ascending by date.
    public static func parse(bytes: [UInt8], file: String) throws -> [MembershipSnapshot] {
        let table = try MembersCSVTable(bytes: bytes, file: file)
        let tickerColumn = try table.requiredColumn("ticker", "symbol")
        let sectorColumn = table.column("sector")
        let dated = weightColumns(table.header)
        guard !dated.isEmpty else {
            throw DataError(.badInput, "no weight_YYYY-MM-DD column", at: SourceLocation(file: file, line: 1))
        }
        var snapshots = dated.map { MembershipSnapshot(date: $0.date, members: [:]) }
        var lines: [String: Int] = [:]
        var fields = CSVFields()
        for row in table.rows {
            table.split(row.range, into: &fields)
            try table.checkQuotes(fields, line: row.line)
            guard fields.count == table.header.count else { throw table.fieldCountError(line: row.line, got: fields.count) }
            let ticker = table.text(fields, tickerColumn)
            if ticker.isEmpty || ticker == "-" { continue }
            if let earlier = lines.updateValue(row.line, forKey: ticker) {
                throw DataError(.badInput, "ticker \"\(ticker)\" appears twice (also on line \(earlier))",
                                at: SourceLocation(file: file, line: row.line, field: table.header[tickerColumn]))
            }
            let sector = sectorColumn.map { table.text(fields, $0) }.flatMap { $0.isEmpty ? nil : $0 }
            for (s, column) in dated.enumerated() {
                guard let weight = try table.number(fields, column.index, line: row.line) else { continue }
                snapshots[s].members[ticker] = MemberHolding(sector: sector, weight: weight / 100)
            }
        }
        return snapshots.sorted { $0.date < $1.date }
    }

    /// The `weight_YYYY-MM-DD` columns of a header (case-insensitive prefix).
    static func weightColumns(_ header: [String]) -> [(index: Int, date: TradingDay)] {
        header.enumerated().compactMap { index, name in
            let lowered = name.lowercased()
            guard lowered.hasPrefix("weight_"), let day = TradingDay(String(lowered.dropFirst(7))) else { return nil }
            return (index, day)
        }
    }
}
