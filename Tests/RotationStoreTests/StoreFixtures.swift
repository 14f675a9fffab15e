import Foundation
import RotationCore
import RotationData
import RotationPostgres
@testable import RotationSQLite

/// The stores every contract test runs against: SQLite in memory, SQLite on file and, when a
/// server is configured (or in CI, where its absence must fail), a real PostgreSQL.
enum StoreFlavor: String, CaseIterable, CustomStringConvertible, Sendable {
    case memory = "SQLite in memory"
    case file = "SQLite file"
    case postgres = "PostgreSQL"

    var description: String { rawValue }

    /// The flavours tests run against: PostgreSQL only when `PostgresTestServer.runs`.
    static var allCases: [StoreFlavor] {
        PostgresTestServer.runs ? [.memory, .file, .postgres] : [.memory, .file]
    }

    /// A fresh, empty store of this flavour (for PostgreSQL: a new schema of the test database).
    func makeStore() throws -> any Store {
        switch self {
        case .memory: try SQLiteStore()
        case .file: try Self.makeSQLiteFile()
        // One store operation may take 300 s (`timeout=300`): the debug build decodes and encodes
        // every row on a 2-core machine that other suites keep busy; 60 s held only on faster ones.
        case .postgres: try PostgresTestServer.makeStore(extra: "timeout=300")
        }
    }

    /// A fresh SQLite file store in a new temporary directory.
    static func makeSQLiteFile() throws -> SQLiteStore {
        try SQLiteStore(path: TemporaryDirectory.make().appendingPathComponent("store.sqlite").path)
    }
}

/// A fresh directory under the system temporary directory (left for the OS to clean).
enum TemporaryDirectory {
    static func make() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("rotation-sqlite-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Hand-made inputs with awkward doubles and missing values.
enum Fixtures {
    static func day(_ text: String) -> TradingDay { TradingDay(text)! }

    /// Five bars of `symbol` from 2024-01-02, with NaN (missing) fields and doubles that only
    /// survive a bit-exact store: 0.1 + 0.2, a subnormal, the largest finite double, π.
    static func bars(_ symbol: String = "IWM") -> DailyBars {
        let nan = Double.nan
        return DailyBars(
            symbol: symbol,
            days: ["2024-01-02", "2024-01-03", "2024-01-04", "2024-01-05", "2024-01-08"].map(day),
            open: [0.1 + 0.2, 1e-300, nan, 200.1234, Double.leastNonzeroMagnitude],
            high: [Double.greatestFiniteMagnitude, 201.5, nan, 202.0001, 203.25],
            low: [-1.5, 199.75, nan, 198.0, 197.5],
            close: [Double.pi, 200.5, 201.0, 201.0, 123456789.123456789],
            adjClose: [nan, nan, nan, nan, nan],
            volume: [74_800, nan, 1e15, 0, 12_345])
    }

    /// Four monthly factor values.
    static func factor(_ name: String = "FF3#SMB") -> Series {
        Series(name: name, kind: .factor,
               days: ["2024-01-31", "2024-02-29", "2024-03-28", "2024-04-30"].map(day),
               values: [0.1 + 0.2, -2.37, 1e-17, 4.0])
    }

    static func item(_ payload: LoadedSeries, file: String? = nil, hash: String = "00000000deadbeef") -> ImportItem {
        ImportItem(file: file ?? "prices/\(payload.symbol).csv", contentHash: hash, payload: payload)
    }
}

/// Bit-for-bit equality of two double columns, a missing value (NaN) equal to another.
func sameBits(_ a: [Double], _ b: [Double]) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { x, y in (x.isNaN && y.isNaN) || x.bitPattern == y.bitPattern }
}

/// `DailyBars ==` treats NaN as unequal to itself; this treats two missing values as equal and
/// compares every value bit for bit.
func sameBars(_ a: DailyBars, _ b: DailyBars) -> Bool {
    a.symbol == b.symbol && a.days == b.days && BarField.allCases.allSatisfy { sameBits(a.column($0), b.column($0)) }
}

extension LoadedSeries {
    var bars: DailyBars? {
        if case .bars(let bars) = self { return bars }
        return nil
    }

    var series: Series? {
        if case .series(let series) = self { return series }
        return nil
    }
}
