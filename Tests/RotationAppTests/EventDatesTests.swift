import Foundation
import Testing
import RotationApp
import RotationCore
import RotationData

/// Reading `--dates`: the bundled file, dates files and lists, with located errors.
struct EventDatesTests {
    static func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("events-\(UUID().uuidString).csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("fomc-cuts names the bundled file; --first-cuts keeps the six first cuts")
    func bundled() throws {
        #expect(try EventDates.resolve("fomc-cuts").dates.count == 58)
        let first = try EventDates.resolve("fomc-cuts", firstCutsOnly: true)
        #expect(first.dates.first == TradingDay("1995-07-06") && first.dates.count == 6 && first.source == "fomc-cuts")
    }

    @Test("a comma list gives its dates; a bad or empty list is a usage error")
    func list() throws {
        #expect(try EventDates.resolve("2024-09-18, 2019-07-31").dates == [TradingDay("2024-09-18")!, TradingDay("2019-07-31")!])
        #expect(throws: Failure(.usage, "--dates: expected YYYY-MM-DD dates separated by commas, got \"2024-13-01\"")) {
            try EventDates.resolve("2024-09-18,2024-13-01")
        }
        #expect(throws: Failure(.usage, "--dates: the date list is empty")) { try EventDates.resolve(",") }
        #expect(throws: Failure(.usage, "--first-cuts needs a dates file with a first_cut column")) {
            try EventDates.resolve("2024-09-18", firstCutsOnly: true)
        }
    }

    @Test("a file may have comments, a header with a date column, or no header at all")
    func files() throws {
        let headed = try Self.write("# comment\ndate,label\n2024-09-18,x\n\n2019-07-31,y\n")
        #expect(try EventDates.resolve(headed).dates.count == 2)
        let bare = try Self.write("2024-09-18\n2019-07-31\n")
        #expect(try EventDates.resolve(bare).dates == [TradingDay("2024-09-18")!, TradingDay("2019-07-31")!])
    }

    @Test("an unparseable date names file, line and field")
    func badDate() throws {
        let path = try Self.write("# c\ndate,first_cut\n2024-09-18,true\n18/09/2024,false\n")
        #expect(throws: DataError(.badInput, "expected a date YYYY-MM-DD, got \"18/09/2024\"", at: SourceLocation(file: path, line: 4, field: "date"))) {
            try EventDates.resolve(path)
        }
        let flag = try Self.write("date,first_cut\n2024-09-18,yes\n")
        #expect(throws: DataError(.badInput, "expected true or false, got \"yes\"", at: SourceLocation(file: flag, line: 2, field: "first_cut"))) {
            try EventDates.resolve(flag, firstCutsOnly: true)
        }
    }

    @Test("a missing file is missing input; a file without dates is bad input")
    func missingAndEmpty() throws {
        #expect(throws: DataError(.missingFile, "/nonexistent/dates.csv: no such file or not readable")) {
            try EventDates.resolve("/nonexistent/dates.csv")
        }
        let empty = try Self.write("# nothing\ndate\n")
        #expect(throws: DataError(.badInput, "no event dates", at: SourceLocation(file: empty))) { try EventDates.resolve(empty) }
    }
}
