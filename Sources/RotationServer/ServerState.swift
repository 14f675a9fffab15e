import Foundation
import Hummingbird
import RotationApp
import RotationData

/// What every handler shares: the configuration, the use cases over the opened store, the query
/// reader and the import-log watcher.
final class ServerState: Sendable {
    let configuration: ServerConfiguration
    let service: RotationService
    let query: QueryArguments
    let importLog: ImportLogWatcher
    let cache = ResponseCache()

    init(configuration: ServerConfiguration) throws {
        self.configuration = configuration
        let store = try StoreFactory.open(configuration.store)
        self.service = RotationService(source: SeriesSource(store: store, location: configuration.store))
        self.query = QueryArguments(maxQueryBytes: configuration.maxQueryBytes, filesRoot: configuration.filesRoot)
        self.importLog = ImportLogWatcher(store: store, minimumInterval: configuration.eventPollSeconds)
    }

    /// The request body, at most `maxBodyBytes` (413 beyond).
    func body(_ request: Request) async throws -> Data {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > configuration.maxBodyBytes {
            throw APIError(.contentTooLarge, "the request body is larger than \(configuration.maxBodyBytes) bytes")
        }
        do {
            let buffer = try await request.body.collect(upTo: configuration.maxBodyBytes)
            return Data(buffer.readableBytesView)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw APIError(.contentTooLarge, "the request body is larger than \(configuration.maxBodyBytes) bytes")
        }
    }

    /// A read-only command's `--json` document for this request's query.
    func commandJSON(_ command: ReadCommand, _ request: Request) async throws -> Data {
        let arguments = try query.arguments(request)
        return try await cached(request) { try await command.json(arguments, service: self.service) }
    }

    /// The body for a GET request: from the cache when nothing was imported since it was
    /// computed, else computed and kept.
    func cached(_ request: Request, _ compute: @escaping @Sendable () async throws -> Data) async throws -> Data {
        try await cached(key: request.uri.description, compute)
    }

    /// The body kept under `key` (a page's path and the parameters it reads), as `cached(_:_:)`.
    func cached(key: String, _ compute: @escaping @Sendable () async throws -> Data) async throws -> Data {
        try await cache.body(for: key, version: await importLog.version(), compute: compute)
    }
}
