import RotationCore
import RotationData

/// The use cases. Both front ends (CLI, server) call these and nothing else: Codable request
/// values in, Codable results out, so the same number comes out of the library, the CLI and
/// the API.
public struct RotationService: Sendable {
    public let source: SeriesSource

    public init(source: SeriesSource) {
        self.source = source
    }

    /// A service over the store a location names (opened lazily).
    public init(location: StoreLocation) {
        self.source = SeriesSource(location: location)
    }
}
