import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 10, item 4: the real `rotation serve` keeps answering reads while a `rotation import`
/// process writes all 26 price files into the same SQLite store.
struct ServeDuringImportCLITests {
    /// One answer the server gave.
    struct Read: Sendable {
        var path: String
        var status: Int
        var body: String
        /// The import was still running when the answer arrived.
        var duringImport: Bool
    }

    /// A TCP port on 127.0.0.1 that nothing listens on at the moment of asking.
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        try #require(bound, "cannot find a free port")
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// GET `url`: status and body (status 0 when the request failed).
    static func get(_ url: URL) async -> (status: Int, body: String) {
        var request = URLRequest(url: url)
        request.timeoutInterval = 30
        guard let (data, response) = try? await URLSession.shared.data(for: request) else { return (0, "") }
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    @Test("the server answers every read during an import, with the store before or after it", .timeLimit(.minutes(3)))
    func readsDuringImport() async throws {
        let files = try ConcurrentImportCLITests.priceFiles()
        let dir = try CLIRunner.temporaryDirectory()
        let db = dir.appendingPathComponent("store.sqlite").path
        let seedSymbol = URL(fileURLWithPath: files[0]).deletingPathExtension().lastPathComponent
        let seed = try CLIRunner.run(["import", files[0], "--db", db])
        #expect(seed.status == 0, "\(seed.stderr)")
        let before = try CLIRunner.run(["symbols", "--db", db, "--json"]).stdout

        let port = try Self.freePort()
        let server = try ConcurrentImportCLITests.start(["serve", "--db", db, "--port", "\(port)"], in: dir, name: "server")
        defer { server.terminate(); server.waitUntilExit() }
        let symbolsURL = try #require(URL(string: "http://127.0.0.1:\(port)/api/symbols"))
        var up = false
        for _ in 0..<600 where !up {
            up = await Self.get(symbolsURL).status == 200
            if !up { try await Task.sleep(for: .milliseconds(100)) }
        }
        try #require(up, "the server did not answer within 60 s")

        // All prices and the 1,996-ticker member matrix: an import of some seconds. Four readers
        // run throughout it, alternately asking for the symbol list (compared below) and for a
        // performance report for a day not asked before (so that reads reach the store, not the
        // server's kept answers); each notes whether the import was still running when its
        // answer came.
        let writer = try ConcurrentImportCLITests.start(["import"] + files + [MembersStoreCLITests.matrix, "--db", db],
                                                        in: dir, name: "writer")
        let days = (1...12).flatMap { month in (1...28).map { String(format: "2024-%02d-%02d", month, $0) } }
        let results = await withTaskGroup(of: [Read].self) { group in
            for reader in 0..<4 {
                group.addTask {
                    var reads: [Read] = []
                    var k = reader
                    repeat {
                        let symbols = await Self.get(symbolsURL)
                        reads.append(Read(path: "symbols", status: symbols.status, body: symbols.body, duringImport: writer.isRunning))
                        k += 4
                        guard let perf = URL(string: "http://127.0.0.1:\(port)/api/perf?symbols=\(seedSymbol)&as_of=\(days[k % days.count])") else { break }
                        let report = await Self.get(perf)
                        reads.append(Read(path: "perf", status: report.status, body: "", duringImport: writer.isRunning))
                    } while writer.isRunning
                    return reads
                }
            }
            return await group.reduce(into: []) { $0 += $1 }
        }
        writer.waitUntilExit()
        #expect(writer.terminationStatus == 0)
        let after = try CLIRunner.run(["symbols", "--db", db, "--json"]).stdout
        #expect(before != after)
        // The API's body is the CLI's `--json` document (RotationServerTests checks that), so
        // each symbol list must be one of the two.
        #expect(results.allSatisfy { $0.status == 200 }, "\(results.filter { $0.status != 200 }.map { "\($0.path) \($0.status)" })")
        #expect(results.filter { $0.path == "symbols" }.allSatisfy { $0.body == before || $0.body == after })
        #expect(results.contains { $0.duringImport }, "no read was answered while the import ran")
        // Kept answers are retired when the server sees the import log change (it looks about
        // once a second, docs/SERVER.md "Caching"): the new store shows within a few seconds.
        var fresh = false
        for _ in 0..<50 where !fresh {
            fresh = await Self.get(symbolsURL).body == after
            if !fresh { try await Task.sleep(for: .milliseconds(100)) }
        }
        #expect(fresh, "the server still answered with the old store 5 s after the import")
        #expect(server.isRunning)
    }

    /// Found while checking the PostgreSQL store through the server: `members=2025-12-10` (a
    /// stored snapshot, as `--members 2025-12-10` on the command line) was refused as a file.
    @Test("GET /api/breadth reads the store's snapshots as the CLI does: members=DATE, IWM@DATE, or none")
    func breadthFromStoredSnapshots() async throws {
        let db = try MembersStoreCLITests.db()
        let port = try Self.freePort()
        let dir = try CLIRunner.temporaryDirectory()
        let server = try ConcurrentImportCLITests.start(["serve", "--db", db, "--port", "\(port)"], in: dir, name: "server")
        defer { server.terminate(); server.waitUntilExit() }
        let base = "http://127.0.0.1:\(port)/api/breadth"
        var up = false
        for _ in 0..<600 where !up {
            up = await Self.get(try #require(URL(string: base + "?members=2025-12-10"))).status != 0
            if !up { try await Task.sleep(for: .milliseconds(100)) }
        }
        try #require(up, "the server did not answer within 60 s")
        for (query, arguments) in [("?members=2025-12-10", ["--members", "2025-12-10"]),
                                   ("?members=IWM@2025-12-10", ["--members", "IWM@2025-12-10"]),
                                   ("?as_of=2025-12-10", ["--as-of", "2025-12-10"])] {
            let answer = await Self.get(try #require(URL(string: base + query)))
            let cli = try CLIRunner.run(["breadth"] + arguments + ["--db", db, "--json"])
            #expect(answer.status == 200, "\(query): \(answer.body)")
            #expect(cli.status == 0, "\(cli.stderr)")
            #expect(answer.body == cli.stdout || answer.body + "\n" == cli.stdout, "\(query) differs from the CLI")
        }
        // A file is still confined: this server has no files folder.
        #expect(await Self.get(try #require(URL(string: base + "?members=constituents/smallcap_members.csv"))).status == 400)
    }
}
