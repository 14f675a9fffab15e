import RotationCore

/// A fundamentals file: one row per member, for `rotation valuation --holdings FILE`.
///
/// Columns (case-insensitive; aliases in parentheses; only `ticker` and `market_cap` are
/// required, the rest are used when present):
///
/// | column | meaning |
/// | --- | --- |
/// | `ticker` (`symbol`) | member ticker, unique |
/// | `sector` | sector name |
/// | `market_cap` | equity market value (currency) |
/// | `earnings_ttm` (`earnings`, `net_income_ttm`) | trailing twelve-month net income, negative for a loss |
/// | `earnings_forward` (`forward_earnings`) | expected next-twelve-month net income |
/// | `sales` (`revenue`, `sales_ttm`) | trailing twelve-month revenue |
/// | `enterprise_value` (`ev`) | market cap + debt − cash |
/// | `short_interest` | shares sold short |
/// | `float_shares` (`float`) | shares in the free float |
/// | `shares_outstanding` | shares outstanding |
/// | `price` | price per share |
///
/// Currency columns share one unit (dollars or millions, consistently); share columns another.
/// An empty field is a missing value (the member is left out of the figures that need it and
/// counted), never zero.
public enum FundamentalsCSV {
    /// Parses the file; errors are `badInput` with file, line and field.
    public static func parse(bytes: [UInt8], file: String) throws -> [ValuationMember] {
        let table = try MembersCSVTable(bytes: bytes, file: file)
        let ticker = try table.requiredColumn("ticker", "symbol")
        let cap = try table.requiredColumn("market_cap")
        let sector = table.column("sector")
        let trailing = table.column("earnings_ttm", "earnings", "net_income_ttm")
        let forward = table.column("earnings_forward", "forward_earnings")
        let sales = table.column("sales", "revenue", "sales_ttm")
        let ev = table.column("enterprise_value", "ev")
        let short = table.column("short_interest")
        let float = table.column("float_shares", "float")
        let shares = table.column("shares_outstanding")
        let price = table.column("price")
        var members: [ValuationMember] = []
        var lines: [String: Int] = [:]
        var fields = CSVFields()
        for row in table.rows {
            table.split(row.range, into: &fields)
            try table.checkQuotes(fields, line: row.line)
            guard fields.count == table.header.count else { throw table.fieldCountError(line: row.line, got: fields.count) }
            func value(_ column: Int?) throws -> Double? {
                try column.flatMap { try table.number(fields, $0, line: row.line) }
            }
            let symbol = table.text(fields, ticker)
            guard !symbol.isEmpty else {
                throw DataError(.badInput, "empty ticker", at: SourceLocation(file: file, line: row.line, field: table.header[ticker]))
            }
            if let earlier = lines.updateValue(row.line, forKey: symbol) {
                throw DataError(.badInput, "ticker \"\(symbol)\" appears twice (also on line \(earlier))",
                                at: SourceLocation(file: file, line: row.line, field: table.header[ticker]))
            }
            let sectorName = sector.map { table.text(fields, $0) }.flatMap { $0.isEmpty ? nil : $0 }
            members.append(ValuationMember(
                ticker: symbol, sector: sectorName, marketCap: try value(cap), earningsTrailing: try value(trailing),
                earningsForward: try value(forward), sales: try value(sales), enterpriseValue: try value(ev),
                shortInterest: try value(short), floatShares: try value(float), sharesOutstanding: try value(shares),
                price: try value(price)))
        }
        return members
    }
}
