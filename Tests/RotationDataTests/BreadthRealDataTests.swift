import Foundation
import Testing
import RotationCore
import RotationData

/// Breadth and contribution of the IWM members on the shared real data, against
/// Tests/RotationCoreTests/Golden/breadth/generate.py (standard-library Python, see its README).
struct BreadthRealDataTests {
    struct GoldenMcClellan: Decodable { let oscillator: Double?, ratio_adjusted: Double?, summation: Double? }
    struct GoldenDay: Decodable {
        let snapshot_date: String, members: Int, covered: Int, advancers: Int, decliners: Int, unchanged: Int
        let share_up: Double?, pct_above_50d: Double?, pct_above_200d: Double?
        let eligible_50d: Int, eligible_200d: Int, eligible_52w: Int
        let new_highs_52w: Int?, new_lows_52w: Int?, advance_decline_line: Int
        let mcclellan: GoldenMcClellan, highest_since: String?
    }
    struct GoldenContribution: Decodable {
        let start_date: String, end_date: String, members: Int, covered: Int, uncovered_weight: Double
        let index_return: Double, equal_weight_return: Double, effective_names: Double
        let top_10: Double, top_50: Double, largest_weights_top_10: Double, top_contributor: String
        let sector_contributions: [String: Double]
    }

    static func goldenFile<T: Decodable>(_ name: String, as: T.Type) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(contentsOf: MembersTestData.golden.appendingPathComponent(name)))
    }

    func close(_ a: Double?, _ b: Double?, _ tolerance: Double = 1e-9) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case let (x?, y?): abs(x - y) <= tolerance
        default: false
        }
    }

    @Test("breadth on five real days matches the independent reference: counts exact, shares to 1e-9",
          arguments: ["2024-03-15", "2025-05-13", "2025-12-10", "2026-01-08", "2026-01-09"])
    func goldenDays(day: String) throws {
        let golden = try Self.goldenFile("expected_breadth.json", as: [String: GoldenDay].self)[day]!
        let report = try #require(breadth(panel: MembersTestData.panel.get(), membership: MembersTestData.holdings(),
                                          asOf: TradingDay(day)!))
        let r = report.latest
        #expect(r.asOf.description == day && r.snapshotDate?.description == golden.snapshot_date)
        #expect(r.members == golden.members && r.covered == golden.covered)
        #expect(r.advancers == golden.advancers && r.decliners == golden.decliners && r.unchanged == golden.unchanged)
        #expect(close(r.shareUp, golden.share_up))
        #expect(close(r.pctAbove50d, golden.pct_above_50d) && r.eligible50d == golden.eligible_50d)
        #expect(close(r.pctAbove200d, golden.pct_above_200d) && r.eligible200d == golden.eligible_200d)
        #expect(r.newHighs52w == golden.new_highs_52w && r.newLows52w == golden.new_lows_52w)
        #expect(r.eligible52w == golden.eligible_52w && r.advanceDeclineLine == golden.advance_decline_line)
        #expect(close(r.mcclellan.oscillator, golden.mcclellan.oscillator))
        #expect(close(r.mcclellan.ratioAdjusted, golden.mcclellan.ratio_adjusted))
        #expect(close(r.mcclellan.summation, golden.mcclellan.summation, 1e-8))
        #expect(r.highestSince?.description == golden.highest_since)
    }

    @Test("before the first holdings date the first snapshot is used, with a note")
    func earlyNote() throws {
        let report = try #require(breadth(panel: MembersTestData.panel.get(), membership: MembersTestData.holdings(),
                                          asOf: TradingDay("2024-03-15")!))
        #expect(report.notes.first == "days before the first membership snapshot (2025-05-13) use its members: "
                + "the indicator history from 2024-01-02 and 1 reported day(s)")
    }

    @Test("the member list gives the same counts as the holdings files, over covered tickers only")
    func memberListAgrees() throws {
        let snapshots = try MembersCSV.parse(bytes: MembersTestData.bytes("smallcap_members.csv"), file: "smallcap_members.csv")
        let panel = try MembersTestData.panel.get()
        let fromList = try #require(breadth(panel: panel, membership: MembershipHistory(snapshots), asOf: TradingDay("2025-12-10")!))
        let fromHoldings = try #require(breadth(panel: panel, membership: MembersTestData.holdings(), asOf: TradingDay("2025-12-10")!))
        #expect(fromList.latest.members == 1801 && fromHoldings.latest.members == 1958)
        #expect(fromList.latest.covered == fromHoldings.latest.covered)
        #expect(fromList.latest.advancers == fromHoldings.latest.advancers)
        #expect(fromList.latest.mcclellan == fromHoldings.latest.mcclellan)
    }

    @Test("a range gives one reading per trading day")
    func range() throws {
        let report = try #require(breadth(panel: MembersTestData.panel.get(), membership: MembersTestData.holdings(),
                                          from: TradingDay("2026-01-01")!, to: TradingDay("2026-01-09")!))
        #expect(report.series.map(\.asOf.description) == ["2026-01-02", "2026-01-05", "2026-01-06", "2026-01-07",
                                                          "2026-01-08", "2026-01-09"])
        #expect(report.latest.asOf.description == "2026-01-09")
    }

    @Test("contribution from 2025-11-05 to 2026-01-09 matches the independent reference")
    func contributionGolden() throws {
        let g = try Self.goldenFile("expected_contribution.json", as: GoldenContribution.self)
        let r = try #require(contribution(panel: MembersTestData.panel.get(), membership: MembersTestData.holdings(),
                                          from: TradingDay(g.start_date)!, to: TradingDay(g.end_date)!))
        #expect(r.startDate.description == g.start_date && r.endDate.description == g.end_date)
        #expect(r.members == g.members && r.covered == g.covered && r.weighting == "market_value")
        #expect(close(r.uncoveredWeight, g.uncovered_weight, 1e-12))
        #expect(close(r.indexReturn, g.index_return, 1e-12) && close(r.equalWeightReturn, g.equal_weight_return, 1e-12))
        #expect(close(r.effectiveNames, g.effective_names, 1e-6))
        #expect(close(r.topShare.top10, g.top_10) && close(r.topShare.top50, g.top_50))
        #expect(close(r.largestWeightsShare.top10, g.largest_weights_top_10))
        #expect(r.rows.first?.symbol == g.top_contributor)
        for s in r.sectors { #expect(close(s.contribution, g.sector_contributions[s.sector], 1e-12), "\(s.sector)") }
        #expect(r.sectors.count == g.sector_contributions.count)
    }

    @Test("loading the matrix and computing every indicator on every day report their time")
    func timing() throws {
        let bytes = try MembersTestData.bytes("smallcap_adj_closes_wide.csv")
        let clock = ContinuousClock()
        var panel: MemberPanel?
        let load = try clock.measure { panel = try WideMatrixCSV.parse(bytes: bytes, file: "wide.csv") }
        let history = try MembersTestData.holdings()
        var readings: [BreadthReading] = []
        let compute = clock.measure { readings = breadthHistory(panel: panel!, membership: history) }
        print("wide matrix load \(load), breadth \(panel!.tickers.count)x\(panel!.dayCount) all days \(compute)")
        #expect(panel!.tickers.count == 1996 && panel!.dayCount == 647 && readings.count == 647)
    }
}
