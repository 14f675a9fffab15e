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
