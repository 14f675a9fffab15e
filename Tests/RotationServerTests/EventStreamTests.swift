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
        let configuration = ServerFixture.configuration(store: store, eventPollSeconds: 0.1, eventStreamSeconds: 3)
        let first = folder.appendingPathComponent("NEW.csv"), second = folder.appendingPathComponent("OTHER.csv")
        try Data("date,close\n2025-01-02,10\n".utf8).write(to: first)
        try Data("date,close\n2025-01-02,20\n".utf8).write(to: second)
        try await ServerFixture.withApp(configuration) { client in
            async let body = client.execute(uri: "/events", method: .get)
            let service = RotationService(location: .sqlite(path: store))
            try await Task.sleep(for: .milliseconds(500))
            _ = try await service.importFiles(ImportRequest(paths: [first.path]))
            // A second import well inside the stream's life, however late the stream started.
            try await Task.sleep(for: .milliseconds(1000))
            _ = try await service.importFiles(ImportRequest(paths: [second.path]))
            let response = try await body
            let text = String(decoding: ServerFixture.bytes(response), as: UTF8.self)
            #expect(response.headers[.contentType] == "text/event-stream")
            #expect(text.hasPrefix("retry: 3000\nevent: version\ndata: "))
            #expect(text.contains("event: import\ndata: 2:"), "\(text)")
        }
    }
}
