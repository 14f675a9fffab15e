import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import RotationServer

/// `POST /api/import` exists only with a write token and needs it as a bearer token.
struct ImportRouteTests {
    static let csv = "date,open,high,low,close,adj_close,volume\n2025-01-02,1,2,0.5,1.5,1.5,100\n2025-01-03,1.5,2,1,1.75,1.75,100\n"

    /// A store of its own, so imports do not change the shared fixture.
    func freshStore() throws -> String {
        try ServerFixture.temporaryDirectory().appendingPathComponent("store.sqlite").path
    }

    @Test("without a write token the import route does not exist")
    func absentWithoutToken() async throws {
        try await ServerFixture.withApp(ServerFixture.configuration(store: try freshStore())) { client in
            try await client.execute(uri: "/api/import?file=ABC.csv", method: .post, headers: [.authorization: "Bearer x"],
                                     body: ByteBuffer(string: Self.csv)) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test("a missing or wrong bearer token answers 401 and leaves the store unchanged")
    func unauthorized() async throws {
        try await ServerFixture.withApp(ServerFixture.configuration(store: try freshStore(), writeToken: "s3cret")) { client in
            try await client.execute(uri: "/api/import?file=ABC.csv", method: .post, body: ByteBuffer(string: Self.csv)) { response in
                #expect(response.status == .unauthorized)
                #expect(response.headers[.wwwAuthenticate] == "Bearer realm=\"rotation\"")
            }
            try await client.execute(uri: "/api/import?file=ABC.csv", method: .post, headers: [.authorization: "Bearer s3cre"],
                                     body: ByteBuffer(string: Self.csv)) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(uri: "/api/symbols", method: .get) { response in
                #expect((ServerFixture.object(response)["symbols"] as? [Any])?.isEmpty == true)
            }
        }
    }

    @Test("with the token the file is imported and listed, and a repeat reports it unchanged")
    func imports() async throws {
        try await ServerFixture.withApp(ServerFixture.configuration(store: try freshStore(), writeToken: "s3cret")) { client in
            let headers: HTTPFields = [.authorization: "Bearer s3cret"]
            try await client.execute(uri: "/api/import?file=ABC.csv", method: .post, headers: headers, body: ByteBuffer(string: Self.csv)) { response in
                #expect(response.status == .ok)
                let report = (ServerFixture.object(response)["imports"] as? [[String: Any]])?.first
                #expect(report?["symbol"] as? String == "ABC")
                #expect(report?["added"] as? Int == 2)
                #expect(report?["file"] as? String == "ABC.csv")
            }
            try await client.execute(uri: "/api/import?file=ABC.csv", method: .post, headers: headers, body: ByteBuffer(string: Self.csv)) { response in
                #expect((ServerFixture.object(response)["imports"] as? [[String: Any]])?.first?["unchanged"] as? Int == 2)
            }
            try await client.execute(uri: "/api/import?file=../x.csv", method: .post, headers: headers, body: ByteBuffer(string: Self.csv)) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/api/import?file=BAD.csv", method: .post, headers: headers,
                                     body: ByteBuffer(string: "date,close\n2025-01-02,n/a\n")) { response in
                #expect(response.status == .badRequest)
                #expect(ServerFixture.errorMessage(response)?.hasPrefix("BAD.csv:2") == true)
            }
            try await client.execute(uri: "/api/symbols", method: .get) { response in
                #expect((ServerFixture.object(response)["symbols"] as? [[String: Any]])?.map { $0["symbol"] as? String } == ["ABC"])
            }
        }
    }
}
