import RotationCore
import RotationData
import Testing

/// Values at rest are exact in every store: any finite double, of any magnitude, comes back bit
/// for bit (PostgreSQL keeps them as NUMERIC, SQLite as REAL).
struct StoreExactnessTests {
    /// SplitMix64 (Steele, Lea and Flood 2014): a fixed-seed source of bit patterns.
    struct SplitMix64 {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// `count` finite doubles drawn uniformly over bit patterns (so every exponent, subnormals
    /// included, both signs), plus some prices with two to six decimals.
    static func doubles(_ count: Int, seed: UInt64) -> [Double] {
        var random = SplitMix64(state: seed)
        var values: [Double] = []
        while values.count < count {
            let bits = random.next()
            let value = values.count % 2 == 0
                ? Double(bitPattern: bits)
                : Double(bits % 100_000_000) / [100.0, 1_000, 10_000, 100_000, 1_000_000][Int(bits >> 60) % 5]
            if value.isFinite && !(value == 0 && value.sign == .minus) { values.append(value) }
        }
        return values
    }

    @Test("twelve thousand random doubles of every magnitude come back bit for bit", arguments: StoreFlavor.allCases)
    func randomDoubles(flavor: StoreFlavor) async throws {
        let store = try flavor.makeStore()
        let rows = 2_000
        let columns = (0..<6).map { Self.doubles(rows, seed: 0xC0FFEE + UInt64($0)) }
        let days = (0..<rows).map { TradingDay(daysSinceEpoch: 10_000 + $0) }
        let bars = DailyBars(symbol: "RANDOM", days: days, open: columns[0], high: columns[1], low: columns[2],
                             close: columns[3], adjClose: columns[4], volume: columns[5])
        _ = try await store.importBatch([Fixtures.item(.bars(bars))])
        let loaded = try #require(try await store.load(symbol: "RANDOM").bars)
        #expect(sameBars(loaded, bars))
        let again = try await store.importBatch([Fixtures.item(.bars(bars))])
        #expect(again.first?.unchanged == rows)
    }

    @Test("days from 1900 to 2100 come back as the same dates", arguments: StoreFlavor.allCases)
    func wideDateRange(flavor: StoreFlavor) async throws {
        let store = try flavor.makeStore()
        // 1900-01-01 is day −25567, 2100-12-31 day 47846 since 1970-01-01 (proleptic Gregorian, by hand
        // and checked with Python's datetime.date).
        let days = [-25_567, -1, 0, 1, 10_956, 10_957, 47_846].map(TradingDay.init(daysSinceEpoch:))
        let series = Series(name: "DGS10", kind: .rate, days: days, values: days.map { Double($0.daysSinceEpoch) / 7 })
        _ = try await store.importBatch([Fixtures.item(.series(series))])
        let loaded = try #require(try await store.load(symbol: "DGS10").series)
        #expect(loaded.days.map(\.description) == ["1900-01-01", "1969-12-31", "1970-01-01", "1970-01-02",
                                                    "1999-12-31", "2000-01-01", "2100-12-31"])
        #expect(sameBits(loaded.values, series.values))
    }
}
