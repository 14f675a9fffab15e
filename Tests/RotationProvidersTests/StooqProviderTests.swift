import Foundation
import ProviderTestSupport
import RotationCore
import RotationData
import RotationProviders
import Testing

struct StooqProviderTests {
    @Test("Stooq's URL carries the symbol percent-encoded and the range as d1/d2")
    func url() throws {
        let provider = StooqProvider(baseURL: "http://mirror")
        let range = FetchRange(from: TradingDay(year: 2024, month: 1, day: 2), to: TradingDay(year: 2024, month: 12, day: 31))
        #expect(try provider.url(for: "^RUT", range: range) == "http://mirror/q/d/l/?s=%5Erut&i=d&d1=20240102&d2=20241231")
        #expect(try provider.url(for: "iwm.us", range: FetchRange()) == "http://mirror/q/d/l/?s=iwm.us&i=d")
        #expect(provider.storedName(for: "^rut") == "RUT")
        #expect(provider.storedName(for: "iwm.us") == "IWM")
    }

    @Test("Stooq bars import with the values of the source file")
    func happyPath() async throws {
        let rows = try SharedData.table("prices/IWM.csv").suffix(300)
        let body = ProviderFixtures.stooqCSV(rows)
        let fetched = try await ProviderTestKit.withServer({ path, _, _ in path == "/q/d/l/" ? .ok(body) : .status(404) }) { server in
            try await ProviderTestKit.fetch(.stooq, ["iwm.us"], from: server)
        }
        guard case .bars(let bars) = ProviderTestKit.only(fetched) else { Issue.record("no bars"); return }
        let first = TradingDay(rows.rows[0][0])!, last = TradingDay(rows.rows[299][0])!
        let expected = try ProviderTestKit.sharedBars("prices/IWM.csv", symbol: "IWM", from: first, to: last)
        #expect(bars.symbol == "IWM")
        #expect(bars.days == expected.days)
        for field in [BarField.open, .high, .low, .close, .volume] {
            #expect(sameColumn(bars.column(field), expected.column(field)), "\(field)")
        }
        // Stooq publishes no adjusted close: the column stays empty rather than copied from close.
        #expect(bars.adjClose.allSatisfy { $0.isNaN })
        #expect(fetched[0].provenance.fromCache == false)
        #expect(fetched[0].provenance.contentHash == ContentHash.fnv1a64(body))
    }

    @Test("an index without volume (RUT) imports with the file's levels and --from/--to cut the rows")
    func indexWithRange() async throws {
        let rows = try SharedData.table("prices/RUT.csv").suffix(60)
        let body = ProviderFixtures.stooqCSV(rows)
        let from = TradingDay(rows.rows[10][0])!, to = TradingDay(rows.rows[49][0])!
        let fetched = try await ProviderTestKit.withServer({ _, _, _ in .ok(body) }) { server in
            try await ProviderTestKit.fetch(.stooq, ["^rut"], from: server, range: FetchRange(from: from, to: to))
        }
        guard case .bars(let bars) = ProviderTestKit.only(fetched) else { Issue.record("no bars"); return }
        let expected = try ProviderTestKit.sharedBars("prices/RUT.csv", symbol: "RUT", from: from, to: to)
        #expect(bars.count == 40)
        #expect(bars.days == expected.days)
        #expect(sameColumn(bars.close, expected.close))
    }

    @Test("a Stooq row cut short names the URL, the line and the field count")
    func truncatedRow() async throws {
        let rows = try SharedData.table("prices/IWM.csv").suffix(20)
        // The answer ends inside its last line, after three of its six fields.
        let lines = String(decoding: ProviderFixtures.stooqCSV(rows), as: UTF8.self).components(separatedBy: "\r\n").dropLast()
        let partial = lines.last!.split(separator: ",").prefix(3).joined(separator: ",")
        let body = Array((lines.dropLast().joined(separator: "\r\n") + "\r\n" + partial).utf8)
        let error = await ProviderTestKit.dataError {
            try await ProviderTestKit.withServer({ _, _, _ in .ok(body) }) { server in
                _ = try await ProviderTestKit.fetch(.stooq, ["iwm.us"], from: server)
            }
        }
        #expect(error?.code == .badInput)
        #expect(error?.location?.line == 21)
        #expect(error?.message == "expected 6 fields, got 3")
        #expect(error?.location?.file.hasSuffix("/q/d/l/?s=iwm.us&i=d") == true)
    }
}
