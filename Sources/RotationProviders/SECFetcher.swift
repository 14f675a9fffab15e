import AsyncHTTPClient
import Foundation
import RotationCore
import RotationData
import ZIPFoundation

/// Downloads companies' XBRL company facts from the SEC (or reads them from the bulk
/// `companyfacts.zip`) under the SEC's fair-access rules: a `User-Agent` naming the user and a
/// contact address, at most 10 requests a second to one host, gzip, and the on-disk cache.
///
/// Tickers are mapped to CIKs with `company_tickers.json`. A ticker the SEC does not list is
/// `unknown`; a listed company whose answer is missing (HTTP 404) or holds none of the kept
/// concepts is `withoutFacts`. Every answer is parsed before anything is returned; any other
/// failure throws one `DataError` and returns nothing.
public struct SECFetcher: Sendable {
    /// `https://data.sec.gov` (company facts) and `https://www.sec.gov` (ticker map) unless a
    /// base URL (a mirror or test server serving both paths) is given.
    public var factsBaseURL: String
    public var tickersBaseURL: String
    public var userAgent: String
    public var settings: FetchSettings

    /// The SEC's published ceiling: 10 requests a second.
    public static let minimumInterval = 0.1

    public init(userAgent: String, settings: FetchSettings, baseURL: String?) {
        self.userAgent = userAgent
        var settings = settings
        settings.minimumInterval = max(settings.minimumInterval, Self.minimumInterval)
        self.settings = settings
        let trimmed = baseURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        factsBaseURL = trimmed ?? "https://data.sec.gov"
        tickersBaseURL = trimmed ?? "https://www.sec.gov"
    }

    /// Whether a `User-Agent` names someone and an address, as the SEC asks
    /// ("Sample Company Name AdminContact@<sample company domain>.com"): some text and an `@`.
    public static func isAcceptableUserAgent(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let at = trimmed.firstIndex(of: "@") else { return false }
        return trimmed.contains(" ") && at != trimmed.startIndex && trimmed.index(after: at) != trimmed.endIndex
    }

    /// What one fetch produced.
    public struct Result: Sendable {
        public var items: [CompanyFactsImportItem]
        /// Tickers the SEC's ticker map does not list.
        public var unknown: [String]
        /// Listed tickers without company facts (HTTP 404) or without any kept concept.
        public var withoutFacts: [String]
        public var provenance: [Provenance]
    }

    /// The facts of each ticker's company: from `bulk` (the SEC's `companyfacts.zip`, read one
    /// entry at a time) when given, else one request per company. `tickerMap` is a local copy
    /// of `company_tickers.json`; without one it is downloaded (or read from the cache).
    public func fetch(tickers: [String], bulk: String? = nil, tickerMap: String? = nil,
                      now: @Sendable () -> Date = Date.init) async throws -> Result {
        let cache = ResponseCache(directory: settings.cacheDirectory)
        let limiter = HostRateLimiter(interval: settings.minimumInterval)
        let session = Session(make: { [settings] in FetchEngine(settings: settings).makeClient(decompressing: true) })
        do {
            let result = try await fetch(tickers: tickers, bulk: bulk, tickerMap: tickerMap, cache: cache, now: now) {
                HTTPGetter(client: session.client(), settings: settings, limiter: limiter, userAgent: userAgent, acceptGzip: true)
            }
            await session.shutdown()
            return result
        } catch {
            await session.shutdown()
            throw error
        }
    }

    /// The HTTP client, made on first use (a fully cached run opens no connection).
    private final class Session {
        let make: () -> HTTPClient
        var made: HTTPClient?
        init(make: @escaping () -> HTTPClient) { self.make = make }
        func client() -> HTTPClient {
            if made == nil { made = make() }
            return made!
        }
        func shutdown() async { try? await made?.shutdown() }
    }

    private func fetch(tickers: [String], bulk: String?, tickerMap: String?, cache: ResponseCache, now: () -> Date,
                       getter: () -> HTTPGetter) async throws -> Result {
        let answers = CachedAnswer(cache: cache, source: "sec", refresh: settings.refresh)
        var provenance: [Provenance] = []

        // The ticker map.
        let map: SECTickerMap
        if let tickerMap {
            let data = try Self.read(tickerMap)
            map = try SECTickerMap.parse(data, file: tickerMap)
        } else {
            let url = tickersBaseURL + "/files/company_tickers.json"
            var parsed: SECTickerMap?
            let (_, record) = try await answers.body(url: url, name: "company_tickers", ext: "json", now: now,
                                                     get: { try await getter().get(url) },
                                                     validate: { body, origin in parsed = try SECTickerMap.parse(Data(body), file: origin) })
            map = parsed!
            provenance.append(record)
        }

        // Tickers by CIK, in the order given.
        var unknown: [String] = [], order: [Int] = [], byCIK: [Int: [String]] = [:]
        for ticker in tickers {
            guard let cik = map.cik(of: ticker) else { unknown.append(ticker); continue }
            if byCIK[cik] == nil { order.append(cik) }
            byCIK[cik, default: []].append(SECTickerMap.normalised(ticker))
        }

        var items: [CompanyFactsImportItem] = [], withoutFacts: [String] = []
        if let bulk {
            let archive: Archive
            do {
                archive = try Archive(url: URL(fileURLWithPath: bulk), accessMode: .read)
            } catch {
                guard FileManager.default.fileExists(atPath: bulk) else {
                    throw DataError(.missingFile, "no such file or directory", at: SourceLocation(file: bulk))
                }
                throw DataError(.badInput, "not a zip archive (truncated or corrupt)", at: SourceLocation(file: bulk))
            }
            for cik in order {
                let name = Self.entryName(cik)
                guard let entry = archive[name] else { withoutFacts += byCIK[cik]!; continue }
                var bytes = Data()
                do {
                    _ = try archive.extract(entry, skipCRC32: false) { bytes.append($0) }
                } catch {
                    throw DataError(.badInput, "cannot unpack \(name) (truncated or corrupt archive)", at: SourceLocation(file: bulk))
                }
                let origin = "\(bulk)#\(name)"
                let facts = try SECCompanyFacts.parse(bytes, file: origin)
                if facts.facts.isEmpty { withoutFacts += byCIK[cik]!; continue }
                items.append(CompanyFactsImportItem(source: origin, contentHash: ContentHash.fnv1a64([UInt8](bytes)),
                                                    tickers: byCIK[cik]!, facts: facts))
            }
        } else {
            for cik in order {
                let url = factsBaseURL + "/api/xbrl/companyfacts/\(Self.entryName(cik))"
                let record: Provenance
                var parsed: SECCompanyFacts?
                do {
                    (_, record) = try await answers.body(url: url, name: "CIK\(Self.padded(cik))", ext: "json", now: now,
                                                         get: { try await getter().get(url) },
                                                         validate: { body, origin in parsed = try SECCompanyFacts.parse(Data(body), file: origin) })
                } catch let error as DataError where error.code == .unknownSymbol {
                    withoutFacts += byCIK[cik]!
                    continue
                }
                let facts = parsed!
                provenance.append(Provenance(source: "sec", symbol: byCIK[cik]!.joined(separator: ","), storedAs: "CIK\(Self.padded(cik))",
                                             url: url, fetchedAt: record.fetchedAt, contentHash: record.contentHash,
                                             cacheFile: record.cacheFile, fromCache: record.fromCache))
                if facts.facts.isEmpty { withoutFacts += byCIK[cik]!; continue }
                items.append(CompanyFactsImportItem(source: "\(url) (sec, fetched \(record.fetchedAt))", contentHash: record.contentHash,
                                                    tickers: byCIK[cik]!, facts: facts))
            }
        }
        return Result(items: items, unknown: unknown, withoutFacts: withoutFacts, provenance: provenance)
    }

    /// `CIK0000320193.json`, the name of a company's answer (and of its bulk-zip entry).
    static func entryName(_ cik: Int) -> String { "CIK\(padded(cik)).json" }

    static func padded(_ cik: Int) -> String {
        let digits = String(cik)
        return String(repeating: "0", count: max(0, 10 - digits.count)) + digits
    }

    /// A local file's bytes with the contract's missing-file and I/O errors.
    static func read(_ path: String) throws -> Data {
        guard FileManager.default.fileExists(atPath: path) else {
            throw DataError(.missingFile, "no such file or directory", at: SourceLocation(file: path))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DataError(.io, "cannot read the file", at: SourceLocation(file: path))
        }
        return data
    }
}
