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
        #expect(Set(first.keys) == ["text", "kind", "subject", "window", "stated", "computed", "verdict", "explanation",
                                    "phrase", "offset", "reading"])
        // The reading: the stated phrase, where its number stands, how subject, window and measure were read.
        let reading = try #require(first["reading"] as? [String: Any])
        #expect(Set(reading.keys) == ["subject", "window", "measure", "doubts"])
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let offset = try #require(first["offset"] as? Int)
        #expect(String(String.UnicodeScalarView(Array(text.unicodeScalars)[offset..<(offset + 4)])) == "1.2%")
        #expect(claims.contains { ($0["explanation"] as? String)?.contains("as a total return (IWM, dividends reinvested)") == true })
    }

    @Test("without --json the report lists each claim verdict first, with the stated phrase and the explanation")
    func textReport() throws {
        let path = Self.articles.appendingPathComponent("small-caps-record-week.txt").path
        let outcome = try CLIRunner.run(["check", path, "--db", Self.db])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let lines = outcome.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "As of 2025-12-12: 14 claims (10 confirmed, 1 close, 3 contradicted)")
        // Hand-verified in Articles/small-caps-record-week.expected.json (verify.py): the Dow's
        // week was +1.05%, not +2.1%; the record close 2,590.61 is confirmed.
        let dow = try #require(lines.firstIndex { $0.contains("\"gained 2.1%") })
        #expect(lines[dow - 1].hasPrefix("CONTRADICTED") && lines[dow - 1].contains("DJI") && lines[dow - 1].contains("stated +2.10%"))
        let record = try #require(lines.firstIndex { $0.contains("record_close") })
        #expect(lines[record].hasPrefix("CONFIRMED") && lines[record].contains("2,590.61"))
        #expect(lines.allSatisfy { $0.count <= 160 })
        #expect(!outcome.stdout.contains("{"))
    }

    static let members = articles.appendingPathComponent("members")

    @Test("--members, --prices and --holdings check breadth and valuation claims (Articles/members, verify.py)")
    func breadthAndValuation() throws {
        let holdings = CLIRunner.sharedData.appendingPathComponent("constituents/IWM_holdings_2025-11-05.csv").path
        let wide = CLIRunner.sharedData.appendingPathComponent("constituents/smallcap_adj_closes_wide.csv").path
        let outcome = try CLIRunner.run(["check", Self.members.appendingPathComponent("breadth-nov-2025.txt").path,
                                         "--members", holdings, "--prices", wide,
                                         "--holdings", Self.members.appendingPathComponent("fundamentals.csv").path,
                                         "--db", Self.db, "--json"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let claims = try #require(try CLIRunner.json(outcome)["claims"] as? [[String: Any]])
        func claim(_ kind: String, _ stated: Double) -> [String: Any]? {
            claims.first { $0["kind"] as? String == kind && (($0["stated"] as? NSNumber)?.doubleValue).map { abs($0 - stated) < 1e-9 } == true }
        }
        // members.py: 76.1% of the 1,801 members with closes fell on 2025-11-13; 45.5% rose on 2025-11-12.
        let down = try #require(claim("breadth", 0.76))
        #expect(down["verdict"] as? String == "confirmed" && abs(((down["computed"] as? NSNumber)?.doubleValue ?? 0) - 0.761244) < 1e-6)
        let up = try #require(claim("breadth", 0.6))
        #expect(up["verdict"] as? String == "contradicted" && up["window"] as? String == "1d to 2025-11-12")
        // Hand calculation over fundamentals.csv: 15,000 / 810 = 18.52 forward, 15,000 / 500 = 30.0 trailing.
        let forward = try #require(claim("valuation", 18.5))
        #expect(forward["verdict"] as? String == "confirmed" && abs(((forward["computed"] as? NSNumber)?.doubleValue ?? 0) - 15000.0 / 810) < 1e-9)
        let trailing = try #require(claim("valuation", 25))
        #expect(trailing["verdict"] as? String == "contradicted" && (trailing["computed"] as? NSNumber)?.doubleValue == 30)
    }

    @Test("without --members and --holdings breadth and valuation claims are unverifiable and say what to pass")
    func breadthWithoutMembers() throws {
        let outcome = try CLIRunner.run(["check", Self.members.appendingPathComponent("breadth-nov-2025.txt").path, "--db", Self.db, "--json"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let claims = try #require(try CLIRunner.json(outcome)["claims"] as? [[String: Any]])
        let breadth = claims.filter { $0["kind"] as? String == "breadth" }
        #expect(breadth.count == 2 && breadth.allSatisfy { $0["verdict"] as? String == "unverifiable" })
        #expect((breadth.first?["explanation"] as? String)?.contains("--members") == true)
        let valuation = claims.filter { $0["kind"] as? String == "valuation" }
        #expect(valuation.count == 2 && valuation.allSatisfy { ($0["explanation"] as? String)?.contains("--holdings") == true })
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
