import Foundation
import RotationApp

/// A temporary SQLite store holding RUT, GSPC and IXIC from `../shared/data/prices`, shared by
/// the brief tests.
enum BriefTestStore {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let sharedData = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rotation-brief-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A service over a fresh store with the three index files imported.
    static func service() async throws -> RotationService {
        let path = try temporaryDirectory().appendingPathComponent("store.sqlite").path
        let service = RotationService(location: .sqlite(path: path))
        let files = ["RUT.csv", "GSPC.csv", "IXIC.csv"].map { sharedData.appendingPathComponent("prices/\($0)").path }
        _ = try await service.importFiles(ImportRequest(paths: files))
        return service
    }
}
