import Foundation
import RotationApp

/// One temporary SQLite store with every price file of `../shared/data/prices`, shared by the
/// checker tests that run through the use case (`RotationService.check`, as the CLI does).
enum CheckTestStore {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    private static let shared = Task<RotationService, any Error> {
        let path = try BriefTestStore.temporaryDirectory().appendingPathComponent("check.sqlite").path
        let service = RotationService(location: .sqlite(path: path))
        let prices = BriefTestStore.sharedData.appendingPathComponent("prices")
        let files = try FileManager.default.contentsOfDirectory(atPath: prices.path).filter { $0.hasSuffix(".csv") }.sorted()
            .map { prices.appendingPathComponent($0).path }
        _ = try await service.importFiles(ImportRequest(paths: files))
        return service
    }

    static func service() async throws -> RotationService { try await shared.value }
}
