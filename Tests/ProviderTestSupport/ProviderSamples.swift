import Foundation

/// Real answers of the data sources in `../shared/provider-samples` (beside the package root),
/// read at test time and never copied into the repository. Each sample's origin and byte-level
/// facts are in its `*.source.txt`; the counts tests check come from the README there.
public enum ProviderSamples {
    /// `…/shared/provider-samples`.
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/provider-samples")

    /// The bytes of `shared/provider-samples/RELATIVE`, exactly as stored.
    public static func bytes(_ relative: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: root.appendingPathComponent(relative)))
    }

    /// The sample as the loopback server's answer: status 200, the given content type, the bytes.
    public static func answer(_ relative: String, contentType: String) throws -> LoopbackServer.Reply {
        .answer(200, headers: [("Content-Type", contentType)], body: try bytes(relative))
    }
}
