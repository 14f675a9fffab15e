import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import RotationCore
import RotationData

/// GET requests with timeouts, retries with backoff and a per-host rate limit, failing with
/// one `DataError` line that names the URL: `.unknownSymbol` for HTTP 404 and 410 (exit 66),
/// `.unavailable` for everything else that is the service's fault (exit 69).
///
/// A name that does not resolve and a refused connection fail at once: retrying cannot help
/// (no network, a wrong host or port), and the user should hear so in well under a second.
/// HTTP 429 and 5xx, timeouts and cut-off transfers keep the backoff.
struct HTTPGetter {
    let client: HTTPClient
    let settings: FetchSettings
    let limiter: HostRateLimiter
    /// The source's own words in the body of a 404/410 answer, when it has some
    /// (`Provider.missingDetail`).
    var missingDetail: @Sendable ([UInt8]) -> String? = { _ in nil }
    /// The `User-Agent` to send instead of rotation's own (the SEC asks for a name and an address).
    var userAgent: String? = nil
    /// Whether to ask for a gzip-compressed answer (the client must decompress).
    var acceptGzip = false

    /// The body of a `200 OK` answer to `url`, which carries no credentials (messages name it).
    func get(_ url: String) async throws -> [UInt8] {
        try await get(url, shown: url)
    }

    /// The body of a `200 OK` answer to `url`. Messages name `shown` (the URL without
    /// credentials), never `url`.
    func get(_ url: String, shown: String) async throws -> [UInt8] {
        let host = URL(string: url)?.host ?? shown
        var attempt = 0
        while true {
            attempt += 1
            try await limiter.waitTurn(host: host)
            let outcome = await once(url, shown: shown)
            let wait: Double
            switch outcome {
            case .body(let body):
                return body
            case .fatal(let error):
                throw error
            case .retryable(let problem, let retryAfter):
                let suffix = attempt == 1 ? "" : " after \(attempt) attempts"
                guard attempt < settings.retry.attempts else {
                    throw DataError(.unavailable, problem + suffix, at: SourceLocation(file: shown))
                }
                if let retryAfter, retryAfter > settings.retry.maximumDelay {
                    throw DataError(.unavailable, "\(problem): the server asks to wait \(Int(retryAfter.rounded())) s; try again later",
                                    at: SourceLocation(file: shown))
                }
                wait = retryAfter ?? settings.retry.delay(afterAttempt: attempt)
            }
            try await Task.sleep(for: .milliseconds(Int64((wait * 1000).rounded())))
        }
    }

    private enum Outcome {
        case body([UInt8])
        case fatal(DataError)
        case retryable(String, retryAfter: Double?)
    }

    private func once(_ url: String, shown: String) async -> Outcome {
        var request = HTTPClientRequest(url: url)
        request.headers.add(name: "User-Agent", value: userAgent ?? "Mozilla/5.0 (compatible; rotation/\(FetchEngine.version))")
        if acceptGzip { request.headers.add(name: "Accept-Encoding", value: "gzip, deflate") }
        request.headers.add(name: "Accept", value: "*/*")
        do {
            let response = try await client.execute(request, timeout: .seconds(Int64(settings.connectTimeout + 4 * settings.readTimeout) + 1))
            let status = response.status
            if status == .ok {
                let buffer = try await response.body.collect(upTo: settings.maximumBodyBytes)
                return .body(Array(buffer.readableBytesView))
            }
            let statusText = "HTTP \(status.code) \(status.reasonPhrase)"
            if status.code == 429 || (500...599).contains(status.code) {
                let after = response.headers.first(name: "Retry-After").flatMap { RetryPolicy.retryAfterSeconds($0) }
                return .retryable(statusText, retryAfter: after)
            }
            if status.code == 404 || status.code == 410 {
                let body = (try? await response.body.collect(upTo: 65_536)).map { Array($0.readableBytesView) } ?? []
                let detail = missingDetail(body).map { " (\"\($0)\")" } ?? ""
                return .fatal(DataError(.unknownSymbol, "\(statusText): the source has no such symbol or dataset\(detail)",
                                        at: SourceLocation(file: shown)))
            }
            return .fatal(DataError(.unavailable, statusText, at: SourceLocation(file: shown)))
        } catch is NIOTooManyBytesError {
            return .fatal(DataError(.unavailable, "the answer is larger than \(settings.maximumBodyBytes >> 20) MB",
                                    at: SourceLocation(file: shown)))
        } catch {
            let problem = HTTPGetter.describe(error, settings: settings, url: shown)
            if HTTPGetter.isHopeless(problem) {
                return .fatal(DataError(.unavailable, problem + "; check the network, the address (--base-url) or try again later",
                                        at: SourceLocation(file: shown)))
            }
            return .retryable(problem, retryAfter: nil)
        }
    }

    /// True for a failure that a retry cannot mend: the host name does not resolve, or nothing
    /// listens at the address (connection refused).
    static func isHopeless(_ problem: String) -> Bool {
        problem.hasPrefix("cannot resolve ") || problem.hasSuffix("(connection refused)")
    }

    /// A transport failure in words, without a driver dump.
    static func describe(_ error: any Error, settings: FetchSettings, url: String) -> String {
        if let client = error as? HTTPClientError {
            switch client {
            case .readTimeout: return "no answer within \(format(settings.readTimeout)) s (read timeout)"
            case .connectTimeout: return "no connection within \(format(settings.connectTimeout)) s (connect timeout)"
            case .deadlineExceeded: return "the answer took too long (deadline exceeded)"
            case .remoteConnectionClosed: return "the connection closed before the answer was complete"
            default: break
            }
        }
        if let parser = error as? HTTPParserError {
            return parser == .invalidEOFState
                ? "the connection closed before the answer was complete" : "the answer was not valid HTTP (\(parser))"
        }
        let text = String(describing: error).lowercased()
        let place = URL(string: url).map { "\($0.host ?? "?"):\($0.port.map(String.init) ?? ($0.scheme == "http" ? "80" : "443"))" } ?? url
        if text.contains("refused") { return "cannot connect to \(place) (connection refused)" }
        if text.contains("timeout") || text.contains("timed out") { return "no answer from \(place) (timed out)" }
        if text.contains("eof") || text.contains("closed") || text.contains("reset") {
            return "the connection closed before the answer was complete"
        }
        if text.contains("resolve") || text.contains("lookup") || text.contains("dns") { return "cannot resolve \(place)" }
        if text.contains("ssl") || text.contains("tls") || text.contains("certificate") { return "TLS failure talking to \(place)" }
        return "request to \(place) failed (\(type(of: error)))"
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
