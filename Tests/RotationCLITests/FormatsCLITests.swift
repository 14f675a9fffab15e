import Foundation
import Testing

/// `--format table|csv|md|json`, `--table` and `--out` (issue 18, item 2) through the built binary,
/// on ../shared/data files named in place of symbols (no store). The golden files were written by
/// this code (`ROTATION_UPDATE_GOLDEN=1`) and checked as Golden/formats/README.md says.
@Suite(.serialized)
struct FormatsCLITests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/formats")
    static let prices = "../shared/data/prices/"
    static let constituents = "../shared/data/constituents/"
    /// A store path that is never created: every command here reads files.
    static let db = FileManager.default.temporaryDirectory.appendingPathComponent("rotation-formats-never.sqlite").path

    static let perf = ["perf", prices + "RUT.csv", prices + "GSPC.csv", "--window", "week", "--window", "ytd", "--window", "1y",
                       "--as-of", "2025-12-12"]
    static let relative = ["relative", prices + "RUT.csv", prices + "GSPC.csv", "--period", "month", "--from", "2025-01-01",
                           "--as-of", "2025-12-12"]
    static let highs = ["highs", prices + "RUT.csv", prices + "GSPC.csv", prices + "IXIC.csv", "--as-of", "2025-12-12"]
    static let metrics = ["metrics", prices + "RUT.csv", "--benchmark", prices + "GSPC.csv", "--from", "2025-01-01",
                          "--to", "2025-12-12", "--rolling", "63"]
    static let breadth = ["breadth", "--members", constituents + "IWM_holdings_2025-11-05.csv",
                          "--prices", constituents + "smallcap_adj_closes_wide.csv", "--from", "2025-12-01", "--to", "2025-12-10"]

    /// Runs `arguments` and compares stdout with the golden file byte for byte.
    func expectGolden(_ arguments: [String], _ name: String) throws {
        let outcome = try CLIRunner.run(arguments + ["--db", Self.db])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.isEmpty, "\(outcome.stderr)")
        let file = Self.golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["ROTATION_UPDATE_GOLDEN"] == "1" {
            try Data(outcome.stdout.utf8).write(to: file)
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(outcome.stdout == expected, "\(name) differs:\n\(outcome.stdout)")
    }

    /// Each golden file and the command that writes it.
    static let goldens: [(String, [String])] = [
        ("perf.csv", perf + ["--format", "csv"]), ("perf.md", perf + ["--format", "md"]),
        ("relative.csv", relative + ["--format", "csv"]),
        ("relative-streaks.csv", relative + ["--format", "csv", "--table", "streaks"]),
        ("relative.md", relative + ["--format", "md"]),
        ("highs.csv", highs + ["--format", "csv"]), ("highs.md", highs + ["--format", "md"]),
        ("metrics.csv", metrics + ["--format", "csv"]),
        ("metrics-rolling.csv", metrics + ["--format", "csv", "--table", "rolling"]),
        ("metrics.md", metrics + ["--format", "md"]),
        ("breadth.csv", breadth + ["--format", "csv"]), ("breadth.md", breadth + ["--format", "md"]),
    ]

    @Test("CSV and Markdown of perf, relative, highs, metrics and breadth equal their golden files", arguments: goldens)
    func golden(file: String, arguments: [String]) throws {
        try expectGolden(arguments, file)
    }

    @Test("--format json writes the same bytes as --json", arguments: [perf, metrics, relative])
    func formatJSONIsJSON(arguments: [String]) throws {
        let json = try CLIRunner.run(arguments + ["--json", "--db", Self.db])
        let format = try CLIRunner.run(arguments + ["--format", "json", "--db", Self.db])
        #expect(json.status == 0 && format.status == 0, "\(json.stderr)\(format.stderr)")
        #expect(!json.stdout.isEmpty && json.stdout == format.stdout)
    }

    @Test("--json with --format csv is a usage error (64)")
    func twoFormats() throws {
        let outcome = try CLIRunner.run(Self.perf + ["--json", "--format", "csv", "--db", Self.db])
        #expect(outcome.status == 64, "\(outcome.stderr)")
    }

    @Test("--table naming no table of the answer is a usage error (64) listing the tables")
    func unknownTable() throws {
        let outcome = try CLIRunner.run(Self.relative + ["--format", "csv", "--table", "nope", "--db", Self.db])
        #expect(outcome.status == 64)
        #expect(outcome.stderr == "rotation: error: --table nope: no such table in this answer; tables: periods, streaks\n")
    }

    @Test("--out writes exactly what stdout would have shown, and leaves no temporary file")
    func outWritesFile() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let out = dir.appendingPathComponent("perf.csv")
        let written = try CLIRunner.run(Self.perf + ["--format", "csv", "--out", out.path, "--db", Self.db])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.isEmpty)
        let shown = try CLIRunner.run(Self.perf + ["--format", "csv", "--db", Self.db])
        #expect(try String(contentsOf: out, encoding: .utf8) == shown.stdout)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["perf.csv"])
    }

    @Test("--out on a path that cannot be created exits 73 with one line and creates nothing")
    func outCannotCreate() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let out = dir.appendingPathComponent("missing/perf.csv")
        let outcome = try CLIRunner.run(Self.perf + ["--format", "csv", "--out", out.path, "--db", Self.db])
        #expect(outcome.status == 73)
        #expect(outcome.stderr == "rotation: error: \(out.path): cannot create the file\n")
        #expect(outcome.stdout.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test("--out writes nothing when the command fails")
    func outNothingOnError() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let out = dir.appendingPathComponent("perf.csv")
        let outcome = try CLIRunner.run(["perf", Self.prices + "NOPE.csv", "--format", "csv", "--out", out.path, "--db", Self.db])
        #expect(outcome.status == 66, "\(outcome.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test("metrics --rolling prints the series' head and tail and how to get all of it")
    func rollingText() throws {
        let outcome = try CLIRunner.run(Self.metrics + ["--db", Self.db])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("Rolling 63-day volatility (annual), Sharpe, beta and correlation\n"))
        #expect(outcome.stdout.contains("2025-12-12"))
        #expect(outcome.stdout.contains(" not shown; all of them: --format csv --table rolling\n"), "\(outcome.stdout)")
    }

    @Test("highs says since when a record close is the first (the previous record in the JSON)")
    func firstRecordSince() throws {
        let outcome = try CLIRunner.run(Self.highs + ["--db", Self.db])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains(" is the first since "), "\(outcome.stdout)")
    }

    @Test("check --format csv lists the claims with the stated digits: \"1.4%\" is 0.014 in CSV and JSON")
    func checkCSV() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let db = dir.appendingPathComponent("store.sqlite").path
        let imported = try CLIRunner.run(["import", Self.prices + "RUT.csv", Self.prices + "GSPC.csv", "--db", db])
        #expect(imported.status == 0, "\(imported.stderr)")
        let article = dir.appendingPathComponent("article.txt")
        try "December 12, 2025\n\nThe Russell 2000 rose 1.4% for the week.\n".write(to: article, atomically: true, encoding: .utf8)
        let csv = try CLIRunner.run(["check", article.path, "--format", "csv", "--db", db])
        #expect(csv.status == 0, "\(csv.stderr)")
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.first == "verdict,subject,kind,window,unit,stated,computed,phrase,explanation")
        // Computed by hand: 2551.46 / 2521.48 − 1 (the week from 2025-12-05 to 2025-12-12).
        #expect(lines.dropFirst().first?.hasPrefix("contradicted,RUT,return,week to 2025-12-12,fraction,0.014,0.01188984247346") == true,
                "\(csv.stdout)")
        let json = try CLIRunner.run(["check", article.path, "--json", "--db", db])
        #expect(json.stdout.contains("\"stated\" : 0.014,"), "\(json.stdout)")
    }
}
