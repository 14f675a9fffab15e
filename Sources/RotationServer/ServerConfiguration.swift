import Logging
import RotationApp

/// How `rotation serve` runs: where it listens, which store it reads, and its limits.
public struct ServerConfiguration: Sendable {
    /// Address to bind; loopback by default, so the dashboard is private unless asked otherwise.
    public var host: String
    /// Port to listen on (0 picks a free one).
    public var port: Int
    /// The store the API and pages read.
    public var store: StoreLocation
    /// When set, `POST /api/import` exists and requires `Authorization: Bearer <token>`.
    public var writeToken: String?
    /// A folder file arguments (`members`, `prices`, `holdings`, `FILE.csv` symbols) may name,
    /// relative to it; nil refuses every file argument.
    public var filesRoot: String?
    /// Largest request body accepted (413 beyond).
    public var maxBodyBytes: Int
    /// Longest query string accepted (414 beyond).
    public var maxQueryBytes: Int
    /// How often the import log is re-read for server-sent events, in seconds.
    public var eventPollSeconds: Double
    /// Longest life of one event stream, in seconds (the browser reconnects).
    public var eventStreamSeconds: Double
    /// The symbols of the overview's quotes table.
    public var watchlist: [String]
    /// The request log's level (`info` logs one line per request).
    public var logLevel: Logger.Level

    public init(host: String = "127.0.0.1", port: Int = 8080, store: StoreLocation, writeToken: String? = nil,
                filesRoot: String? = nil, maxBodyBytes: Int = 1 << 20, maxQueryBytes: Int = 4096,
                eventPollSeconds: Double = 1, eventStreamSeconds: Double = 300,
                watchlist: [String] = ServerConfiguration.standardWatchlist, logLevel: Logger.Level = .info) {
        self.host = host
        self.port = port
        self.store = store
        self.writeToken = writeToken.flatMap { $0.isEmpty ? nil : $0 }
        self.filesRoot = filesRoot
        self.maxBodyBytes = maxBodyBytes
        self.maxQueryBytes = maxQueryBytes
        self.eventPollSeconds = eventPollSeconds
        self.eventStreamSeconds = eventStreamSeconds
        self.watchlist = watchlist
        self.logLevel = logLevel
    }

    /// Small caps, large caps, tech, the Dow and the main ETFs.
    public static let standardWatchlist = ["RUT", "GSPC", "IXIC", "DJI", "NDX", "IWM", "SPY", "QQQ"]
}
