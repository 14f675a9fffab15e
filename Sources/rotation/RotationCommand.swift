import ArgumentParser
import Foundation
import Logging
import RotationApp

/// `rotation`: measures, explains and tests market-leadership rotation.
@main
struct RotationCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rotation",
        abstract: "Measure, explain and test market-leadership rotation (small caps vs large caps vs tech).",
        discussion: """
            Data come from a store (--db, $ROTATION_DB, default ~/.local/share/rotation/rotation.sqlite) \
            or from CSV files named in place of a symbol. Returns and ratios are fractions in --json output. \
            Exit codes: 0 ok, 64 usage, 65 bad input data, 66 input missing, 69 database unavailable, \
            70 internal error, 73 --out cannot be created, 74 I/O error. Tables: --format table|csv|md|json, --out FILE.
            """,
        version: RotationVersion.string,
        subcommands: [ImportCommand.self, FetchCommand.self, SymbolsCommand.self, PerfCommand.self, HighsCommand.self, RelativeCommand.self,
                      RotationMapCommand.self, CyclesCommand.self, MetricsCommand.self, BacktestCommand.self, SweepCommand.self, EventsCommand.self, BreadthCommand.self, ContributionCommand.self,
                      ValuationCommand.self, BriefCommand.self, CheckCommand.self, ServeCommand.self]
    )

    /// Runs a command, mapping every failure to one stderr line and the contract's exit code.
    static func main() async {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = Logger.Level(rawValue: ProcessInfo.processInfo.environment["ROTATION_LOG"] ?? "") ?? .warning
            return handler
        }
        let command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exit(withError: error)
        }
        do {
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                var syncCommand = command
                try syncCommand.run()
            }
            // Close PostgreSQL connection pools before the process ends, whatever the outcome.
            await StoreFactory.closeAll()
        } catch let exitCode as ExitCode {
            await StoreFactory.closeAll()
            Foundation.exit(exitCode.rawValue)
        } catch let validation as ValidationError {
            await StoreFactory.closeAll()
            exit(withError: validation)
        } catch where String(reflecting: type(of: error)).hasPrefix("ArgumentParser.") {
            // `--help` parses to ArgumentParser's help command, whose run() throws its own error:
            // let the parser print the help (exit 0) as it does for every parser error.
            exit(withError: error)
        } catch {
            await StoreFactory.closeAll()
            let failure = Failure.from(error)
            Output.error(failure.message)
            Foundation.exit(failure.category.exitCode)
        }
    }
}

/// The version `--version` prints.
enum RotationVersion {
    static let string = "0.1.0"
}
