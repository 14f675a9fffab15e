import Benchmark
import Foundation
import RotationApp
import RotationCore
import RotationData

let benchmarks: @Sendable () -> Void = {
    analyticsBenchmarks()
    eventStudyBenchmarks()
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
                                           maxDuration: .seconds(5), maxIterations: 50)

    // Reading: all 26 real price files (about 22 MB, 240,000 rows), parsed and validated.
    Benchmark("read/prices/26files") { benchmark in
        let files = Inputs.priceFiles()
        precondition(files.count == 26, "expected the 26 files of ../shared/data/prices")
        benchmark.startMeasurement()
        for file in files {
            blackHole(try InputFiles.load(path: file))
        }
    }

    // Import: read all 26 files and load them into a fresh SQLite file in one transaction.
    Benchmark("import/sqlite/26files", configuration: .init(maxIterations: 10)) { benchmark in
        let files = Inputs.priceFiles()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rotation-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        benchmark.startMeasurement()
        let service = RotationService(location: .sqlite(path: folder.appendingPathComponent("bench.sqlite").path))
        blackHole(try await service.importFiles(ImportRequest(paths: files)))
    }

    // perf windows over a 3,000 × 6,500 panel: the eight default windows for every series.
    let panel = Inputs.panel(series: 3000, days: 6500)
    Benchmark("perf/panel/3000x6500") { benchmark in
        benchmark.startMeasurement()
        blackHole(panelWindowReturns(days: panel.days, columns: panel.columns, windows: Window.defaults,
                                     asOf: panel.days[panel.days.count - 1]))
    }
}
