import Testing
import RotationCore
import RotationData

struct MembersCSVTests {
    @Test("the real member list gives one snapshot per weight column")
    func realFile() throws {
        let snapshots = try MembersCSV.parse(bytes: MembersTestData.bytes("smallcap_members.csv"), file: "smallcap_members.csv")
        // Non-empty weights per column, counted with awk: 1699, 1801, 1847.
        #expect(snapshots.map(\.date.description) == ["2025-05-13", "2025-11-05", "2026-05-05"])
        #expect(snapshots.map(\.count) == [1699, 1801, 1847])
        #expect(snapshots[1].members["AAP"] == MemberHolding(sector: "Consumer Discretionary", weight: 0.001))
        #expect(snapshots[0].members["AAP"] == nil)
    }

    @Test("a members file is told apart from a holdings file by its header")
    func detection() throws {
        let list = "ticker,sector,weight_2025-01-02\nA,Energy,1\n"
        let holdings = "ticker,sector,weight_pct\nA,Energy,1\nB,Energy,2\n"
        #expect(try MembersFile.parse(bytes: MembersTestData.fixture(list), file: "m.csv").map(\.count) == [1])
        let fromHoldings = try MembersFile.parse(bytes: MembersTestData.fixture(holdings), file: "x_2025-03-04.csv")
        #expect(fromHoldings.map(\.count) == [2] && fromHoldings[0].date == TradingDay("2025-03-04")!)
    }

    @Test("a ticker listed twice is an error naming both lines")
    func duplicate() {
        let text = "ticker,sector,weight_2025-01-02\nA,Energy,1\nA,Energy,2\n"
        #expect(throws: DataError(.badInput, "ticker \"A\" appears twice (also on line 2)",
                                  at: SourceLocation(file: "m.csv", line: 3, field: "ticker"))) {
            try MembersCSV.parse(bytes: MembersTestData.fixture(text), file: "m.csv")
        }
    }
}
