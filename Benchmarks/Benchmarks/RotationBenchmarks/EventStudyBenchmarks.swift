import Benchmark
import Foundation
import RotationApp
import RotationBacktest
import RotationCore
import RotationData

/// Issue 6: the event study of RUT − GSPC around the 58 bundled FOMC cuts.
func eventStudyBenchmarks() {
    Benchmark("events/fomc-cuts/58x81/2000+2000", configuration: .init(maxIterations: 20)) { benchmark in
        let prices = Inputs.sharedData.appendingPathComponent("prices")
        var columns: [(days: [TradingDay], values: [Double])] = []
        for symbol in ["RUT", "GSPC"] {
            if case .bars(let b) = try InputFiles.load(path: prices.appendingPathComponent("\(symbol).csv").path)[0].payload {
                columns.append((b.days, b.closes(basis: .price)))
            }
        }
        let axis = DayAxis(columns)
        let line = EventLine(days: axis.days, closesA: axis.columns[0], closesB: axis.columns[1], measure: .excess)
        let dates = try EventDates.resolve(EventDates.fomcCutsName).dates
        benchmark.startMeasurement()
        blackHole(eventStudy(line, eventDates: dates, parameters: EventStudyParameters(
            before: 20, after: 60, bootstrapDraws: 2_000, placeboDraws: 2_000, seed: 1)))
    }
}
