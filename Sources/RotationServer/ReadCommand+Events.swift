import Foundation
import RotationApp
import RotationBacktest
import RotationCore
import RotationData

extension ReadCommand {
    /// Largest `bootstrap` and `placebo` the API runs (the CLI has no bound): each draw costs a
    /// pass over the events, and a request must not hold the server's cores for minutes.
    public static let maxEventDraws = 100_000

    /// Largest `before` + `after` the API takes (about 40 years of trading days).
    public static let maxEventSpan = 10_000

    /// Largest (before + after + 1) × bootstrap the API takes: the bootstrap keeps one mean per
    /// offset and draw (8 bytes each, so at most 32 MB per request).
    public static let maxBootstrapCells = 4_000_000

    /// The inputs of `events`, in the CLI's order.
    static let eventsParameters = [
        CommandParameter("dates", .text, required: true,
                         "fomc-cuts, a dates file (CSV with a date column, under the files folder), or YYYY-MM-DD dates separated by commas."),
        CommandParameter("a", .text, required: true, "A symbol (A)."),
        CommandParameter("b", .text, "Optional second symbol (B): study A against B."),
        CommandParameter("before", .integer, "Trading days before the event day, K (default 20)."),
        CommandParameter("after", .integer, "Trading days after the event day, M (default 60)."),
        CommandParameter("bootstrap", .integer, "Bootstrap resamples of the events (default 2000; 0 = no band; at most 100000)."),
        CommandParameter("placebo", .integer, "Placebo sets of random non-event days (default 2000; 0 = no placebo; at most 100000)."),
        CommandParameter("seed", .integer, "Seed of the SplitMix64 random streams (default 1)."),
        CommandParameter("confidence", .number, "Band coverage, strictly between 0 and 1 (default 0.95)."),
        CommandParameter("measure", .choice(EventMeasure.allCases.map(\.rawValue)), "With B: excess (default) or log_relative."),
        CommandParameter("first_cuts", .boolean, "Keep only rows whose first_cut column is true."),
        .totalReturn,
        CommandParameter("prices", .file, "Read SYMBOL.csv files from this folder (under the files folder) instead of the store."),
    ]

    /// The `EventsRequest` `rotation events` builds, with the same defaults and the same checks
    /// (`validate()`), plus the API's bounds on the draws and the window.
    func eventsRequest(_ a: CommandArguments) throws -> EventsRequest {
        let defaults = EventStudyParameters()
        let before = try a.integer("before") ?? defaults.before
        let after = try a.integer("after") ?? defaults.after
        let bootstrap = try a.integer("bootstrap") ?? defaults.bootstrapDraws
        let placebo = try a.integer("placebo") ?? defaults.placeboDraws
        let confidence = try a.number("confidence") ?? defaults.confidence
        let measure = try a.choice("measure", as: EventMeasure.self) ?? .excess
        let b = try a.single("b").map(a.symbolOrFile)
        try EventsRequest.validate(before: before, after: after, bootstrap: bootstrap, placebo: placebo,
                                   confidence: confidence, measure: measure, hasB: b != nil)
        guard bootstrap <= Self.maxEventDraws, placebo <= Self.maxEventDraws else {
            throw Failure(.usage, "bootstrap and placebo: at most \(Self.maxEventDraws) draws on this server")
        }
        guard before <= Self.maxEventSpan - after else {
            throw Failure(.usage, "before + after: at most \(Self.maxEventSpan) trading days on this server")
        }
        guard (before + after + 1) * bootstrap <= Self.maxBootstrapCells else {
            throw Failure(.usage, "(before + after + 1) × bootstrap: at most \(Self.maxBootstrapCells) on this server")
        }
        let seed: UInt64
        if let text = try a.single("seed") {
            guard let value = UInt64(text) else { throw Failure(.usage, "seed: expected a whole number ≥ 0, got \"\(text)\"") }
            seed = value
        } else {
            seed = defaults.seed
        }
        let parameters = EventStudyParameters(before: before, after: after, bootstrapDraws: bootstrap, placeboDraws: placebo,
                                              confidence: confidence, seed: seed)
        return EventsRequest(a: try a.symbolOrFile(try a.required("a")), b: b,
                             dates: try Self.eventDates(try a.required("dates"), firstCuts: try a.flag("first_cuts"), arguments: a),
                             measure: measure, parameters: parameters, basis: try a.basis(),
                             pricesDirectory: try a.single("prices").map(a.resolveFile))
    }

    /// `dates` as the API reads it: `fomc-cuts`; a file when the value names one (a path or a
    /// `.csv` name, or an existing file of the files folder), read through `resolveFile` and
    /// labelled with the value as given (so the document matches the CLI run from that folder);
    /// otherwise a comma-separated list. Unlike the CLI, a bare name is never looked up in the
    /// server's working directory.
    static func eventDates(_ text: String, firstCuts: Bool, arguments a: CommandArguments) throws -> EventDates {
        if text == EventDates.fomcCutsName {
            return try EventDates.resolve(text, firstCutsOnly: firstCuts)
        }
        if InputFiles.isFileReference(text) {
            return try EventDates.parseFile(try a.resolveFile(text), label: text, firstCutsOnly: firstCuts)
        }
        if TradingDay(text.split(separator: ",").first.map { String($0).trimmingCharacters(in: .whitespaces) } ?? "") == nil,
           let path = try? a.resolveFile(text), FileManager.default.fileExists(atPath: path) {
            return try EventDates.parseFile(path, label: text, firstCutsOnly: firstCuts)
        }
        guard !firstCuts else { throw Failure(.usage, "--first-cuts needs a dates file with a first_cut column") }
        return try EventDates.parseList(text)
    }
}
