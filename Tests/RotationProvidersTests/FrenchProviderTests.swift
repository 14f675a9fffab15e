import Foundation
import ProviderTestSupport
import RotationCore
import RotationData
import RotationProviders
import Testing

struct FrenchProviderTests {
    @Test("a short name picks the dataset's zip and stores under the project's stem")
    func names() throws {
        let provider = FrenchProvider(baseURL: "http://mirror")
        #expect(try provider.url(for: "ff3_monthly", range: FetchRange()) == "http://mirror/F-F_Research_Data_Factors_CSV.zip")
        #expect(provider.storedName(for: "ff3_monthly") == "FF3_MONTHLY")
        #expect(provider.storedName(for: "F-F_Momentum_Factor_daily") == "MOM_DAILY")
        #expect(provider.storedName(for: "F-F_ST_Reversal_Factor") == "F-F_ST_REVERSAL_FACTOR")
    }

    @Test("the monthly factors zip imports every factor with the values of the source file")
    func happyPath() async throws {
        let monthly = try SharedData.table("factors/ff3_monthly.csv")
        let annual = try SharedData.table("factors/ff3_annual.csv")
        let body = try ProviderFixtures.frenchZip(monthly: monthly, annual: annual)
        let fetched = try await ProviderTestKit.withServer({ path, _, _ in
            path == "/F-F_Research_Data_Factors_CSV.zip" ? .ok(body) : .status(404)
        }) { server in
            try await ProviderTestKit.fetch(.french, ["ff3_monthly"], from: server)
        }
        guard fetched.count == 1, case .series(let payloads) = fetched[0].payload else { Issue.record("no series"); return }
        #expect(payloads.map(\.symbol) == ["FF3_MONTHLY#mkt_rf", "FF3_MONTHLY#smb", "FF3_MONTHLY#hml", "FF3_MONTHLY#rf"])
        let sharedBytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: SharedData.path("factors/ff3_monthly.csv"))))
        let expected = try FactorCSV.parse(sharedBytes, file: "ff3_monthly.csv", stem: "FF3_MONTHLY")
        #expect(payloads == expected.map { LoadedSeries.series($0) })
        // Only the monthly block is read: 1192 months, none of the annual rows.
        #expect(payloads[0].count == 1192)
    }

    @Test("a truncated zip is malformed content")
    func truncatedZip() async throws {
        let monthly = try SharedData.table("factors/ff3_monthly.csv").suffix(24)
        let annual = try SharedData.table("factors/ff3_annual.csv").suffix(2)
        let body = Array(try ProviderFixtures.frenchZip(monthly: monthly, annual: annual).dropLast(40))
        let error = await ProviderTestKit.dataError {
            try await ProviderTestKit.withServer({ _, _, _ in .ok(body) }) { server in
                _ = try await ProviderTestKit.fetch(.french, ["ff3_monthly"], from: server)
            }
        }
        #expect(error?.code == .badInput)
        #expect(error?.message == "not a zip archive (truncated or corrupt)")
    }
}
