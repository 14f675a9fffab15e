import Testing
import RotationCore

struct MembershipHistoryTests {
    let d = { (text: String) in TradingDay(text)! }

    func history() -> MembershipHistory {
        MembershipHistory([
            MembershipSnapshot(date: d("2025-11-05"), members: ["B": MemberHolding(sector: nil, weight: 1)]),
            MembershipSnapshot(date: d("2025-05-13"), members: ["A": MemberHolding(sector: nil, weight: 1)]),
        ])
    }

    @Test("the snapshot in force is the latest on or before the day")
    func latestOnOrBefore() {
        let h = history()
        #expect(h.snapshots.map(\.date) == [d("2025-05-13"), d("2025-11-05")])
        #expect(h.inForce(on: d("2025-11-04"))! == (0, false))
        #expect(h.inForce(on: d("2025-11-05"))! == (1, false))
        #expect(h.inForce(on: d("2026-01-09"))! == (1, false))
    }

    @Test("a day before the first snapshot uses the first and says so")
    func beforeFirst() {
        #expect(history().inForce(on: d("2024-03-15"))! == (0, true))
        #expect(MembershipHistory([]).inForce(on: d("2024-03-15")) == nil)
    }
}

struct MemberPanelTests {
    @Test("aligning separate series puts them on the union of their days with gaps missing")
    func aligning() {
        let d = { (text: String) in TradingDay(text)! }
        let panel = MemberPanel(aligning: [
            ("A", [d("2026-01-02"), d("2026-01-06")], [1, 3]),
            ("B", [d("2026-01-05"), d("2026-01-06")], [10, 11]),
        ])
        #expect(panel.days == [d("2026-01-02"), d("2026-01-05"), d("2026-01-06")])
        #expect(panel.close("A", at: 0) == 1 && panel.close("A", at: 1) == nil && panel.close("A", at: 2) == 3)
        #expect(panel.close("B", at: 0) == nil && panel.close("B", at: 1) == 10 && panel.close("C", at: 1) == nil)
    }
}
