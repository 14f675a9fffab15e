import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import RotationApp
import Testing
@testable import RotationServer

/// A store loaded once from `../shared/data` (every price file, the Fed funds rate and the
/// monthly Fama–French factors), the built `rotation` binary, and apps over that store.
enum ServerFixture {
    /// The package root (…/Tests/RotationServerTests/ServerFixture.swift → three levels up).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/data` beside the package root.
    static let sharedData = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")

    /// Path of the loaded store.
    static func storePath() async throws -> String {
        try await loaded.value
    }

    private static let loaded = Task<String, any Error> {
        let folder = try temporaryDirectory()
        let path = folder.appendingPathComponent("store.sqlite").path
        let service = RotationService(location: .sqlite(path: path))
        _ = try await service.importFiles(ImportRequest(paths: [
            sharedData.appendingPathComponent("prices").path,
            sharedData.appendingPathComponent("rates/DFF.csv").path,
            sharedData.appendingPathComponent("factors/ff3_monthly.csv").path,
        ]))
        return path
    }

    /// A fresh temporary folder.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rotation-server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A configuration over the fixture store (files from `../shared/data`).
    static func configuration(store: String, writeToken: String? = nil, filesRoot: String? = sharedData.path,
                              eventPollSeconds: Double = 1, eventStreamSeconds: Double = 300) -> ServerConfiguration {
        ServerConfiguration(host: "127.0.0.1", port: 0, store: .sqlite(path: store), writeToken: writeToken, filesRoot: filesRoot,
                            eventPollSeconds: eventPollSeconds, eventStreamSeconds: eventStreamSeconds, logLevel: .warning)
    }

    /// Runs `body` against the app in-process (Hummingbird's router test mode).
    static func withApp<T: Sendable>(_ configuration: ServerConfiguration? = nil,
                                     _ body: @Sendable (any TestClientProtocol) async throws -> T) async throws -> T {
        let chosen: ServerConfiguration
        if let configuration { chosen = configuration } else { chosen = Self.configuration(store: try await storePath()) }
        let app = try await buildApplication(chosen)
        return try await app.test(.router, body)
    }

    /// The built `rotation` binary.
    static let binary: URL = {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("rotation").path), folder.path != "/" {
            folder = folder.deletingLastPathComponent()
        }
        let candidate = folder.appendingPathComponent("rotation")
        if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        return packageRoot.appendingPathComponent(".build/debug/rotation")
    }()

    /// Runs the CLI with arguments in `folder` (default `../shared/data`); returns its exit status
    /// and stdout bytes.
    static func runCLI(_ arguments: [String], in folder: URL = sharedData) throws -> (status: Int32, stdout: Data) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "ROTATION_DB")
        process.environment = environment
        process.currentDirectoryURL = folder
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, data)
    }

    /// A response body's bytes.
    static func bytes(_ response: TestResponse) -> Data {
        Data(response.body.readableBytesView)
    }

    /// A response body parsed as a JSON object.
    static func object(_ response: TestResponse) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: bytes(response))) as? [String: Any] ?? [:]
    }

    /// The `error.message` of an error response.
    static func errorMessage(_ response: TestResponse) -> String? {
        (object(response)["error"] as? [String: Any])?["message"] as? String
    }

    /// Expects `GET uri` to answer 200 with exactly the bytes `rotation ARGUMENTS --db STORE --json`
    /// prints on the same store.
    static func expectAPIMatchesCLI(_ uri: String, _ arguments: [String]) async throws {
        let store = try await storePath()
        let cli = try runCLI(arguments + ["--db", store, "--json"])
        #expect(cli.status == 0, "CLI \(arguments) exited \(cli.status)")
        try await withApp { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .ok, "\(uri): \(String(decoding: bytes(response), as: UTF8.self))")
                #expect(bytes(response) == cli.stdout, "\(uri) differs from rotation \(arguments.joined(separator: " ")) --json")
            }
        }
    }
}
