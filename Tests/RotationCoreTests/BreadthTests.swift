import Foundation
import PropertyBased
import Testing
import RotationCore

struct BreadthTests {
    let d = { (text: String) in TradingDay(text)! }
    /// Short look-backs so a hand calculation fits: SMA 2 and 3, 52-week window 3 days.
    let small = BreadthParameters(shortAverageDays: 2, longAverageDays: 3, highLowDays: 3)

    /// Five days; A rises, B falls then rises, C is flat, D has a gap, E has no prices.
    func panel() -> MemberPanel {
        MemberPanel(days: ["2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08", "2026-01-09"].map { d($0) },
                    tickers: ["A", "B", "C", "D"],
                    closes: [[10, 11, 12, 13, 14], [20, 19, 18, 19, 21], [5, 5, 5, 5, 5], [7, .nan, 8, 9, 8]])
    }

    func membership(from date: String = "2026-01-06") -> MembershipHistory {
        let holding = MemberHolding(sector: nil, weight: 0.01)
        return MembershipHistory([MembershipSnapshot(date: d(date), members: ["A": holding, "B": holding, "C": holding,
                                                                              "D": holding, "E": holding])])
    }

    @Test("advancers, decliners and unchanged are counted among covered members")
    func dailyCounts() {
        let h = breadthHistory(panel: panel(), membership: membership(), parameters: small)
        // Hand, 2026-01-09: A 13→14 up, B 19→21 up, C flat, D 9→8 down; E has no prices.
        let r = h[4]
        #expect((r.members, r.covered, r.advancers, r.decliners, r.unchanged) == (5, 4, 2, 1, 1))
        #expect(r.shareUp == 0.5)
        // 2026-01-07: D has no close on the previous day → not covered.
        #expect((h[2].covered, h[2].advancers, h[2].decliners, h[2].unchanged) == (3, 1, 1, 1))
        // The first day has no previous day.
        #expect(h[0].covered == 0 && h[0].shareUp == nil)
    }

    @Test("averages and 52-week extremes count only members with a full window")
    func windows() {
        let r = breadthHistory(panel: panel(), membership: membership(), parameters: small)[4]
        // Hand, SMA2 on 01-09: A 13.5 < 14 above; B 20 < 21 above; C 5 = 5 not above; D 8.5 > 8 → 2/4.
        #expect(r.eligible50d == 4 && r.pctAbove50d == 0.5)
        // SMA3: A 13 above, B 19.33 above, C not, D (9,8 after the gap: only 3 closes 8,9,8) 8.33 > 8 → 2/4.
        #expect(r.eligible200d == 4 && r.pctAbove200d == 0.5)
        // 3-day window: A 14 high; B 21 high; C 5 both (ties count); D 8 ties its low 8 → highs 3, lows 2.
        #expect(r.eligible52w == 4 && r.newHighs52w == 3 && r.newLows52w == 2)
        // On day 2 no member has three closes yet.
        let early = breadthHistory(panel: panel(), membership: membership(), parameters: small)[1]
        #expect(early.newHighs52w == nil && early.pctAbove200d == nil)
    }

    @Test("highest_since is the latest earlier day with a share up at least as high")
    func highestSince() {
        let h = breadthHistory(panel: panel(), membership: membership(), parameters: small)
        // share_up by day: nil, 1/3, 1/3, 3/4, 2/4.
        #expect(h[1].highestSince == nil && h[1].recordInHistory)
        #expect(h[2].highestSince == d("2026-01-06"))
        #expect(h[3].highestSince == nil && h[3].recordInHistory)
        #expect(h[4].highestSince == d("2026-01-08"))
        // Advance–decline line: net 0, 1−1, 1−1, 3−0, 2−1 cumulated.
        #expect(h.map(\.advanceDeclineLine) == [0, 0, 0, 3, 4])
    }

    @Test("days before the first snapshot use it and the report says so")
    func beforeFirstSnapshot() throws {
        let report = try #require(breadth(panel: panel(), membership: membership(from: "2026-01-08"),
                                          from: d("2026-01-06"), to: d("2026-01-09"), parameters: small))
        #expect(report.series.count == 4 && report.latest.asOf == d("2026-01-09"))
        #expect(report.notes.first == "days before the first membership snapshot (2026-01-08) use its members: "
                + "the indicator history from 2026-01-05 and 2 reported day(s)")
        #expect(report.series[0].snapshotDate == d("2026-01-08"))
    }

    @Test("as-of picks the last panel day on or before it and the JSON has the contract keys with nulls")
    func asOfAndJSON() throws {
        let report = try #require(breadth(panel: panel(), membership: membership(), asOf: d("2026-01-11"), parameters: small))
        #expect(report.latest.asOf == d("2026-01-09") && report.series.isEmpty)
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(report)) as! [String: Any]
        for key in ["as_of", "members", "covered", "advancers", "decliners", "unchanged", "share_up", "pct_above_50d",
                    "pct_above_200d", "new_highs_52w", "new_lows_52w", "mcclellan", "highest_since", "notes"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        #expect(object["highest_since"] as? String == "2026-01-08")
        let mcclellan = object["mcclellan"] as! [String: Any]
        #expect(mcclellan["oscillator"] is NSNull && mcclellan["summation"] is NSNull)
        #expect(breadth(panel: panel(), membership: membership(), asOf: d("2026-01-02")) == nil)
    }

    @Test("breadth counts lie in 0…members and add up to covered")
    func countsAreConsistent() async {
        await propertyCheck(input: Gen.int(in: 0...10_000)) { seed in
            var state = UInt64(seed) &+ 1
            func next() -> Double {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                return Double(state >> 40) / Double(1 << 24)
            }
            let days = (0..<30).map { TradingDay(daysSinceEpoch: 20_000 + $0) }
            let closes = (0..<6).map { _ in days.map { _ in next() < 0.1 ? Double.nan : (next() * 4).rounded() + 1 } }
            let panel = MemberPanel(days: days, tickers: ["A", "B", "C", "D", "E", "F"], closes: closes)
            let holding = MemberHolding(sector: nil, weight: 0.1)
            let history = MembershipHistory([MembershipSnapshot(date: days[10], members: ["A": holding, "C": holding, "E": holding, "X": holding])])
            for r in breadthHistory(panel: panel, membership: history, parameters: small) {
                #expect(r.advancers + r.decliners + r.unchanged == r.covered)
                #expect(r.covered <= r.members && r.members == 4)
                #expect((r.newHighs52w ?? 0) <= r.eligible52w && r.eligible52w <= 3)
                #expect((0...1).contains(r.pctAbove50d ?? 0) && (0...1).contains(r.shareUp ?? 0))
            }
        }
    }
}
