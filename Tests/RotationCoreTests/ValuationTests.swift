import Foundation
import Testing
import RotationCore

struct ValuationTests {
    /// The worked check: caps 500/50/200, earnings 50/0.1/−20 (hand-made fixture: no real
    /// fundamentals file exists in ../shared/data).
    let worked = [
        ValuationMember(ticker: "A", marketCap: 500, earningsTrailing: 50),
        ValuationMember(ticker: "B", marketCap: 50, earningsTrailing: 0.1),
        ValuationMember(ticker: "C", marketCap: 200, earningsTrailing: -20),
    ]

    @Test("the worked example gives 24.92, 10.98 and 14.97")
    func workedExample() {
        let r = valuation(members: worked)
        // Hand: 750/30.1, 550/50.1, 750/50.1.
        #expect(abs(r.pe.aggregate! - 750 / 30.1) < 1e-12)
        #expect(abs(r.pe.excludingLosses! - 550 / 50.1) < 1e-12)
        #expect(abs(r.pe.lossesAsZero! - 750 / 50.1) < 1e-12)
        #expect((r.pe.aggregate! * 100).rounded() / 100 == 24.92)
        #expect((r.pe.excludingLosses! * 100).rounded() / 100 == 10.98)
        #expect((r.pe.lossesAsZero! * 100).rounded() / 100 == 14.97)
        // Median of the profitable members' P/E: 500/50 = 10 and 50/0.1 = 500 → 255.
        #expect(abs(r.pe.median! - 255) < 1e-9)
        #expect(abs(r.shareUnprofitableCount! - 1.0 / 3) < 1e-12)
        #expect(abs(r.shareUnprofitableCap! - 200.0 / 750) < 1e-12)
    }

    @Test("the bridge explains the gaps between conventions")
    func bridge() {
        let b = valuation(members: worked).bridge
        // Hand: ΣM/Σ_{E>0}M − 1 = 750/550 − 1; Σ_{E>0}E/ΣE − 1 = 50.1/30.1 − 1.
        #expect(abs(b.capWithoutEarningsEffect! - (750.0 / 550 - 1)) < 1e-12)
        #expect(abs(b.lossesEffect! - (50.1 / 30.1 - 1)) < 1e-12)
        #expect(b.losingEarnings == -20 && b.losingCap == 200)
        #expect(b.sentence == "Counting only profitable members gives 10.98; keeping the market cap of the 1 members "
                + "without profits (26.7 % of the cap) with zero earnings raises it to 14.97; counting their losses "
                + "(-20.00) too cuts index earnings by 39.9 % and gives 24.92. The median profitable member trades at 255.00.")
    }

    @Test("all members losing money leaves every P/E null, with a reason")
    func allLosing() throws {
        let r = valuation(members: [ValuationMember(ticker: "A", marketCap: 100, earningsTrailing: -5),
                                    ValuationMember(ticker: "B", marketCap: 50, earningsTrailing: -1)])
        #expect(r.pe.aggregate == nil && r.pe.excludingLosses == nil && r.pe.lossesAsZero == nil && r.pe.median == nil)
        #expect(r.notes.contains("pe.aggregate is null: the members' trailing earnings sum to -6.00, not a profit"))
        #expect(r.shareUnprofitableCount == 1 && r.shareUnprofitableCap == 1)
        let json = String(decoding: try JSONEncoder().encode(r), as: UTF8.self)
        #expect(json.contains("\"aggregate\":null"))
    }

    @Test("a net loss with some profitable members nulls only the aggregate")
    func netLoss() {
        let r = valuation(members: [ValuationMember(ticker: "A", marketCap: 100, earningsTrailing: 5),
                                    ValuationMember(ticker: "B", marketCap: 50, earningsTrailing: -10)])
        #expect(r.pe.aggregate == nil && r.pe.excludingLosses == 20 && r.pe.lossesAsZero == 30)
        #expect(r.bridge.sentence.contains("so the aggregate P/E is undefined"))
    }

    @Test("a member missing earnings is excluded and counted")
    func missingEarnings() {
        let r = valuation(members: worked + [ValuationMember(ticker: "D", marketCap: 1000, earningsTrailing: nil)])
        #expect(abs(r.pe.aggregate! - 750 / 30.1) < 1e-12)
        #expect(r.pe.membersMissing == 1 && r.pe.membersUsed == 3 && r.members == 4)
        #expect(r.notes.first == "1 of 4 members lack a market cap or trailing earnings and are left out of the P/E figures")
    }

    @Test("EV/sales, growth and short interest are aggregates over members with both values")
    func otherAggregates() {
        let r = valuation(members: [
            ValuationMember(ticker: "A", marketCap: 100, earningsTrailing: 10, earningsForward: 12, sales: 50,
                            enterpriseValue: 120, shortInterest: 5, floatShares: 50, price: 10),
            ValuationMember(ticker: "B", marketCap: 300, earningsTrailing: 10, earningsForward: 13, sales: 150,
                            enterpriseValue: 330, shortInterest: 10, floatShares: 50, sharesOutstanding: 30),
            ValuationMember(ticker: "C", marketCap: 50, earningsTrailing: 1),
        ])
        // Hand: (120+330)/(50+150) = 2.25; (12+13)/(10+10) − 1 = 0.25; (5+10)/(50+50) = 0.15;
        // short value 5·10 + 10·(300/30) = 150 over cap 400 = 0.375.
        #expect(abs(r.evToSales! - 2.25) < 1e-12)
        #expect(abs(r.earningsGrowth! - 0.25) < 1e-12)
        #expect(abs(r.shortInterestPctFloat! - 0.15) < 1e-12)
        #expect(abs(r.shortInterestPctCap! - 0.375) < 1e-12)
        #expect(abs(r.peForward!.aggregate! - 400.0 / 25) < 1e-12)
    }

    @Test("the JSON has the contract keys")
    func jsonKeys() throws {
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(valuation(members: worked))) as! [String: Any]
        for key in ["pe", "share_unprofitable_count", "share_unprofitable_cap", "ev_to_sales", "bridge"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        let pe = object["pe"] as! [String: Any]
        #expect(Set(pe.keys).isSuperset(of: ["aggregate", "excluding_losses", "losses_as_zero", "median"]))
    }
}
