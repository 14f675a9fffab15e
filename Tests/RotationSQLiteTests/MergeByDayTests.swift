import RotationCore
@testable import RotationSQLite
import Testing

/// The one-pass merge that classifies incoming rows against stored ones.
struct MergeByDayTests {
    static func days(_ numbers: [Int]) -> [TradingDay] { numbers.map(TradingDay.init(daysSinceEpoch:)) }

    @Test("rows are added, updated or unchanged, and only added or updated rows are written")
    func classifies() {
        let incoming = Self.days([1, 2, 4, 6, 9])
        let stored = Self.days([0, 2, 3, 4, 6, 8])
        var written: [Int] = []
        // Stored day 4 differs from the incoming row; days 2 and 6 are equal; 1 and 9 are new.
        let counts = mergeByDay(incoming: incoming, stored: stored,
                                sameRow: { i, j in stored[j].daysSinceEpoch != 4 && incoming[i] == stored[j] },
                                write: { written.append($0) })
        #expect(counts == MergeCounts(added: 2, updated: 1, unchanged: 2))
        #expect(written == [0, 2, 4])
    }

    @Test("an empty store adds everything")
    func emptyStore() {
        var written = 0
        let counts = mergeByDay(incoming: Self.days([3, 5]), stored: [], sameRow: { _, _ in true },
                                write: { _ in written += 1 })
        #expect(counts == MergeCounts(added: 2, updated: 0, unchanged: 0))
        #expect(written == 2)
    }

    @Test("two missing values are the same, and so are both zeros, but not 1 ulp apart")
    func storedValueEquality() {
        #expect(StoreImport.sameStoredValue(.nan, .nan))
        #expect(StoreImport.sameStoredValue(-0.0, 0.0))
        #expect(!StoreImport.sameStoredValue(.nan, 0))
        #expect(!StoreImport.sameStoredValue(1.0, 1.0.nextUp))
    }
}
