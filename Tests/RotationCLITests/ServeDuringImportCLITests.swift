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
        for _ in 0..<300 where !up {
            up = await Self.get(symbolsURL).status == 200
            if !up { try await Task.sleep(for: .milliseconds(100)) }
        }
        try #require(up, "the server did not answer within 30 s")

        let writer = try ConcurrentImportCLITests.start(["import"] + files + ["--db", db], in: dir, name: "writer")
        // Alternately the symbol list (compared below) and a performance report for a day not
        // asked before, so that reads reach the store during the import instead of the server's
        // kept answers.
        var answers: [(status: Int, body: String)] = [], reports: [Int] = []
        let days = (1...12).flatMap { month in (1...28).map { String(format: "2024-%02d-%02d", month, $0) } }
        while writer.isRunning || answers.isEmpty {
            answers.append(await Self.get(symbolsURL))
            let day = days[reports.count % days.count]
            let perf = try #require(URL(string: "http://127.0.0.1:\(port)/api/perf?symbols=\(seedSymbol)&as_of=\(day)"))
            reports.append(await Self.get(perf).status)
        }
        writer.waitUntilExit()
        #expect(writer.terminationStatus == 0)
        let after = try CLIRunner.run(["symbols", "--db", db, "--json"]).stdout
        #expect(before != after)
        // The API's body is the CLI's `--json` document (RotationServerTests checks that), so
        // each answer must be one of the two.
        #expect(answers.allSatisfy { $0.status == 200 }, "\(answers.filter { $0.status != 200 }.map(\.status))")
        #expect(answers.allSatisfy { $0.body == before || $0.body == after })
        #expect(answers.count >= 2, "only \(answers.count) reads during the import")
        #expect(reports.allSatisfy { $0 == 200 }, "\(reports.filter { $0 != 200 })")
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
}
