import Foundation
import RotationCore
import RotationData
import RotationSQLite
import Testing

/// The real shared price files (../shared/data/prices) through the store.
struct RealPriceFilesTests {
    @Test("IWM and RUT come back equal to the files, bit for bit", arguments: StoreFlavor.allCases)
    func iwmAndRut(flavor: StoreFlavor) async throws {
        let store = try flavor.makeStore()
        let items = try [PriceFileForTests.item(named: "IWM"), PriceFileForTests.item(named: "RUT")]
        let reports = try await store.importBatch(items)
        // Row counts and ranges from data/README.md's price table.
        #expect(reports.map(\.added) == [6583, 9811])
        #expect(reports.map { $0.firstDate?.description } == ["2000-05-26", "1987-09-10"])
        for item in items {
            let expected = try #require(item.payload.bars)
            let loaded = try #require(try await store.load(symbol: item.payload.symbol).bars)
            #expect(sameBars(loaded, expected), "\(item.payload.symbol)")
        }
        let log = try await store.importLog()
        // FNV-1a 64 of the file bytes, as ContentHash computes it when the test reads the file.
        #expect(log.map(\.contentHash) == items.reversed().map(\.contentHash))
        #expect(log.allSatisfy { $0.contentHash.count == 16 })
    }

    /// Also the speed check: run in release with `ROTATION_STORE_TIMING=1` to print the time.
    @Test("all shared price files import into a fresh store and again unchanged",
          arguments: StoreFlavor.allCases.filter { $0 != .memory })
    func allPriceFiles(flavor: StoreFlavor) async throws {
        let files = try PriceFileForTests.allFiles()
        let items = try files.map(PriceFileForTests.item)
        let store = try flavor.makeStore()
        let clock = ContinuousClock()
        var reports: [ImportReport] = []
        let first = try await clock.measure { reports = try await store.importBatch(items) }
        var again: [ImportReport] = []
        let second = try await clock.measure { again = try await store.importBatch(items) }
        if ProcessInfo.processInfo.environment["ROTATION_STORE_TIMING"] != nil {
            let rows = items.reduce(0) { $0 + $1.payload.count }
            print("store timing (\(flavor)): \(items.count) files, \(rows) rows; fresh import \(first), re-import \(second)")
        }
        // 26 files listed in data/README.md.
        #expect(items.count == 26)
        #expect(reports.map(\.added) == items.map(\.payload.count))
        #expect(again.allSatisfy { $0.added == 0 && $0.updated == 0 })
        #expect(again.map(\.unchanged) == items.map(\.payload.count))
        let summaries = try await store.symbols()
        #expect(summaries.map(\.symbol) == items.map(\.payload.symbol).sorted())
        #expect(summaries.map(\.rows).reduce(0, +) == items.reduce(0) { $0 + $1.payload.count })
    }
}
