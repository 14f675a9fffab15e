import Foundation
import Testing

/// `rotation check` through the built binary.
@Suite(.serialized)
struct CheckCLITests {
    static let articles = CLIRunner.packageRoot.appendingPathComponent("Tests/RotationAppTests/Articles")

    /// A store with the symbols the test article names.
    static let db: String = {
        let dir = try! CLIRunner.temporaryDirectory()
        let path = dir.appendingPathComponent("store.sqlite").path
        let files = ["RUT", "GSPC", "IXIC", "DJI", "IWM"].map { CLIRunner.sharedData.appendingPathComponent("prices/\($0).csv").path }
        let outcome = try! CLIRunner.run(["import"] + files + ["--db", path])
        precondition(outcome.status == 0, outcome.stderr)
        return path
    }()

    @Test("an article's claims come out as JSON with as_of from its dateline and the expected verdicts")
    func article() throws {
        let path = Self.articles.appendingPathComponent("small-caps-record-week.txt").path
        let outcome = try CLIRunner.run(["check", path, "--db", Self.db, "--json"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let document = try CLIRunner.json(outcome)
        #expect(document["as_of"] as? String == "2025-12-12")
        let claims = try #require(document["claims"] as? [[String: Any]])
        #expect(claims.count == 14)
        // Hand-verified in Articles/small-caps-record-week.expected.json (verify.py).
        let first = try #require(claims.first)
        #expect(first["verdict"] as? String == "confirmed" && first["subject"] as? String == "RUT")
        #expect(Set(first.keys) == ["text", "kind", "subject", "window", "stated", "computed", "verdict", "explanation"])
        #expect(claims.contains { ($0["explanation"] as? String)?.contains("as a total return (IWM, dividends reinvested)") == true })
    }

    @Test("- reads the article from standard input")
    func standardInput() throws {
        let outcome = try CLIRunner.run(["check", "-", "--as-of", "2025-12-12", "--db", Self.db, "--json"],
                                        stdin: "The Russell 2000 rose 1.2% for the week.")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let claims = try #require(try CLIRunner.json(outcome)["claims"] as? [[String: Any]])
        #expect(claims.count == 1 && claims.first?["verdict"] as? String == "confirmed")
    }

    @Test("a text without claims gives an empty list and exit 0")
    func noClaims() throws {
        let outcome = try CLIRunner.run(["check", "-", "--as-of", "2025-12-12", "--db", Self.db, "--json"],
                                        stdin: "Markets were quiet ahead of the holiday.")
        #expect(outcome.status == 0)
        #expect((try CLIRunner.json(outcome)["claims"] as? [Any])?.isEmpty == true)
    }

    @Test("a missing article exits 66; a binary one exits 65 naming the file")
    func unreadable() throws {
        let missing = try CLIRunner.run(["check", "no-such-article.txt", "--db", Self.db])
        #expect(missing.status == 66)
        #expect(missing.stderr == "rotation: error: no-such-article.txt: no such file or directory\n")
        let dir = try CLIRunner.temporaryDirectory()
        let binary = dir.appendingPathComponent("article.bin")
        try Data([0x00, 0xFF, 0xFE, 0x41]).write(to: binary)
        let bad = try CLIRunner.run(["check", binary.path, "--db", Self.db])
        #expect(bad.status == 65)
        #expect(bad.stderr == "rotation: error: \(binary.path): not UTF-8 text (binary or another encoding)\n")
    }
}
