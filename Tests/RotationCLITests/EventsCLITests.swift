import Foundation
import Testing

/// `rotation events` through the built binary on the real index files.
@Suite(.serialized)
struct EventsCLITests {
    static let prices = CLIRunner.sharedData.appendingPathComponent("prices")
    static func file(_ name: String) -> String { prices.appendingPathComponent(name).path }

    /// Closes of a price file by date (an independent reading with Foundation only).
    static func closes(_ name: String) throws -> [String: Double] {
        let text = try String(contentsOfFile: file(name), encoding: .utf8)
        var result: [String: Double] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false)
            if let close = Double(f[4]) { result[String(f[0])] = close }
        }
        return result
    }

    @Test("fomc-cuts RUT GSPC --first-cuts: six events, 0 at t0, each event's +M excess equals the sum recomputed from the files")
    func fomcFirstCuts() throws {
        let outcome = try CLIRunner.run(["events", "--dates", "fomc-cuts", "--first-cuts", Self.file("RUT.csv"), Self.file("GSPC.csv"),
                                         "--before", "5", "--after", "20", "--bootstrap", "500", "--placebo", "300", "--seed", "11", "--json"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let doc = try CLIRunner.json(outcome)
        #expect(doc["a"] as? String == "RUT" && doc["b"] as? String == "GSPC" && doc["basis"] as? String == "price")
        #expect(doc["before"] as? Int == 5 && doc["after"] as? Int == 20)
        let events = try #require(doc["events"] as? [[String: Any]])
        #expect(events.map { $0["event_day"] as? String } == ["1995-07-06", "1998-09-29", "2001-01-03", "2007-09-18", "2019-07-31", "2024-09-18"])
        let path = try #require(doc["path"] as? [[String: Any]])
        #expect(path.count == 26)
        let zero = try #require(path.first { $0["offset"] as? Int == 0 })
        #expect(zero["mean"] as? Double == 0 && zero["band_low"] as? Double == 0)
        // Independent check of 2019-07-31: sum of daily RUT − GSPC close-to-close returns over the 20
        // common trading days after the event day, recomputed here from the CSV files.
        let rut = try Self.closes("RUT.csv"), gspc = try Self.closes("GSPC.csv")
        let days = rut.keys.filter { gspc[$0] != nil && $0 >= "2019-07-31" }.sorted().prefix(21)
        var sum = 0.0
        for (d0, d1) in zip(days, days.dropFirst()) { sum += (rut[d1]! / rut[d0]! - 1) - (gspc[d1]! / gspc[d0]! - 1) }
        let event = try #require(events.first { $0["event_day"] as? String == "2019-07-31" })
        #expect(abs((event["return_at_end"] as? Double ?? .nan) - sum) < 1e-12)
        let placebo = try #require(doc["placebo"] as? [String: Any])
        #expect(placebo["draws"] as? Int == 300 && placebo["events_per_draw"] as? Int == 6)
        let percentile = try #require(placebo["real_percentile"] as? Double)
        #expect((0...100).contains(percentile))
        // Deterministic: the same seed gives the same document.
        let again = try CLIRunner.run(["events", "--dates", "fomc-cuts", "--first-cuts", Self.file("RUT.csv"), Self.file("GSPC.csv"),
                                       "--before", "5", "--after", "20", "--bootstrap", "500", "--placebo", "300", "--seed", "11", "--json"])
        #expect(again.stdout == outcome.stdout)
    }

    @Test("the text output has the path table, the event list and the placebo line")
    func text() throws {
        let outcome = try CLIRunner.run(["events", "--dates", "2019-07-31,2024-09-18", "--prices", Self.prices.path, "RUT",
                                         "--before", "3", "--after", "10", "--placebo", "100"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("Offset"))
        #expect(outcome.stdout.contains("2019-07-31  2019-07-31"))
        #expect(outcome.stdout.contains("percentile of the placebo means"))
    }

    @Test("errors: unknown symbol 66, empty list 64, bad date in a file 65 with file, line and field")
    func errors() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let db = dir.appendingPathComponent("s.sqlite").path
        let unknown = try CLIRunner.run(["events", "--dates", "2024-09-18", "NOPE", "--db", db])
        #expect(unknown.status == 66, "\(unknown.stderr)")
        let empty = try CLIRunner.run(["events", "--dates", ",", Self.file("RUT.csv")])
        #expect(empty.status == 64)
        #expect(empty.stderr == "rotation: error: --dates: the date list is empty\n")
        let file = dir.appendingPathComponent("dates.csv")
        try "date\n2024-09-18\n2024-9-18x\n".write(to: file, atomically: true, encoding: .utf8)
        let bad = try CLIRunner.run(["events", "--dates", file.path, Self.file("RUT.csv")])
        #expect(bad.status == 65)
        #expect(bad.stderr == "rotation: error: \(file.path):3: field \"date\": expected a date YYYY-MM-DD, got \"2024-9-18x\"\n")
    }

    @Test("events reads symbols from an imported store")
    func fromStore() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let db = dir.appendingPathComponent("s.sqlite").path
        let imported = try CLIRunner.run(["import", Self.file("RUT.csv"), Self.file("GSPC.csv"), "--db", db])
        #expect(imported.status == 0, "\(imported.stderr)")
        let viaStore = try CLIRunner.run(["events", "--dates", "fomc-cuts", "RUT", "GSPC", "--db", db, "--json", "--placebo", "50", "--bootstrap", "50"])
        let viaFiles = try CLIRunner.run(["events", "--dates", "fomc-cuts", Self.file("RUT.csv"), Self.file("GSPC.csv"), "--json",
                                          "--placebo", "50", "--bootstrap", "50"])
        #expect(viaStore.status == 0, "\(viaStore.stderr)")
        let a = try CLIRunner.json(viaStore), b = try CLIRunner.json(viaFiles)
        #expect((a["events"] as? [[String: Any]])?.count == 58)
        #expect(NSDictionary(dictionary: a).isEqual(to: b))
    }
}
