import RotationApp
import RotationCore
import Testing

/// The table model's three renderings and CSV's plain numbers (docs/CONVENTIONS.md, "Tables and CSV").
struct TableRenderingTests {
    static let table = ResultTable(name: "t", columns: [
        TableColumn("Name", key: "name"), TableColumn("Day", key: "date", unit: .date),
        TableColumn("Return", key: "return", unit: .fraction()), TableColumn("Close", key: "close", unit: .level()),
        TableColumn("Members", key: "members", unit: .count),
    ], rows: [
        [.text("Smith, \"Jr\" | Co"), .date(TradingDay("2025-12-12")), .number(0.014), .number(2551.46), .integer(1934)],
        [.text(nil), .date(nil), .number(nil), .number(-1234567.5), .integer(nil)],
    ])

    @Test("CSV: units in the header, RFC 4180 quoting, plain full-precision numbers, missing values empty")
    func csv() {
        #expect(TableRendering.csv(Self.table) == """
            name,date,return_fraction,close_level,members_count
            "Smith, ""Jr"" | Co",2025-12-12,0.014,2551.46,1934
            ,,,-1234567.5,

            """)
    }

    @Test("Markdown: a GitHub pipe table, pipes escaped, numbers as the text shows them")
    func markdown() {
        #expect(TableRendering.markdown(TableDocument([.line("As of 2025-12-12"), .table(Self.table)])) == """
            As of 2025-12-12

            | Name | Day | Return | Close | Members |
            | :--- | ---: | ---: | ---: | ---: |
            | Smith, "Jr" \\| Co | 2025-12-12 | +1.40% | 2,551.46 | 1934 |
            | n/a | n/a | n/a | −1,234,567.50 | n/a |

            """)
    }

    @Test("text: a long table shows its head and tail and says how to get every row")
    func headAndTail() {
        let long = ResultTable(name: "series", columns: [TableColumn("N", key: "n", unit: .count)],
                               rows: (1...20).map { [.integer($0)] }, textRows: .headAndTail(2))
        let text = TableRendering.text(TableDocument([.table(long)]), allRows: { "--table \($0.name)" })
        // The first column is left-aligned, padded to the widest cell ("19").
        #expect(text == "N \n--\n1 \n2 \n… \n19\n20\n20 rows, 16 not shown; all of them: --table series\n")
    }

    @Test("plain numbers: shortest round trip, never an exponent, no trailing .0", arguments: [
        (0.014, "0.014"), (1e-05, "0.00001"), (-1.2345e-05, "-0.000012345"), (1e16, "10000000000000000"),
        (2551.46, "2551.46"), (5.0, "5"), (-0.5, "-0.5"), (0.0, "0"), (123456789.125, "123456789.125"),
        (0.013999999999999999, "0.013999999999999999"),
    ])
    func plainNumbers(value: Double, text: String) {
        #expect(PlainNumber.text(value) == text)
        #expect(Double(text) == value)
    }
}
