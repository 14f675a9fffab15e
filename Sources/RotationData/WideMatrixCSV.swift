import RotationCore

/// A wide matrix of member closes: `date` then one column per ticker, an empty field where the
/// ticker has no close (not yet listed, delisted). The contract's "member price matrix".
///
/// ```
/// date,AAMI,AAOI,AAP
/// 2024-01-02,18.6863,18.69,
/// ```
/// Rows may come in any order (they are sorted); a date may appear once. Values must be
/// positive finite numbers. One pass over the bytes into a row-major buffer, then one transpose
/// into the panel's columns.
public enum WideMatrixCSV {
    /// Parses the matrix; errors are `badInput` with file, line and field.
    public static func parse(bytes: [UInt8], file: String) throws -> MemberPanel {
        let table = try MembersCSVTable(bytes: bytes, file: file)
        guard table.header.first?.lowercased() == "date" else {
            throw DataError(.badInput, "expected the first column to be \"date\"", at: SourceLocation(file: file, line: 1))
        }
        let tickers = Array(table.header.dropFirst())
        var seen: Set<String> = []
        for (k, ticker) in tickers.enumerated() {
            guard !ticker.isEmpty else {
                throw DataError(.badInput, "column \(k + 2) has no ticker", at: SourceLocation(file: file, line: 1))
            }
            guard seen.insert(ticker).inserted else {
                throw DataError(.badInput, "ticker \"\(ticker)\" appears twice in the header", at: SourceLocation(file: file, line: 1))
            }
        }
        let width = tickers.count, height = table.rows.count
        var days: [TradingDay] = []
        days.reserveCapacity(height)
        var rowMajor = [Double](repeating: .nan, count: width * height)
        var fields = CSVFields()
        for (r, row) in table.rows.enumerated() {
            table.split(row.range, into: &fields)
            try table.checkQuotes(fields, line: row.line)
            guard fields.count == width + 1 else { throw table.fieldCountError(line: row.line, got: fields.count) }
            guard let day = TradingDay.parseISO(bytes[fields[0]]) else {
                throw DataError(.badInput, "expected a date YYYY-MM-DD, got \"\(table.shown(fields, 0))\"",
                                at: SourceLocation(file: file, line: row.line, field: table.header[0]))
            }
            days.append(day)
            let base = r * width
            for k in stride(from: 1, through: width, by: 1) {
                if fields[k].isEmpty { continue }
                guard let value = try table.number(fields, k, line: row.line) else { continue }
                guard value > 0 else {
                    throw DataError(.badInput, "expected a positive price, got \"\(table.shown(fields, k))\"",
                                    at: SourceLocation(file: file, line: row.line, field: table.header[k]))
                }
                rowMajor[base + k - 1] = value
            }
        }
        var order = Array(0..<height)
        if !zip(days, days.dropFirst()).allSatisfy({ $0 < $1 }) {
            order.sort { days[$0] < days[$1] }
            for (a, b) in zip(order, order.dropFirst()) where days[a] == days[b] {
                throw DataError(.badInput, "date \(days[b]) appears twice (also on line \(table.rows[a].line))",
                                at: SourceLocation(file: file, line: table.rows[b].line, field: table.header[0]))
            }
        }
        let closes: [[Double]] = (0..<width).map { j in
            [Double](unsafeUninitializedCapacity: height) { buffer, initialized in
                for (i, r) in order.enumerated() { buffer[i] = rowMajor[r * width + j] }
                initialized = height
            }
        }
        return MemberPanel(days: order.map { days[$0] }, tickers: tickers, closes: closes)
    }
}
