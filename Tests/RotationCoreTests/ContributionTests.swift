import Testing
import RotationCore

struct ContributionTests {
    let d = { (text: String) in TradingDay(text)! }

    /// Three covered members with market values 50/30/20 and returns +10 %, −10 %, 0, plus an
    /// uncovered member D (market value 100, no prices).
    func report() -> ContributionReport? {
        let panel = MemberPanel(days: [d("2026-01-02"), d("2026-01-05"), d("2026-01-06")], tickers: ["A", "B", "C"],
                                closes: [[10, 10.5, 11], [20, 19, 18], [5, .nan, 5]])
        let snapshot = MembershipSnapshot(date: d("2025-12-31"), members: [
            "A": MemberHolding(sector: "Tech", weight: 0.1, marketValue: 50),
            "B": MemberHolding(sector: "Energy", weight: 0.1, marketValue: 30),
            "C": MemberHolding(sector: "Tech", weight: 0.1, marketValue: 20),
            "D": MemberHolding(sector: "Energy", weight: 0.1, marketValue: 100),
        ])
        return contribution(panel: panel, membership: MembershipHistory([snapshot]))
    }

    @Test("contributions are renormalised start weight times return")
    func handExample() throws {
        let r = try #require(report())
        // Hand: weights 0.5/0.3/0.2; contributions 0.05, −0.03, 0; index 0.02.
        #expect(r.rows.map(\.symbol) == ["A", "C", "B"])
        #expect(abs(r.rows[0].contribution - 0.05) < 1e-12 && abs(r.rows[2].contribution + 0.03) < 1e-12)
        #expect(abs(r.indexReturn! - 0.02) < 1e-12)
        #expect(abs(r.equalWeightReturn! - 0) < 1e-12 && abs(r.capMinusEqual! - 0.02) < 1e-12)
        // Hand: 1 / (0.25 + 0.09 + 0.04) = 2.631578…
        #expect(abs(r.effectiveNames! - 1 / 0.38) < 1e-12)
        #expect(r.members == 4 && r.covered == 3 && abs(r.uncoveredWeight - 0.5) < 1e-12)
        #expect(r.weighting == "market_value")
        #expect(r.notes.contains { $0.hasPrefix("the start 2026-01-02 precedes") } == false)
    }

    @Test("sector contributions add up to the index return")
    func sectors() throws {
        let r = try #require(report())
        let tech = try #require(r.sectors.first { $0.sector == "Tech" })
        #expect(abs(tech.weight - 0.7) < 1e-12 && abs(tech.contribution - 0.05) < 1e-12)
        #expect(abs(tech.return! - 0.05 / 0.7) < 1e-12 && abs(tech.shareOfReturn! - 2.5) < 1e-12)
        #expect(abs(r.sectors.reduce(0) { $0 + $1.contribution } - r.indexReturn!) < 1e-12)
    }

    @Test("the top names' share of a positive return counts the largest positive contributors")
    func topShare() throws {
        let r = try #require(report())
        // Only three names: the top 10 and top 50 hold the whole return.
        #expect(abs(r.topShare.top10! - 1) < 1e-12 && abs(r.topShare.top50! - 1) < 1e-12)
    }

    @Test("a window with one day has no contribution")
    func tooShort() {
        let panel = MemberPanel(days: [d("2026-01-02")], tickers: ["A"], closes: [[1]])
        let snapshot = MembershipSnapshot(date: d("2025-12-31"), members: ["A": MemberHolding(sector: nil, weight: 1)])
        #expect(contribution(panel: panel, membership: MembershipHistory([snapshot])) == nil)
    }
}
