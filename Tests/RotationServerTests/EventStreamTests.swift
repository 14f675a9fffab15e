import Foundation
import Hummingbird
import HummingbirdTesting
import RotationApp
import Testing
@testable import RotationServer

/// `/events` announces the import log's version, then an `import` event when it changes.
struct EventStreamTests {
    @Test("an import during the stream produces an import event")
    func importEvent() async throws {
        let folder = try ServerFixture.temporaryDirectory()
        let store = folder.appendingPathComponent("store.sqlite").path
        let configuration = ServerFixture.configuration(store: store, eventPollSeconds: 0.1, eventStreamSeconds: 1.5)
        let csv = folder.appendingPathComponent("NEW.csv")
        try Data("date,close\n2025-01-02,10\n".utf8).write(to: csv)
        try await ServerFixture.withApp(configuration) { client in
            async let body = client.execute(uri: "/events", method: .get)
            try await Task.sleep(for: .milliseconds(400))
            _ = try await RotationService(location: .sqlite(path: store)).importFiles(ImportRequest(paths: [csv.path]))
            let response = try await body
            let text = String(decoding: ServerFixture.bytes(response), as: UTF8.self)
            #expect(response.headers[.contentType] == "text/event-stream")
            #expect(text.hasPrefix("retry: 3000\nevent: version\ndata: 0:\n\n"))
            #expect(text.contains("event: import\ndata: 1:"))
        }
    }
}
