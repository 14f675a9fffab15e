import Foundation
import Testing

/// One period vocabulary (issue 17): `day|week|month` everywhere, `daily|weekly|monthly` accepted
/// as aliases by every command, and prose that says "daily", never "dayly".
struct PeriodCLITests {
    static func file(_ name: String) -> String { AnalyticsCLITests.file(name) }

    @Test("relative, rrg and cycles take daily, weekly and monthly and answer exactly as for day, week and month")
    func aliasesGiveTheSameAnswer() throws {
        let rut = Self.file("RUT.csv"), gspc = Self.file("GSPC.csv")
        let commands: [([String], String, String)] = [
            (["relative", rut, gspc, "--as-of", "2025-12-12"], "week", "weekly"),
            (["relative", rut, gspc, "--as-of", "2025-12-12"], "day", "daily"),
            (["rrg", rut, "--benchmark", gspc, "--as-of", "2025-12-12"], "day", "daily"),
            (["cycles", rut, gspc, "--as-of", "2025-12-12"], "month", "monthly"),
        ]
        for (arguments, name, alias) in commands {
            let canonical = try CLIRunner.run(arguments + ["--period", name, "--json"])
            let aliased = try CLIRunner.run(arguments + ["--period", alias, "--json"])
            #expect(canonical.status == 0, "\(arguments): \(canonical.stderr)")
            #expect(aliased.status == 0, "\(arguments) --period \(alias): \(aliased.stderr)")
            #expect(aliased.stdout == canonical.stdout, "\(arguments) --period \(alias)")
            #expect(try CLIRunner.json(canonical)["period"] as? String == name)
        }
    }

    @Test("metrics takes week as well as weekly, and its JSON still says \"weekly\"")
    func metricsTakesNames() throws {
        let iwm = Self.file("IWM.csv")
        let named = try CLIRunner.run(["metrics", iwm, "--from", "2020-01-01", "--period", "week", "--json"])
        let adjective = try CLIRunner.run(["metrics", iwm, "--from", "2020-01-01", "--period", "weekly", "--json"])
        #expect(named.status == 0, "\(named.stderr)")
        #expect(named.stdout == adjective.stdout)
        let document = try CLIRunner.json(named)
        #expect(document["period"] as? String == "weekly")
        #expect(document["periods_per_year"] as? Int == 52)
    }

    @Test("the text output of relative, rrg and cycles by day says \"daily\", never \"dayly\"")
    func dailyNotDayly() throws {
        let rut = Self.file("RUT.csv"), gspc = Self.file("GSPC.csv")
        let runs = [
            ["relative", rut, gspc, "--as-of", "2025-12-12", "--period", "day"],
            ["rrg", rut, "--benchmark", gspc, "--as-of", "2025-12-12", "--period", "day"],
            ["cycles", rut, gspc, "--as-of", "2025-12-12", "--period", "day"],
        ]
        for arguments in runs {
            let outcome = try CLIRunner.run(arguments)
            #expect(outcome.status == 0, "\(arguments): \(outcome.stderr)")
            #expect(!outcome.stdout.contains("dayly"), "\(arguments)")
            #expect(outcome.stdout.contains("daily"), "\(arguments)")
        }
    }
}
