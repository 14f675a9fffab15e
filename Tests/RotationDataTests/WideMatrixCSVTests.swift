import Testing
import RotationCore
import RotationData

struct WideMatrixCSVTests {
    @Test("empty fields are missing closes and rows are sorted by date")
    func fixture() throws {
        let text = "date,AAA,BBB\r\n2024-01-03,1.5,\r\n2024-01-02,1.25,7\r\n\r\n"
        let panel = try WideMatrixCSV.parse(bytes: MembersTestData.fixture(text), file: "w.csv")
        #expect(panel.days.map(\.description) == ["2024-01-02", "2024-01-03"])
        #expect(panel.tickers == ["AAA", "BBB"] && panel.closes[0] == [1.25, 1.5])
        #expect(panel.closes[1][0] == 7 && panel.closes[1][1].isNaN && panel.close("BBB", at: 1) == nil)
    }

    @Test("the real matrix has 647 days and 1,996 tickers, values parsed exactly")
    func realFile() throws {
        let panel = try MembersTestData.panel.get()
        #expect(panel.dayCount == 647 && panel.tickers.count == 1996)
        #expect(panel.days.first?.description == "2024-01-02" && panel.days.last?.description == "2026-07-31")
        // First data row of the file: AAMI 18.6863, AAOI 18.69, AARD empty.
        #expect(panel.close("AAMI", at: 0) == 18.6863 && panel.close("AAOI", at: 0) == 18.69 && panel.close("AARD", at: 0) == nil)
    }

    @Test("a bad close is reported with file, line and ticker")
    func badValue() {
        #expect(throws: DataError(.badInput, "expected a number, got \"n/a\"", at: SourceLocation(file: "w.csv", line: 3, field: "BBB"))) {
            try WideMatrixCSV.parse(bytes: MembersTestData.fixture("date,AAA,BBB\n2024-01-02,1,2\n2024-01-03,1,n/a\n"), file: "w.csv")
        }
        #expect(throws: DataError(.badInput, "expected a positive price, got \"-1\"", at: SourceLocation(file: "w.csv", line: 2, field: "AAA"))) {
            try WideMatrixCSV.parse(bytes: MembersTestData.fixture("date,AAA\n2024-01-02,-1\n"), file: "w.csv")
        }
    }

    @Test("a duplicate date, a bad date and a short row are errors")
    func structure() {
        #expect(throws: DataError(.badInput, "date 2024-01-02 appears twice (also on line 2)",
                                  at: SourceLocation(file: "w.csv", line: 3, field: "date"))) {
            try WideMatrixCSV.parse(bytes: MembersTestData.fixture("date,A\n2024-01-02,1\n2024-01-02,2\n"), file: "w.csv")
        }
        #expect(throws: DataError(.badInput, "expected a date YYYY-MM-DD, got \"01/02/2024\"",
                                  at: SourceLocation(file: "w.csv", line: 2, field: "date"))) {
            try WideMatrixCSV.parse(bytes: MembersTestData.fixture("date,A\n01/02/2024,1\n"), file: "w.csv")
        }
        #expect(throws: DataError(.badInput, "expected 3 fields, got 2", at: SourceLocation(file: "w.csv", line: 2))) {
            try WideMatrixCSV.parse(bytes: MembersTestData.fixture("date,A,B\n2024-01-02,1\n"), file: "w.csv")
        }
    }
}
