import Testing
import RotationCore
import RotationData

struct FundamentalsCSVTests {
    @Test("recognised columns are read, aliases included, and empty fields are missing")
    func fixture() throws {
        let text = "Symbol,Market_Cap,Earnings,forward_earnings,revenue,EV,short_interest,float,price\n"
            + "A,500,50,,100,520,1e3,2000,10\nB,50,,0.2,,,,,\n"
        let members = try FundamentalsCSV.parse(bytes: MembersTestData.fixture(text), file: "f.csv")
        #expect(members == [
            ValuationMember(ticker: "A", marketCap: 500, earningsTrailing: 50, sales: 100, enterpriseValue: 520,
                            shortInterest: 1000, floatShares: 2000, price: 10),
            ValuationMember(ticker: "B", marketCap: 50, earningsForward: 0.2),
        ])
    }

    @Test("the worked example read from a file gives the documented P/Es")
    func workedFromFile() throws {
        let text = "ticker,market_cap,earnings_ttm\nA,500,50\nB,50,0.1\nC,200,-20\n"
        let report = valuation(members: try FundamentalsCSV.parse(bytes: MembersTestData.fixture(text), file: "f.csv"))
        // Hand: 750/30.1, 550/50.1, 750/50.1.
        #expect(abs(report.pe.aggregate! - 750 / 30.1) < 1e-12 && abs(report.pe.lossesAsZero! - 750 / 50.1) < 1e-12)
    }

    @Test("a missing market_cap column and a bad number are errors with locations")
    func errors() {
        #expect(throws: DataError(.badInput, "missing column \"market_cap\"", at: SourceLocation(file: "f.csv", line: 1))) {
            try FundamentalsCSV.parse(bytes: MembersTestData.fixture("ticker,earnings_ttm\nA,1\n"), file: "f.csv")
        }
        #expect(throws: DataError(.badInput, "expected a number, got \"NaN\"",
                                  at: SourceLocation(file: "f.csv", line: 2, field: "earnings_ttm"))) {
            try FundamentalsCSV.parse(bytes: MembersTestData.fixture("ticker,market_cap,earnings_ttm\nA,1,NaN\n"), file: "f.csv")
        }
    }
}
