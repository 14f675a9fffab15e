import Foundation
import Hummingbird
import HummingbirdTesting
import RotationApp
import Testing
@testable import RotationServer

/// `/events` announces the import log's version, then an `import` event when it changes.
struct EventStreamTests {
    @Test("imports during the stream produce import events carrying the new version")
    func importEvent() async throws {
        let folder = try ServerFixture.temporaryDirectory()
        let store = folder.appendingPathComponent("store.sqlite").path
        let configuration = ServerFixture.configuration(store: store, eventPollSeconds: 0.1, eventStreamSeconds: 20)
        try await ServerFixture.withApp(configuration) { client in
            let service = RotationService(location: .sqlite(path: store))
            // Import a new file every 300 ms for as long as the stream lives (20 s: the whole
            // suite in parallel on two cores can starve the stream and the imports for seconds),
            // so imports land inside its life however late the stream starts.
            let importer = Task {
                var n = 0
                while !Task.isCancelled {
                    n += 1
                    let file = folder.appendingPathComponent("S\(n).csv")
                    try Data("date,close\n2025-01-02,\(n)\n".utf8).write(to: file)
                    _ = try await service.importFiles(ImportRequest(paths: [file.path]))
                    try await Task.sleep(for: .milliseconds(300))
                }
            }
            let response = try await client.execute(uri: "/events", method: .get)
            importer.cancel()
            _ = try? await importer.value
            let text = String(decoding: ServerFixture.bytes(response), as: UTF8.self)
            #expect(response.headers[.contentType] == "text/event-stream")
            #expect(text.hasPrefix("retry: 3000\nevent: version\ndata: "))
            // Every `import` event carries a token different from the one before it.
            let tokens = text.components(separatedBy: "\n").filter { $0.hasPrefix("data: ") }
            #expect(tokens.count >= 2, "\(text)")
            #expect(zip(tokens, tokens.dropFirst()).allSatisfy { $0 != $1 }, "\(text)")
            #expect(text.contains("event: import\ndata: "), "\(text)")
        }
    }
}
