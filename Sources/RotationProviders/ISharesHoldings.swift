import Foundation
import RotationCore
import RotationData

/// An iShares holdings download in its published layout, rewritten in the project's layout.
///
/// The download has a preamble (`iShares Russell 2000 ETF`, `Fund Holdings as of,"Nov 05, 2025"`,
/// …), a header line starting `Ticker,Name,Sector,Asset Class,Market Value,Weight (%),…`, one
/// quoted row per holding with thousands separators in numbers (`"1,028,440,557.68"`) and `-`
/// for no value, then a blank line and a disclaimer. The result is the layout of
/// `constituents/IWM_holdings_*.csv`: header keys lower-cased with `_` (`Weight (%)` →
/// `weight_pct`, `Shares` → `quantity`), numbers without separators, `-` numbers empty. Fields
/// are split by RotationData's `CSVFields` and numbers checked by its `NumberField` (with
/// `.holdings`: thousands separators, `-` for none).
struct ISharesHoldings {
    /// The "Fund Holdings as of" day.
    var date: TradingDay
    /// The rewritten CSV.
    var csv: [UInt8]

    /// Columns whose values are numbers.
    static let numericKeys: Set = ["market_value", "weight_pct", "notional_value", "quantity", "price", "fx_rate"]

    /// Rewrites a download. Throws `DataError(.badInput)` at `origin:LINE` (and the field) for a
    /// missing date or header, a row with the wrong number of fields, a value that is not a
    /// number, no rows, or a table that does not end (a truncated answer).
    ///
    /// An as-of day of `-` (iShares' answer for a day without holdings) is
    /// `DataError(.unknownSymbol)`: "no holdings published for `asked`" (exit 66).
    init(_ body: [UInt8], origin: String, asked: TradingDay? = nil) throws {
        let lines = ISharesHoldings.lines(body)
        var date: TradingDay?
        var headerLine: Int?
        for (index, line) in lines.enumerated() {
            let fields = ISharesHoldings.fields(line)
            let first = fields.first?.lowercased() ?? ""
            if first == "fund holdings as of", fields.count > 1 {
                if fields[1] == "-" {
                    let day = asked.map { "\($0)" } ?? "the latest day"
                    throw DataError(.unknownSymbol, "iShares published no holdings for \(day) (\"Fund Holdings as of\" is \"-\"); "
                                        + "ask for another day with --to, or leave --to out for the latest holdings",
                                    at: SourceLocation(file: origin, line: index + 1, field: "Fund Holdings as of"))
                }
                guard let day = ISharesHoldings.parseDate(fields[1]) else {
                    throw DataError(.badInput, "expected a date like \"Nov 05, 2025\", got \"\(fields[1])\"",
                                    at: SourceLocation(file: origin, line: index + 1, field: "Fund Holdings as of"))
                }
                date = day
            } else if first == "ticker" {
                headerLine = index
                break
            }
        }
        guard let headerLine else {
            throw DataError(.badInput, "missing the holdings header (Ticker,Name,Sector,…)", at: SourceLocation(file: origin))
        }
        guard let date else {
            throw DataError(.badInput, "missing the \"Fund Holdings as of\" line", at: SourceLocation(file: origin))
        }
        let names = ISharesHoldings.fields(lines[headerLine])
        let keys = names.map(ISharesHoldings.key)
        var out = keys.joined(separator: ",") + "\n"
        var rows = 0
        var ended = false
        for index in (headerLine + 1)..<lines.count {
            let fields = ISharesHoldings.fields(lines[index])
            if fields.count == 1 {          // a blank line (or a disclaimer): the table's end
                ended = true
                break
            }
            guard fields.count == names.count else {
                throw DataError(.badInput, "expected \(names.count) fields, got \(fields.count)",
                                at: SourceLocation(file: origin, line: index + 1))
            }
            var written: [String] = []
            for k in fields.indices {
                var value = fields[k]
                if ISharesHoldings.numericKeys.contains(keys[k]) {
                    switch Array(value.utf8).withUnsafeBufferPointer({ NumberField.parse(0..<$0.count, of: $0, options: .holdings) }) {
                    case .empty, .value:
                        value = value == "-" ? "" : value.replacingOccurrences(of: ",", with: "")
                    case .notANumber, .notFinite:
                        throw DataError(.badInput, "expected a number, got \"\(fields[k])\"",
                                        at: SourceLocation(file: origin, line: index + 1, field: names[k]))
                    }
                }
                written.append(ISharesHoldings.quoted(value))
            }
            out += written.joined(separator: ",") + "\n"
            rows += 1
        }
        guard rows > 0 else {
            throw DataError(.badInput, "no holdings rows", at: SourceLocation(file: origin, line: headerLine + 1))
        }
        guard ended else {
            throw DataError(.badInput, "the holdings table does not end (the answer looks truncated)",
                            at: SourceLocation(file: origin, line: lines.count))
        }
        self.date = date
        self.csv = Array(out.utf8)
    }

    /// The answer's lines, split on LF bytes with a CR before it dropped (CRLF and LF answers
    /// alike), a UTF-8 byte-order mark dropped, and no line after a final newline. Splitting the
    /// bytes rather than a `String` matters: Swift treats CRLF as one `Character`, so a
    /// `String` split on `"\n"` leaves a CRLF answer in one piece.
    static func lines(_ body: [UInt8]) -> [Substring] {
        var bytes = body[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            Substring(String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self))
        }
        if lines.last?.isEmpty == true { lines.removeLast() }   // the text after the final newline is no line
        return lines
    }

    /// A header name as a key: `Weight (%)` → `weight_pct`, `Shares` → `quantity`, else lower-cased
    /// with spaces as `_` (`Asset Class` → `asset_class`).
    static func key(_ name: String) -> String {
        switch name.lowercased() {
        case "weight (%)": return "weight_pct"
        case "shares": return "quantity"
        default: return name.lowercased().replacingOccurrences(of: " ", with: "_")
        }
    }

    /// Fields of one line (`CSVFields`' rules: RFC 4180 quotes removed, `""` inside quotes is
    /// one `"`, spaces, tabs and no-break spaces around a field trimmed).
    static func fields(_ line: Substring) -> [String] {
        CSVFields.values(of: line, trimsNoBreakSpaces: true)
    }

    /// A field for the rewritten CSV, quoted when it holds a comma or a quote.
    static func quoted(_ value: String) -> String {
        guard value.contains(",") || value.contains("\"") else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `Nov 05, 2025` (English month abbreviation or name, day, four-digit year).
    static func parseDate(_ text: String) -> TradingDay? {
        let parts = text.replacingOccurrences(of: ",", with: " ").split(separator: " ")
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        guard parts.count == 3, let month = months.firstIndex(of: String(parts[0].prefix(3)).lowercased()),
              let day = Int(parts[1]), let year = Int(parts[2]), parts[2].count == 4 else { return nil }
        return TradingDay(year: year, month: month + 1, day: day)
    }
}
