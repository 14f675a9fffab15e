import RotationCore
import RotationData

/// The contract's `brief` document: `as_of, sections`.
public struct BriefResult: Sendable, Codable, Equatable {
    @ExplicitNull public var asOf: TradingDay? = nil
    public var basis: PriceBasis
    /// The sleeves compared, in order.
    public var universe: [Sleeve]
    /// Notes on where the data came from (e.g. the bundled sample was loaded).
    public var notes: [String]
    public var sections: [BriefSection]
    /// The numbers the charts draw (`null` when nothing could be charted).
    @ExplicitNull public var charts: BriefCharts? = nil

    enum CodingKeys: String, CodingKey {
        case asOf = "as_of"
        case basis, universe, notes, sections, charts
    }
}

/// One sleeve of the brief: a role (small, large, tech, or any name) and its symbol.
public struct Sleeve: Sendable, Codable, Equatable {
    public var role: String
    public var symbol: String
    /// Human name, e.g. "Russell 2000".
    public var label: String

    public init(role: String, symbol: String, label: String) {
        self.role = role
        self.symbol = symbol
        self.label = label
    }
}

/// A section: sentences generated from computed values, and an optional table.
public struct BriefSection: Sendable, Codable, Equatable {
    public var id: String
    public var title: String
    public var sentences: [BriefSentence]
    @ExplicitNull public var table: BriefTable? = nil

    public init(id: String, title: String, sentences: [BriefSentence], table: BriefTable? = nil) {
        self.id = id
        self.title = title
        self.sentences = sentences
        self.table = table
    }
}

/// A sentence and the command that reproduces its numbers.
public struct BriefSentence: Sendable, Codable, Equatable {
    public var text: String
    public var command: String

    public init(text: String, command: String) {
        self.text = text
        self.command = command
    }
}

/// A table whose cells keep both the rendered text and the number behind it.
public struct BriefTable: Sendable, Codable, Equatable {
    public var columns: [String]
    public var rows: [[BriefCell]]

    public init(columns: [String], rows: [[BriefCell]]) {
        self.columns = columns
        self.rows = rows
    }
}

/// A table cell: display text and, for numeric cells, the value (fractions for returns).
public struct BriefCell: Sendable, Codable, Equatable {
    public var text: String
    @ExplicitNull public var value: Double? = nil

    public init(_ text: String, value: Double? = nil) {
        self.text = text
        self.value = value
    }
}
