import Foundation
import Testing

/// `--help` and `--version` on every level (CONTRACT: swift-argument-parser conventions).
struct HelpCLITests {
    @Test("--help prints usage on stdout and exits 0, at the top level and for every subcommand")
    func help() throws {
        let top = try CLIRunner.run(["--help"])
        #expect(top.status == 0, "\(top.stderr)")
        #expect(top.stdout.contains("USAGE: rotation"))
        #expect(top.stderr.isEmpty)
        for command in ["import", "perf", "brief", "check", "sweep", "events", "backtest"] {
            let outcome = try CLIRunner.run([command, "--help"])
            #expect(outcome.status == 0, "\(command): \(outcome.stderr)")
            #expect(outcome.stdout.contains("USAGE: rotation \(command)"), "\(command): \(outcome.stdout)")
        }
        let subcommand = try CLIRunner.run(["help", "perf"])
        #expect(subcommand.status == 0 && subcommand.stdout.contains("USAGE: rotation perf"), "\(subcommand.stderr)")
    }

    @Test("--version prints the version and exits 0")
    func version() throws {
        let outcome = try CLIRunner.run(["--version"])
        #expect(outcome.status == 0)
        #expect(!outcome.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
    }
}

/// Out-of-range parameters are usage errors (exit 64), never a trap in the core.
struct ParameterRangeCLITests {
    @Test("rrg --tail 0 and metrics --periods-per-year 0 exit 64 with one line")
    func outOfRange() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let db = folder.appendingPathComponent("store.sqlite").path
        let prices = CLIRunner.sharedData.appendingPathComponent("prices")
        let imported = try CLIRunner.run(["import", prices.appendingPathComponent("RUT.csv").path,
                                          prices.appendingPathComponent("GSPC.csv").path, "--db", db])
        #expect(imported.status == 0, "\(imported.stderr)")
        let rrg = try CLIRunner.run(["rrg", "RUT", "--benchmark", "GSPC", "--tail", "0", "--db", db])
        #expect(rrg.status == 64)
        #expect(rrg.stderr == "rotation: error: rrg needs window ≥ 2, lag ≥ 1 and tail ≥ 1\n")
        let metrics = try CLIRunner.run(["metrics", "RUT", "--periods-per-year", "0", "--db", db])
        #expect(metrics.status == 64)
        #expect(metrics.stderr == "rotation: error: periods per year: expected a whole number ≥ 1, got 0\n")
    }
}
