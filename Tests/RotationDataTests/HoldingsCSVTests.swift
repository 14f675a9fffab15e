import Testing
import RotationCore
import RotationData

struct HoldingsCSVTests {
    let header = "ticker,name,sector,asset_class,market_value,weight_pct\n"

    @Test("a real holdings file gives its equities, one per ticker, dated from the file name")
    func realFile() throws {
        let name = "IWM_holdings_2025-11-05.csv"
        let snapshot = try HoldingsCSV.parse(bytes: MembersTestData.bytes(name), file: "constituents/\(name)")
        // 1,962 equity rows − 3 rows with ticker "-" − 1 second ADRO row (counted with awk).
        #expect(snapshot.date == TradingDay("2025-11-05")! && snapshot.count == 1958)
        #expect(snapshot.members["BE"] == MemberHolding(sector: "Industrials", weight: 0.0106, marketValue: 731205514.79))
        #expect(snapshot.members["XTSLA"] == nil && snapshot.members["-"] == nil && snapshot.hasMarketValues)
        // ADRO: 223817.75 + 136169.5 summed.
        #expect(snapshot.members["ADRO"]?.marketValue == 223817.75 + 136169.5)
    }

    @Test("non-equity rows are skipped and a given date wins over the name")
    func fixture() throws {
        let text = header + "AAA,A INC,Energy,Equity,100,1.5\nUSD,USD CASH,Cash,Cash,5,0.1\n\"BBB\",\"B, INC\",Health Care,Equity,50,0.75\n"
        let snapshot = try HoldingsCSV.parse(bytes: MembersTestData.fixture(text), file: "h_2020-01-01.csv",
                                             date: TradingDay("2025-01-02")!)
        #expect(snapshot.date == TradingDay("2025-01-02")! && snapshot.count == 2)
        #expect(snapshot.members["BBB"] == MemberHolding(sector: "Health Care", weight: 0.0075, marketValue: 50))
    }

    @Test("a holdings file without a date is an error naming the fix")
    func noDate() {
        #expect(throws: DataError(.badInput, "no holdings date: put YYYY-MM-DD in the file name or pass --date",
                                  at: SourceLocation(file: "holdings.csv"))) {
            try HoldingsCSV.parse(bytes: MembersTestData.fixture(header), file: "holdings.csv")
        }
    }

    @Test("a bad weight is reported with file, line and field")
    func badWeight() {
        let text = header + "AAA,A INC,Energy,Equity,100,n/a\n"
        #expect(throws: DataError(.badInput, "expected a number, got \"n/a\"",
                                  at: SourceLocation(file: "h_2025-01-02.csv", line: 2, field: "weight_pct"))) {
            try HoldingsCSV.parse(bytes: MembersTestData.fixture(text), file: "h_2025-01-02.csv")
        }
    }

    @Test("a file without a ticker column is an error at line 1")
    func missingColumn() {
        #expect(throws: DataError(.badInput, "missing column \"ticker\"", at: SourceLocation(file: "h_2025-01-02.csv", line: 1))) {
            try HoldingsCSV.parse(bytes: MembersTestData.fixture("name,weight_pct\nA,1\n"), file: "h_2025-01-02.csv")
        }
    }
}
