import Foundation
import RotationCore

/// The three renderings of a `TableDocument`: a monospaced text table, CSV and a GitHub
/// Markdown pipe table. Pure: the CLI writes the result, the server may serve it.
public enum TableRendering {
    /// The output formats of a command that prints tables (`json` is the command's own document).
    public enum Format: String, Sendable, CaseIterable {
        case table, csv, md, json
    }

    // MARK: Text

    /// Lines as they are, tables aligned (`TextTable`) with the rows their `textRows` asks for;
    /// when rows are left out, a line counts them and `allRows(table)` says how to get every row.
    public static func text(_ document: TableDocument, allRows: (ResultTable) -> String) -> String {
        var out = ""
        for block in document.blocks {
            switch block {
            case .line(let text):
                out += text + "\n"
            case .table(let table):
                guard table.showsInText else { continue }
                if let title = table.title { out += (out.isEmpty ? "" : "\n") + title + "\n" }
                var rows = table.rows.map { row in zip(table.columns, row).map { textCell($1, in: $0) } }
                let all = rows.count
                switch table.textRows {
                case .all: break
                case .first(let n): rows = Array(rows.prefix(max(n, 0)))
                case .last(let n): rows = Array(rows.suffix(max(n, 0)))
                case .headAndTail(let n) where all > 2 * n + 1:
                    rows = Array(rows.prefix(n)) + [table.columns.map { _ in "…" }] + Array(rows.suffix(n))
                case .headAndTail: break
                }
                let omitted = all - rows.filter { $0.first != "…" }.count
                out += TextTable.render(columns: table.columns.map(\.title), rows: rows)
                if omitted > 0 {
                    out += "\(table.rows.count) rows, \(omitted) not shown; all of them: \(allRows(table))\n"
                }
            }
        }
        return out
    }

    /// A cell as text and Markdown show it, in its column's unit.
    public static func textCell(_ cell: TableCell, in column: TableColumn) -> String {
        switch cell {
        case .text(let text): return text ?? column.missing
        case .date(let day): return day?.description ?? column.missing
        case .integer(let value): return value.map(String.init) ?? column.missing
        case .quantity(let value, let unit):
            return textCell(.number(value), in: TableColumn(column.title, key: column.key, unit: unit, missing: column.missing))
        case .number(let value):
            guard let value else { return column.missing }
            switch column.unit {
            case .fraction(let decimals, let signed):
                let text = Formatting.percent(value, decimals: decimals)
                return signed ? text : text.replacingOccurrences(of: "+", with: "")
            case .level(let decimals): return Formatting.level(value, decimals: decimals)
            case .ratio(let decimals): return Formatting.decimal(value, decimals: decimals)
            case .count: return Formatting.decimal(value, decimals: 0)
            case .usd(let decimals, let scale): return Formatting.level(value / scale, decimals: decimals)
            case .text, .date: return PlainNumber.text(value)
            }
        }
    }

    // MARK: CSV

    /// One table as CSV (RFC 4180 quoting, LF line ends): one header row of `csvHeader`s, then
    /// one line per row; numbers plain and in full precision (`PlainNumber`), missing values empty.
    public static func csv(_ table: ResultTable) -> String {
        var out = table.columns.map { csvField($0.csvHeader) }.joined(separator: ",") + "\n"
        for row in table.rows {
            out += row.map { cell in
                switch cell {
                case .text(let text): csvField(text ?? "")
                case .date(let day): day?.description ?? ""
                case .integer(let value): value.map(String.init) ?? ""
                case .number(let value), .quantity(let value, _): value.map(PlainNumber.text) ?? ""
                }
            }.joined(separator: ",") + "\n"
        }
        return out
    }

    /// The table CSV writes: the one named, else the document's first. A name that is not there is a usage error.
    public static func csvTable(_ document: TableDocument, named name: String?) throws -> ResultTable {
        let tables = document.tables
        guard let name = name ?? document.csvDefault else {
            guard let first = tables.first else { throw Failure(.usage, "this answer has no table to write as CSV") }
            return first
        }
        guard let table = tables.first(where: { $0.name == name }) else {
            throw Failure(.usage, "--table \(name): no such table in this answer; tables: \(tables.map(\.name).joined(separator: ", "))")
        }
        return table
    }

    /// A field quoted when it holds a comma, a double quote or a line break; quotes doubled (RFC 4180).
    public static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    // MARK: Markdown

    /// Lines as paragraphs (blank ones dropped), each table as a GitHub pipe table (titled tables under a `###`
    /// heading; first column left-aligned, the others right-aligned), every row shown; a table
    /// kept out of the text (`showsInText`) is kept out here too.
    public static func markdown(_ document: TableDocument) -> String {
        var parts: [String] = []
        for block in document.blocks {
            switch block {
            case .line(let text):
                // A blank line spaces the text rendering; paragraphs are spaced already.
                if !text.isEmpty { parts.append(text + "\n") }
            case .table(let table):
                guard table.showsInText else { continue }
                var out = table.title.map { "### \($0)\n\n" } ?? ""
                out += "| " + table.columns.map { markdownCell($0.title) }.joined(separator: " | ") + " |\n"
                out += "|" + table.columns.indices.map { $0 == 0 ? " :--- " : " ---: " }.joined(separator: "|") + "|\n"
                for row in table.rows {
                    out += "| " + zip(table.columns, row).map { markdownCell(textCell($1, in: $0)) }.joined(separator: " | ") + " |\n"
                }
                parts.append(out)
            }
        }
        return parts.joined(separator: "\n")
    }

    /// A cell's text with pipes escaped and line breaks flattened, so it stays in its cell.
    static func markdownCell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
