import Foundation
import RotationCore
import RotationData
import RotationPostgres
import RotationSQLite

/// Where commands get their data: a store, opened only when a store symbol is asked for, and
/// CSV files named directly on the command line (contract: "SYMBOL or FILE").
public final class SeriesSource: @unchecked Sendable {
    public let location: StoreLocation
    private var openedStore: (any Store)?
    /// Whether opening may create a store that does not exist yet. Only commands that write
    /// (import, fetch, and the brief loading its sample into the default store) set it; a read
    /// of a missing SQLite file fails instead of answering from a new, empty store (issue 16,
    /// case 2: a mistyped `--db` then said "unknown symbol").
    public var createsStore = false

    public init(location: StoreLocation) {
        self.location = location
    }

    /// Wraps an already open store (tests, the server).
    public init(store: any Store, location: StoreLocation) {
        self.location = location
        self.openedStore = store
    }

    /// The store, opened (and migrated) on first use.
    public func store() throws -> any Store {
        if let openedStore { return openedStore }
        let store = try StoreFactory.open(location, creating: createsStore)
        openedStore = store
        return store
    }

    /// Loads a symbol from the store, or a file when the argument names one (`path.csv`,
    /// `dir/FILE`, `file.csv#column`).
    public func load(_ argument: String) async throws -> LoadedSeries {
        if InputFiles.isFileReference(argument) {
            let items = try InputFiles.load(path: argument)
            guard let first = items.first else {
                throw DataError(.badInput, "no data rows", at: SourceLocation(file: argument))
            }
            guard items.count == 1 else {
                let names = items.map(\.payload.symbol).joined(separator: ", ")
                throw Failure(.usage, "\(argument) holds several series (\(names)): pick one with FILE#column")
            }
            return first.payload
        }
        return try await store().load(symbol: argument.uppercased())
    }

    /// Loads a symbol that must be daily bars (prices).
    public func loadBars(_ argument: String) async throws -> DailyBars {
        switch try await load(argument) {
        case .bars(let bars): return bars
        case .series(let series):
            throw Failure(.usage, "\(argument) is a \(series.kind.rawValue) series, not prices")
        }
    }
}

/// Opens the store a location names.
public enum StoreFactory {
    /// An SQLite store for a path, a PostgreSQL store for a `postgres://` URL. A malformed
    /// PostgreSQL URL is a usage error; a PostgreSQL store connects on first use and stays open
    /// until `closeAll()`. Unless `creating`, an SQLite file that does not exist is refused
    /// (`Failure(.missingInput)`, exit 66) with the path and how to create a store.
    public static func open(_ location: StoreLocation, creating: Bool = true) throws -> any Store {
        switch location {
        case .sqlite(let path):
            if !creating && !FileManager.default.fileExists(atPath: path) {
                throw Failure(.missingInput, "no store at \"\(path)\": check --db or $ROTATION_DB, or create one with rotation import FILE|DIR --db \(path)")
            }
            return try SQLiteStore(path: path)
        case .postgres(let url):
            let store: PostgresStore
            do {
                store = try PostgresStore(url: url)
            } catch {
                throw Failure(.usage, "--db \(location): \(error.message)")
            }
            OpenStores.shared.add(store)
            return store
        }
    }

    /// Closes every PostgreSQL store opened through `open` (their connection pools), waiting at
    /// most a few seconds. The CLI calls this before it exits.
    public static func closeAll() async {
        for store in OpenStores.shared.removeAll() {
            await store.shutdown()
        }
    }
}
