import Foundation
import Hummingbird
import HummingbirdTesting
import RotationApp
import RotationData
import Testing
@testable import RotationServer

/// Responses carry an ETag (the body's hash) and Cache-Control; a matching If-None-Match gets 304.
struct CachingTests {
    @Test("the ETag is the FNV-1a hash of the body and a matching If-None-Match answers 304")
    func etagRoundTrip() async throws {
        try await ServerFixture.withApp { client in
            let first = try await client.execute(uri: "/api/highs?symbols=RUT", method: .get)
            let tag = try #require(first.headers[.eTag])
            #expect(tag == "\"\(ContentHash.fnv1a64(ServerFixture.bytes(first)))\"")
            #expect(first.headers[.cacheControl] == "no-cache")
            try await client.execute(uri: "/api/highs?symbols=RUT", method: .get, headers: [.ifNoneMatch: tag]) { response in
                #expect(response.status == .notModified)
                #expect(response.body.readableBytes == 0)
                #expect(response.headers[.eTag] == tag)
            }
            try await client.execute(uri: "/api/highs?symbols=RUT", method: .get, headers: [.ifNoneMatch: "\"other\""]) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test("pages carry an ETag too")
    func pagesTagged() async throws {
        try await ServerFixture.withApp { client in
            let page = try await client.execute(uri: "/cycles", method: .get)
            let tag = try #require(page.headers[.eTag])
            try await client.execute(uri: "/cycles", method: .get, headers: [.ifNoneMatch: "W/\(tag)"]) { response in
                #expect(response.status == .notModified)
            }
        }
    }

    @Test("a kept answer is recomputed once an import changes the import log")
    func cacheFollowsImports() async throws {
        let folder = try ServerFixture.temporaryDirectory()
        let store = folder.appendingPathComponent("store.sqlite").path
        let csv = folder.appendingPathComponent("NEW.csv")
        try Data("date,close\n2025-01-02,10\n".utf8).write(to: csv)
        let configuration = ServerFixture.configuration(store: store, eventPollSeconds: 0.05)
        try await ServerFixture.withApp(configuration) { client in
            let before = ServerFixture.object(try await client.execute(uri: "/api/symbols", method: .get))
            #expect((before["symbols"] as? [Any])?.count == 0)
            _ = try await RotationService(location: .sqlite(path: store)).importFiles(ImportRequest(paths: [csv.path]))
            try await Task.sleep(for: .milliseconds(200))
            let after = ServerFixture.object(try await client.execute(uri: "/api/symbols", method: .get))
            #expect((after["symbols"] as? [[String: Any]])?.first?["symbol"] as? String == "NEW")
        }
    }

    @Test("If-None-Match lists are matched element by element")
    func matching() {
        #expect(CachedResponse.matches("\"a\", \"b\"", tag: "\"b\""))
        #expect(CachedResponse.matches("*", tag: "\"b\""))
        #expect(!CachedResponse.matches("\"ab\"", tag: "\"b\""))
    }
}
