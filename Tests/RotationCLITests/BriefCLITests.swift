import Foundation
import Testing

/// `brief --format html --out FILE` through the built binary.
@Suite(.serialized)
struct BriefCLITests {
    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test("brief --format html --out FILE writes one self-contained page with four charts and nothing on stdout")
    func htmlToFile() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let db = dir.appendingPathComponent("store.sqlite").path
        let prices = CLIRunner.sharedData.appendingPathComponent("prices")
        let files = ["RUT.csv", "GSPC.csv", "IXIC.csv"].map { prices.appendingPathComponent($0).path }
        let imported = try CLIRunner.run(["import"] + files + ["--db", db])
        #expect(imported.status == 0, "\(imported.stderr)")
        let out = dir.appendingPathComponent("brief.html")
        let outcome = try CLIRunner.run(["brief", "--as-of", "2025-12-12", "--format", "html", "--out", out.path, "--db", db])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.isEmpty)
        let html = try String(contentsOf: out, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
        #expect(Self.count("<svg", in: html) == 4)
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("<script"))
        #expect(html.contains("<code>rotation perf RUT GSPC IXIC --window week --as-of 2025-12-12</code>"))
        #expect(Self.count("<li id=\"fn-", in: html) == Self.count("<sup id=\"ref-", in: html))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test("brief --out into a missing directory fails with exit 73 (CANTCREAT) naming the file, as every --out")
    func unwritableOut() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let target = dir.appendingPathComponent("missing/brief.html").path
        let outcome = try CLIRunner.run(["brief", "--format", "html", "--out", target], environment: ["XDG_DATA_HOME": dir.path])
        #expect(outcome.status == 73)
        #expect(outcome.stderr == "rotation: error: \(target): cannot create the file\n")
    }
}
