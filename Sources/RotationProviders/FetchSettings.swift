import Foundation

/// How the fetch engine talks to the network and where it keeps raw answers.
public struct FetchSettings: Sendable {
    /// Root of the on-disk cache of raw answers (`$XDG_CACHE_HOME/rotation` by default).
    public var cacheDirectory: String
    /// Ignore cached answers and download again (the fresh answer replaces the cached one).
    public var refresh: Bool
    /// Seconds to wait for a connection.
    public var connectTimeout: Double
    /// Seconds to wait for the next bytes of an answer once connected.
    public var readTimeout: Double
    /// Attempts and backoff for HTTP 5xx, 429 and broken connections.
    public var retry: RetryPolicy
    /// Least seconds between two requests to the same host (politeness).
    public var minimumInterval: Double
    /// Answers larger than this are refused.
    public var maximumBodyBytes: Int

    public init(cacheDirectory: String, refresh: Bool = false, connectTimeout: Double = 10, readTimeout: Double = 30,
                retry: RetryPolicy = RetryPolicy(), minimumInterval: Double = 1, maximumBodyBytes: Int = 256 << 20) {
        self.cacheDirectory = cacheDirectory
        self.refresh = refresh
        self.connectTimeout = connectTimeout
        self.readTimeout = readTimeout
        self.retry = retry
        self.minimumInterval = minimumInterval
        self.maximumBodyBytes = maximumBodyBytes
    }

    /// `$XDG_CACHE_HOME/rotation`, or `~/.cache/rotation` when `XDG_CACHE_HOME` is unset.
    public static func defaultCacheDirectory(environment: [String: String]) -> String {
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty { return xdg + "/rotation" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.cache/rotation"
    }
}

/// Retries with exponential backoff: attempt `n + 1` waits `baseDelay · 2^(n−1)` seconds
/// (capped at `maximumDelay`) after attempt `n` failed with HTTP 5xx, 429 or a broken or timed-out
/// connection. A `Retry-After` header (seconds or an HTTP date) replaces the computed wait; one
/// longer than `maximumDelay` ends the retries at once.
public struct RetryPolicy: Sendable, Equatable {
    /// Total attempts, at least 1.
    public var attempts: Int
    public var baseDelay: Double
    public var maximumDelay: Double

    public init(attempts: Int = 4, baseDelay: Double = 1, maximumDelay: Double = 60) {
        self.attempts = max(1, attempts)
        self.baseDelay = baseDelay
        self.maximumDelay = maximumDelay
    }

    /// Seconds to wait after failed attempt `attempt` (1-based) when the server says nothing.
    public func delay(afterAttempt attempt: Int) -> Double {
        min(maximumDelay, baseDelay * Double(1 << min(max(attempt - 1, 0), 30)))
    }

    /// Seconds a `Retry-After` value asks for: a number of seconds or an HTTP date (relative to
    /// `now`); `nil` when the value is neither.
    public static func retryAfterSeconds(_ value: String, now: Date = Date()) -> Double? {
        let text = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Double(text), seconds >= 0 { return seconds }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: text) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }
}
