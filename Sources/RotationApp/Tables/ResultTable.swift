import RotationCore

/// What a table column holds, in which unit, and how the text and Markdown renderings show it.
///
/// The CSV rendering writes numbers in the contract's JSON units and names the unit in the
/// header (docs/CONVENTIONS.md, "Tables and CSV"): `fraction` (0.0412 is 4.12%), `level` (prices
/// and index levels in the series' own quote units), `ratio` (a dimensionless statistic), `usd`
/// and `count`; dates and text have no suffix.
public enum TableUnit: Sendable, Equatable {
    case text
    case date
    /// A whole number: members, sessions, periods.
    case count
    /// A fraction shown as a percentage with `decimals` decimals, signed (+4.12%) or not (a share: 4.12%).
    case fraction(decimals: Int = 2, signed: Bool = true)
    /// A price or index level, shown with thousands separators.
    case level(decimals: Int = 2)
    /// A dimensionless number (Sharpe, beta, P/E, RS-Ratio), shown with `decimals` decimals.
    case ratio(decimals: Int = 4)
    /// US dollars; text shows value ÷ `textScale` (1e6 for a "$m" column) with separators, CSV the dollars.
    case usd(decimals: Int = 0, textScale: Double = 1)

    /// The suffix of the CSV header, `nil` for text and dates.
    public var csvSuffix: String? {
        switch self {
        case .text, .date: nil
        case .count: "count"
        case .fraction: "fraction"
        case .level: "level"
        case .ratio: "ratio"
        case .usd: "usd"
        }
    }
}

/// A column: its heading in text and Markdown, its CSV key (snake case, without the unit) and its unit.
public struct TableColumn: Sendable, Equatable {
    public var title: String
    public var key: String
    public var unit: TableUnit
    /// What text and Markdown show for a missing value (CSV leaves the field empty).
    public var missing: String

    public init(_ title: String, key: String, unit: TableUnit = .text, missing: String = "n/a") {
        self.title = title
        self.key = key
        self.unit = unit
        self.missing = missing
    }

    /// The CSV header: `key`, then `_unit` for numbers unless the key already ends with it.
    public var csvHeader: String {
        guard let suffix = unit.csvSuffix, !key.hasSuffix("_" + suffix) else { return key }
        return key + "_" + suffix
    }
}

/// One typed value of a row. `nil` is a missing value: "n/a" (or the column's word) in text, an empty CSV field.
public enum TableCell: Sendable, Equatable {
    case text(String?)
    case date(TradingDay?)
    case integer(Int?)
    case number(Double?)
    /// A number in its own unit, for a column whose rows differ in unit (a metrics table's values);
    /// such a table carries the unit of each row in a column of its own for CSV.
    case quantity(Double?, TableUnit)
}

/// A named table of typed rows; `name` is what `--table` selects.
public struct ResultTable: Sendable, Equatable {
    public var name: String
    /// A heading printed above the table in text and Markdown (none for the main table).
    public var title: String?
    public var columns: [TableColumn]
    public var rows: [[TableCell]]
    /// Which rows the text rendering shows; when some are left out it says how to get all of them.
    public var textRows: TextRows
    /// False for a table only CSV and Markdown write (a one-day series repeating the text's readings).
    public var showsInText: Bool

    /// The rows a text table shows: all, the first or last `n`, or `n` at each end around a "…" row.
    public enum TextRows: Sendable, Equatable {
        case all, first(Int), last(Int), headAndTail(Int)
    }

    public init(name: String, title: String? = nil, columns: [TableColumn], rows: [[TableCell]],
                textRows: TextRows = .all, showsInText: Bool = true) {
        precondition(rows.allSatisfy { $0.count == columns.count }, "every row of \(name) needs one cell per column")
        self.name = name
        self.title = title
        self.columns = columns
        self.rows = rows
        self.textRows = textRows
        self.showsInText = showsInText
    }
}

/// A command's answer as lines of text and tables, in reading order.
public struct TableDocument: Sendable, Equatable {
    public enum Block: Sendable, Equatable {
        case line(String)
        case table(ResultTable)
    }

    public var blocks: [Block]
    /// The table CSV writes when none is named; `nil` means the first.
    public var csvDefault: String?

    public init(_ blocks: [Block] = [], csvDefault: String? = nil) {
        self.blocks = blocks
        self.csvDefault = csvDefault
    }

    public mutating func line(_ text: String) { blocks.append(.line(text)) }
    public mutating func table(_ table: ResultTable) { blocks.append(.table(table)) }

    /// The tables, in order; the first is the one CSV writes unless another is named.
    public var tables: [ResultTable] {
        blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
    }
}
