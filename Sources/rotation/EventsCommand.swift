import ArgumentParser
import Foundation
import RotationApp
import RotationBacktest
import RotationCore

extension EventMeasure: ExpressibleByArgument {}

struct EventsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Event study: mean and median path of A (or A against B) around event dates, with a bootstrap band and a placebo.",
        discussion: """
            The event day t0 is the first trading day on or after each date; paths run from t0−K to t0+M trading \
            days and are 0 at t0's close (A alone: P(t0+o)/P(t0) − 1; with B: summed daily excess returns, or the \
            log relative with --measure log_relative). --dates fomc-cuts is the bundled file of FOMC rate cuts \
            since 1990 (--first-cuts keeps the first cut of each easing cycle). See docs/CONVENTIONS.md (Event studies).
            """)

    @Option(help: ArgumentHelp("fomc-cuts, a dates file (CSV with a date column), or YYYY-MM-DD dates separated by commas.",
                               valueName: "FILE|LIST")) var dates: String
    @Argument(help: "A symbol or price file (A).") var a: String
    @Argument(help: "Optional second symbol or file (B): study A against B.") var b: String?
    @Option(help: "Trading days before the event day (K).") var before = 20
    @Option(help: "Trading days after the event day (M).") var after = 60
    @Option(help: "Bootstrap resamples of the events (0 = no band).") var bootstrap = 2_000
    @Option(help: "Placebo sets of random non-event days (0 = no placebo).") var placebo = 2_000
    @Option(help: "Seed of the SplitMix64 random streams (bootstrap: seed, placebo: seed + 1).") var seed: UInt64 = 1
    @Option(help: "Band coverage, e.g. 0.95 for the 2.5th–97.5th percentiles.") var confidence = 0.95
    @Option(help: "With B: excess (summed daily excess returns) or log_relative.") var measure: EventMeasure = .excess
    @Flag(help: "Keep only rows whose first_cut column is true.") var firstCuts = false
    @Flag(help: "Use adj_close (dividends and splits reinvested) instead of close.") var totalReturn = false
    @Option(help: "Read SYMBOL.csv files from this directory instead of the store.") var prices: String?
    @OptionGroup var store: StoreOptions

    func validate() throws {
        // The API's checks, said as the argument parser says a usage error.
        do {
            try EventsRequest.validate(before: before, after: after, bootstrap: bootstrap, placebo: placebo,
                                       confidence: confidence, measure: measure, hasB: b != nil)
        } catch let failure as Failure {
            throw ValidationError(failure.message)
        }
    }

    func run() async throws {
        let eventDates = try EventDates.resolve(dates, firstCutsOnly: firstCuts)
        let parameters = EventStudyParameters(before: before, after: after, bootstrapDraws: bootstrap, placeboDraws: placebo,
                                              confidence: confidence, seed: seed)
        let report = try await store.service.events(EventsRequest(
            a: a, b: b, dates: eventDates, measure: measure, parameters: parameters,
            basis: totalReturn ? .total : .price, pricesDirectory: prices))
        if store.json { return try Output.json(report) }
        Output.print(EventsText.render(report))
    }
}

/// The readable rendering of an event study.
enum EventsText {
    /// Offsets shown in the path table: a fixed ladder cut to −K … +M, plus both ends.
    static func offsets(before: Int, after: Int) -> [Int] {
        let ladder = [-before, -60, -20, -10, -5, -1, 0, 1, 5, 10, 20, 40, 60, 120, 250, after]
        return Array(Set(ladder.filter { $0 >= -before && $0 <= after })).sorted()
    }

    static func render(_ report: EventsReport) -> String {
        let s = report.study
        let what = switch s.measure {
        case .level: "\(report.a), return from the event-day close"
        case .excess: "\(report.a) − \(report.b ?? ""), summed daily excess returns from the event-day close"
        case .logRelative: "ln(\(report.a)/\(report.b ?? "")) from the event-day close"
        }
        var out = "\(what); \(report.basis.rawValue) basis; dates: \(report.datesSource)\n"
        out += "\(s.events.count) events kept, \(s.excluded.count) excluded; window −\(s.before) … +\(s.after) trading days; "
            + "bootstrap \(s.bootstrapDraws) draws, \(Formatting.decimal(100 * s.confidence, decimals: 0))% band, seed \(s.seed)\n\n"
        let wanted = Set(offsets(before: s.before, after: s.after))
        out += TextTable.render(columns: ["Offset", "Mean", "Median", "Band low", "Band high"], rows: s.path.filter { wanted.contains($0.offset) }.map {
            [$0.offset > 0 ? "+\($0.offset)" : "\($0.offset)", Formatting.percent($0.mean), Formatting.percent($0.median),
             Formatting.percent($0.bandLow), Formatting.percent($0.bandHigh)]
        })
        out += "\nEvents\n" + TextTable.render(columns: ["Date", "Event day", "At +\(s.after)"], rows: s.events.map {
            [$0.date.description, $0.eventDay.description, Formatting.percent($0.returnAtEnd)]
        })
        if !s.excluded.isEmpty {
            out += "\nExcluded\n" + TextTable.render(columns: ["Date", "Event day", "Reason"], rows: s.excluded.map {
                [$0.date.description, $0.eventDay?.description ?? "—", $0.reason.rawValue.replacingOccurrences(of: "_", with: " ")]
            })
        }
        if let p = s.placebo {
            out += "\nPlacebo: \(p.draws) sets of \(p.eventsPerDraw) random days (from \(p.eligibleDays) eligible days)\n"
            if let percentile = p.realPercentile {
                out += "Real mean at +\(s.after): \(Formatting.percent(p.realMean)); placebo mean \(Formatting.percent(p.mean)) "
                    + "(band \(Formatting.percent(p.bandLow)) to \(Formatting.percent(p.bandHigh))); "
                    + "the real mean is at the \(Formatting.decimal(percentile, decimals: 1))th percentile of the placebo means\n"
            } else {
                out += "No comparison: no kept event or no eligible day.\n"
            }
        }
        return out
    }
}
