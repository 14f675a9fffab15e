import Foundation
import ProviderTestSupport
import RotationCore
import RotationData
import RotationProviders
import Testing

struct FREDProviderTests {
    @Test("FRED's URL names the series and the range as cosd/coed")
    func url() throws {
        let provider = FREDProvider(baseURL: "http://mirror")
        let range = FetchRange(from: TradingDay(year: 2020, month: 1, day: 1), to: nil)
        #expect(try provider.url(for: "dgs10", range: range) == "http://mirror/graph/fredgraph.csv?id=DGS10&cosd=2020-01-01")
    }

    @Test("a FRED series imports as a rate series with the values of the source file")
    func happyPath() async throws {
        let rows = try SharedData.table("rates/DFF.csv").suffix(500)
        let body = ProviderFixtures.fredCSV(rows, series: "DFF")
        let fetched = try await ProviderTestKit.withServer({ path, query, _ in
            path == "/graph/fredgraph.csv" && query == "id=DFF" ? .ok(body) : .status(404)
        }) { server in
            try await ProviderTestKit.fetch(.fred, ["DFF"], from: server)
        }
        guard case .series(let series) = ProviderTestKit.only(fetched) else { Issue.record("no series"); return }
        #expect(series.name == "DFF")
        #expect(series.kind == .rate)
        #expect(series.days.map(String.init(describing:)) == rows.column("date"))
        #expect(series.values == rows.column("value").map { Double($0)! })
    }

    @Test("FRED's empty holiday observations are left out, not read as zero")
    func holidays() async throws {
        let rows = try SharedData.table("rates/DGS10.csv").suffix(400)
        let body = ProviderFixtures.fredCSV(rows, series: "DGS10", holidays: true)
        // The fixture lists the holidays the file omits, as FRED does: it has more lines than rows.
        #expect(String(decoding: body, as: UTF8.self).split(separator: "\n").count > rows.rows.count + 1)
        let fetched = try await ProviderTestKit.withServer({ _, _, _ in .ok(body) }) { server in
            try await ProviderTestKit.fetch(.fred, ["DGS10"], from: server)
        }
        guard case .series(let series) = ProviderTestKit.only(fetched) else { Issue.record("no series"); return }
        #expect(series.days.map(String.init(describing:)) == rows.column("date"))
        #expect(series.values == rows.column("value").map { Double($0)! })
    }

    @Test("an HTML page instead of FRED CSV is the service refusing (69), naming the URL without a line")
    func htmlPage() async throws {
        let error = await ProviderTestKit.dataError {
            try await ProviderTestKit.withServer({ _, _, _ in .ok(Array("<!DOCTYPE html><html></html>".utf8)) }) { server in
                _ = try await ProviderTestKit.fetch(.fred, ["DGS10"], from: server)
            }
        }
        #expect(error?.code == .unavailable)
        #expect(error?.description.hasSuffix("fredgraph.csv?id=DGS10: FRED answered an HTML page instead of data; "
                                             + "check the series id on fred.stlouisfed.org (DGS10, DFF)") == true)
    }
}
