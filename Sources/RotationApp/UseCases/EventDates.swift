import Foundation
import RotationCore
import RotationData

/// The event dates of `rotation events --dates`: the bundled FOMC file, a dates file, or a list.
public struct EventDates: Sendable, Equatable {
    /// The dates, in file or list order.
    public var dates: [TradingDay]
    /// Where they came from: `fomc-cuts`, the file path, or `list`.
    public var source: String

    /// The name that selects the bundled file of FOMC rate cuts.
    public static let fomcCutsName = "fomc-cuts"

    /// Path of the bundled `fomc_rate_cuts.csv` (see its header for the source and the check).
    public static func fomcCutsFile() throws -> String {
        guard let folder = Bundle.module.url(forResource: "Sample", withExtension: nil) else {
            throw Failure(.internal, "the bundled sample is missing from this build")
        }
        return folder.appendingPathComponent("fomc_rate_cuts.csv").path
    }

    /// Resolves `--dates`: `fomc-cuts`; a file (an argument with `/`, ending in `.csv`, or naming
    /// an existing file); otherwise a comma-separated list of `YYYY-MM-DD` dates.
    /// `firstCutsOnly` keeps the rows whose `first_cut` column is true (files only).
    ///
    /// Errors: a missing file (exit 66); an unparseable date or flag in a file, naming file, line
    /// and field, or a file with no dates (65); a bad or empty list, or `--first-cuts` with a list
    /// or a file without a `first_cut` column (64).
    public static func resolve(_ argument: String, firstCutsOnly: Bool = false) throws -> EventDates {
        if argument == fomcCutsName {
            var parsed = try parseFile(try fomcCutsFile(), label: "fomc_rate_cuts.csv", firstCutsOnly: firstCutsOnly)
            parsed.source = fomcCutsName
            return parsed
        }
        if InputFiles.isFileReference(argument) || FileManager.default.fileExists(atPath: argument) {
            return try parseFile(argument, label: argument, firstCutsOnly: firstCutsOnly)
        }
        guard !firstCutsOnly else { throw Failure(.usage, "--first-cuts needs a dates file with a first_cut column") }
        return try parseList(argument)
    }

    /// A comma-separated list of ISO dates.
    public static func parseList(_ text: String) throws -> EventDates {
        var dates: [TradingDay] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let field = part.trimmingCharacters(in: .whitespaces)
            guard !field.isEmpty else { continue }
            guard let day = TradingDay(field) else {
                throw Failure(.usage, "--dates: expected YYYY-MM-DD dates separated by commas, got \"\(field)\"")
            }
            dates.append(day)
        }
        guard !dates.isEmpty else { throw Failure(.usage, "--dates: the date list is empty") }
        return EventDates(dates: dates, source: "list")
    }

    /// A CSV file: lines starting with `#` and blank lines are skipped; the first other line is
    /// a header with a `date` column (and optionally `first_cut`), or, when its first field is
    /// already a date, there is no header and the first field of each line is the date.
    public static func parseFile(_ path: String, label: String, firstCutsOnly: Bool) throws -> EventDates {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw DataError(.missingFile, "\(label): no such file or not readable")
        }
        var dateColumn = 0
        var flagColumn: Int?
        var sawHeader = false
        var dates: [TradingDay] = []
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            if !sawHeader {
                sawHeader = true
                if TradingDay(fields[0]) == nil {
                    let names = fields.map { $0.lowercased() }
                    guard let index = names.firstIndex(of: "date") else {
                        throw DataError(.badInput, "no \"date\" column in the header", at: SourceLocation(file: label, line: offset + 1))
                    }
                    dateColumn = index
                    flagColumn = names.firstIndex(of: "first_cut")
                    continue
                }
            }
            let location = { (field: String) in SourceLocation(file: label, line: offset + 1, field: field) }
            let dateText = dateColumn < fields.count ? fields[dateColumn] : ""
            guard let day = TradingDay(dateText) else {
                throw DataError(.badInput, "expected a date YYYY-MM-DD, got \"\(dateText)\"", at: location("date"))
            }
            if firstCutsOnly {
                guard let flagColumn else {
                    throw Failure(.usage, "--first-cuts: \(label) has no first_cut column")
                }
                let flag = flagColumn < fields.count ? fields[flagColumn].lowercased() : ""
                guard flag == "true" || flag == "false" else {
                    throw DataError(.badInput, "expected true or false, got \"\(flag)\"", at: location("first_cut"))
                }
                if flag == "false" { continue }
            }
            dates.append(day)
        }
        guard !dates.isEmpty else {
            throw DataError(.badInput, firstCutsOnly ? "no row has first_cut true" : "no event dates", at: SourceLocation(file: label))
        }
        return EventDates(dates: dates, source: label)
    }
}
