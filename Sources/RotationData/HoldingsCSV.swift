import RotationCore

/// An iShares-style holdings file as a dated membership snapshot.
///
/// Columns (case-insensitive): `ticker` and `weight_pct` (or `weight`, percent of the fund)
/// are required; `sector`, `asset_class` and `market_value` are used when present; others
/// (`name`, `quantity`, `price`, …) are ignored. Rows whose `asset_class` is not `Equity`
/// (cash, money-market funds, futures) and rows whose ticker is empty or `-` (unlisted
/// rights, which no price file can cover) are skipped. A ticker listed more than once (a
/// share line and its contingent-value right, e.g. `ADRO`) is one member with the weights and
/// market values summed and the first row's sector. Numbers may carry thousands separators
/// (`"731,205,514.79"`, as iShares downloads write them) and `-` means missing
/// (`NumberField.Options.holdings`).
public enum HoldingsCSV {
    /// Parses a holdings file. The date is `date` when given, else the date the file's text
    /// lines state (`Fund Holdings as of,"Nov 05, 2025"`, see `HoldingsPreamble`), else the last
    /// `YYYY-MM-DD` in the file name (`IWM_holdings_2025-11-05.csv`); none is a `badInput` error.
    public static func parse(bytes: [UInt8], file: String, date: TradingDay? = nil) throws -> MembershipSnapshot {
        try parseWithNames(bytes: bytes, file: file, date: date).snapshot
    }

    /// `parse`, plus each member's security name (`name` column) where the file has one.
    public static func parseWithNames(bytes: [UInt8], file: String,
                                      date: TradingDay? = nil) throws -> (snapshot: MembershipSnapshot, names: [String: String]) {
        let (tableBytes, statedDate) = HoldingsPreamble.strip(bytes)
        guard let day = date ?? statedDate ?? dateInName(file) else {
            throw DataError(.badInput, "no holdings date: put YYYY-MM-DD in the file name or pass --date",
                            at: SourceLocation(file: file))
        }
        let table = try MembersCSVTable(bytes: tableBytes, file: file)
        let tickerColumn = try table.requiredColumn("ticker", "symbol")
        let weightColumn = try table.requiredColumn("weight_pct", "weight", "weight (%)")
        let sectorColumn = table.column("sector")
        let nameColumn = table.column("name")
        let classColumn = table.column("asset_class", "asset class")
        let valueColumn = table.column("market_value", "market value")
        var members: [String: MemberHolding] = [:]
        var names: [String: String] = [:]
        var fields = CSVFields()
        for row in table.rows {
            table.split(row.range, into: &fields)
            try table.checkQuotes(fields, line: row.line)
            guard fields.count == table.header.count else { throw table.fieldCountError(line: row.line, got: fields.count) }
            if let classColumn, table.text(fields, classColumn).lowercased() != "equity" { continue }
            let ticker = table.text(fields, tickerColumn)
            if ticker.isEmpty || ticker == "-" { continue }
            guard let weight = try table.number(fields, weightColumn, line: row.line, options: .holdings) else {
                throw DataError(.badInput, "expected a number, got \"\"",
                                at: SourceLocation(file: file, line: row.line, field: table.header[weightColumn]))
            }
            let value = try valueColumn.flatMap { try table.number(fields, $0, line: row.line, options: .holdings) }
            let sector = sectorColumn.map { table.text(fields, $0) }.flatMap { $0.isEmpty ? nil : $0 }
            if var existing = members[ticker] {
                existing.weight += weight / 100
                existing.marketValue = existing.marketValue.flatMap { a in value.map { a + $0 } }
                members[ticker] = existing
            } else {
                members[ticker] = MemberHolding(sector: sector, weight: weight / 100, marketValue: value)
                if let nameColumn {
                    let name = table.text(fields, nameColumn)
                    if !name.isEmpty { names[ticker] = name }
                }
            }
        }
        return (MembershipSnapshot(date: day, members: members), names)
    }

    /// The last `YYYY-MM-DD` date in a path's file name, or `nil`.
    public static func dateInName(_ path: String) -> TradingDay? {
        let name = Array(path.utf8.split(separator: UInt8(ascii: "/")).last ?? [])
        guard name.count >= 10 else { return nil }
        for start in stride(from: name.count - 10, through: 0, by: -1) {
            if let day = TradingDay.parseISO(name[start..<(start + 10)]) { return day }
        }
        return nil
    }
}
