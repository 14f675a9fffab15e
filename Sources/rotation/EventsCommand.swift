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
    @OptionGroup var output: FormatOptions

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
        try Output.emit(report, json: store.json, options: output) { EventsTables.events(report) }
    }
}
