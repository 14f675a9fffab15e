import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `--chart FILE.svg` (issue 18, item 3) through the built binary, on ../shared/data files named
/// in place of symbols (no store). What each chart holds is tested in RotationAppTests
/// (CommandChartsTests); here: the file is written, is one well-formed SVG document, works with
/// any --format, and a path that cannot be created is exit 73 with nothing written.
@Suite(.serialized)
struct ChartsCLITests {
    static let prices = "../shared/data/prices/"
    static let db = FileManager.default.temporaryDirectory.appendingPathComponent("rotation-charts-never.sqlite").path
    static let perf = ["perf", prices + "RUT.csv", prices + "GSPC.csv", "--window", "ytd", "--window", "1y", "--as-of", "2025-12-12"]

    /// The root element's name when `data` is well-formed XML, else nil.
    func rootElement(_ data: Data) -> String? {
        final class Root: NSObject, XMLParserDelegate {
            var name: String?
            func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                        attributes: [String: String] = [:]) {
                if name == nil { name = elementName }
            }
        }
        let root = Root()
        let parser = XMLParser(data: data)
        parser.delegate = root
        return parser.parse() ? root.name : nil
    }

    static let commands: [[String]] = [
        perf,
        ["relative", prices + "RUT.csv", prices + "GSPC.csv", "--period", "month", "--from", "2025-01-01", "--as-of", "2025-12-12"],
        ["cycles", prices + "RUT.csv", prices + "GSPC.csv", "--as-of", "2025-12-12"],
        ["metrics", prices + "RUT.csv", "--benchmark", prices + "GSPC.csv", "--from", "2025-01-01", "--to", "2025-12-12"],
        ["rrg", prices + "RUT.csv", prices + "IXIC.csv", "--benchmark", prices + "GSPC.csv", "--as-of", "2025-12-12"],
        ["breadth", "--members", "../shared/data/constituents/IWM_holdings_2025-11-05.csv",
         "--prices", "../shared/data/constituents/smallcap_adj_closes_wide.csv", "--from", "2025-12-01", "--to", "2025-12-10"],
    ]

    @Test("--chart writes one well-formed <svg> document and leaves stdout as it was", arguments: commands)
    func writesSVG(arguments: [String]) throws {
        let dir = try CLIRunner.temporaryDirectory()
        let chart = dir.appendingPathComponent("chart.svg")
        let outcome = try CLIRunner.run(arguments + ["--json", "--chart", chart.path, "--db", Self.db])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let plain = try CLIRunner.run(arguments + ["--json", "--db", Self.db])
        #expect(outcome.stdout == plain.stdout)
        let data = try Data(contentsOf: chart)
        #expect(String(decoding: data, as: UTF8.self).hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(rootElement(data) == "svg")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["chart.svg"])
    }

    @Test("--chart works with --format csv and --out: both files are written")
    func withFormatAndOut() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let chart = dir.appendingPathComponent("perf.svg"), out = dir.appendingPathComponent("perf.csv")
        let outcome = try CLIRunner.run(Self.perf + ["--format", "csv", "--out", out.path, "--chart", chart.path, "--db", Self.db])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.isEmpty)
        #expect(try String(contentsOf: out, encoding: .utf8).hasPrefix("symbol,"))
        #expect(rootElement(try Data(contentsOf: chart)) == "svg")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["perf.csv", "perf.svg"])
    }

    @Test("--chart on a path that cannot be created exits 73 with one line; nothing is written, not even --out or stdout")
    func cannotCreate() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let chart = dir.appendingPathComponent("missing/perf.svg"), out = dir.appendingPathComponent("perf.csv")
        let outcome = try CLIRunner.run(Self.perf + ["--chart", chart.path, "--db", Self.db])
        #expect(outcome.status == 73)
        #expect(outcome.stderr == "rotation: error: \(chart.path): cannot create the file\n")
        #expect(outcome.stdout.isEmpty)
        let withOut = try CLIRunner.run(Self.perf + ["--format", "csv", "--out", out.path, "--chart", chart.path, "--db", Self.db])
        #expect(withOut.status == 73)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }
}
