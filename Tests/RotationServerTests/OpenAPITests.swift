import Foundation
import Hummingbird
import HummingbirdTesting
import RotationApp
import Testing
@testable import RotationServer

/// `/openapi.json` describes exactly the routes the router has, with every command's parameters.
struct OpenAPITests {
    func document(_ configuration: ServerConfiguration) async throws -> [String: Any] {
        let bytes = try await ServerFixture.withApp(configuration) { client in
            let response = try await client.execute(uri: "/openapi.json", method: .get)
            #expect(response.status == .ok)
            return ServerFixture.bytes(response)
        }
        return try #require(try JSONSerialization.jsonObject(with: bytes) as? [String: Any])
    }

    @Test("the document's paths and methods are exactly the router's routes", arguments: [nil, "secret"])
    func matchesRouter(token: String?) async throws {
        let configuration = ServerFixture.configuration(store: try await ServerFixture.storePath(), writeToken: token)
        let router = try buildRouter(try ServerState(configuration: configuration), version: "test")
        let routed = Set(router.routes.map { "\($0.method.rawValue.lowercased()) \($0.path.description)" })
        let document = try await document(configuration)
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let documented = Set(paths.flatMap { path, operations in operations.keys.map { "\($0) \(path)" } })
        #expect(routed == documented)
        #expect(documented.contains("post /api/import") == (token != nil))
    }

    @Test("each command's documented query parameters are its parameter table")
    func parameters() async throws {
        let document = try await document(ServerFixture.configuration(store: try await ServerFixture.storePath()))
        let paths = try #require(document["paths"] as? [String: [String: [String: Any]]])
        for command in ReadCommand.allCases {
            let operation = try #require(paths["/api/\(command.rawValue)"]?["get"])
            let names = (operation["parameters"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
            #expect(names == command.parameters.map(\.name), "\(command)")
        }
    }

    @Test("every CLI option of a read-only command is an API parameter (snake_case), except the text-only ones")
    func cliOptionsCovered() throws {
        // Options that only shape the CLI's text output or where it reads from.
        let textOnly: Set = ["db", "json", "rows", "top", "format", "out", "chart", "help", "version"]
        for command in ReadCommand.allCases where command != .symbols {
            let run = try ServerFixture.runCLI([command.rawValue, "--experimental-dump-help"])
            let help = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
            let arguments = ((help["command"] as? [String: Any])?["arguments"] as? [[String: Any]]) ?? []
            let names = Set(command.parameters.map(\.name))
            for argument in arguments {
                guard let kind = argument["kind"] as? String, kind != "positional",
                      let long = (argument["names"] as? [[String: Any]])?.first(where: { $0["kind"] as? String == "long" })?["name"] as? String,
                      !textOnly.contains(long) else { continue }
                #expect(names.contains(long.replacingOccurrences(of: "-", with: "_")), "\(command): --\(long) has no API parameter")
            }
        }
    }
}
