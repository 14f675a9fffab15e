import ArgumentParser
import RotationApp
import RotationCore
import RotationData

/// The options of `fetch sec` and `fetch finra`.
struct FilingsFetchOptions: ParsableArguments {
    @Option(help: ArgumentHelp("sec: who you are, for the SEC (a name and a contact address).",
                               discussion: "Default: $ROTATION_SEC_USER_AGENT. Required by the SEC's fair-access rules.",
                               valueName: "\"Name email\""))
    var userAgent: String?

    @Option(help: ArgumentHelp("sec: the members whose filings to fetch: a members or holdings file, or DATE, INDEX@DATE or INDEX for the store's snapshots (repeatable).",
                               valueName: "FILE|DATE"))
    var members: [String] = []

    @Option(help: ArgumentHelp("sec: the SEC's bulk companyfacts.zip, read instead of one request per company.", valueName: "FILE"))
    var bulk: String?

    @Option(help: ArgumentHelp("sec: a local copy of the SEC's company_tickers.json (default: downloaded, cached).", valueName: "FILE"))
    var tickers: String?

    @Option(help: ArgumentHelp("finra: the settlement date of the short-interest file.", valueName: "YYYY-MM-DD"))
    var date: TradingDay?
}

extension FetchCommand {
    func runSEC() async throws {
        let request = SECFetchRequest(
            tickers: symbols, members: filings.members, bulk: filings.bulk, tickerMap: filings.tickers,
            userAgent: filings.userAgent, baseURL: baseURL, cacheDirectory: cache, refresh: refresh,
            attempts: attempts, timeout: timeout, backoff: backoff)
        let result = try await store.service.fetchSEC(request)
        if store.json { return try Output.json(result) }
        let rows = result.imports.map { report in
            [report.tickers.joined(separator: ","), String(report.cik), report.name, "\(report.added)", "\(report.removed)",
             "\(report.unchanged)", report.lastFiled.map(String.init(describing:)) ?? ""]
        }
        Output.print(TextTable.render(columns: ["Tickers", "CIK", "Name", "Added", "Removed", "Unchanged", "Last filed"], rows: rows))
        Output.print("\(result.imports.count) of \(result.requested) tickers stored; \(result.unknown.count) unknown to the SEC"
                     + (result.unknown.isEmpty ? "" : " (\(result.unknown.joined(separator: ", ")))")
                     + "; \(result.withoutFacts.count) without facts"
                     + (result.withoutFacts.isEmpty ? "" : " (\(result.withoutFacts.joined(separator: ", ")))") + "\n")
        for item in result.provenance {
            Output.note("\(item.storedAs): \(item.fromCache ? "cached" : "fetched") \(item.fetchedAt) \(item.url)")
        }
    }

    func runFINRA() async throws {
        guard let date = filings.date else {
            throw Failure(.usage, "fetch finra needs --date YYYY-MM-DD, a short-interest settlement date (mid-month and month-end)")
        }
        guard symbols.isEmpty else {
            throw Failure(.usage, "fetch finra takes no symbols: one settlement date's file holds every symbol")
        }
        let result = try await store.service.fetchFINRA(FINRAFetchRequest(
            date: date, baseURL: baseURL, cacheDirectory: cache, refresh: refresh, attempts: attempts, timeout: timeout))
        if store.json { return try Output.json(result) }
        let rows = result.imports.map { ["\($0.settlementDate)", "\(result.symbols)", "\($0.added)", "\($0.updated)", "\($0.unchanged)"] }
        Output.print(TextTable.render(columns: ["Settlement", "Symbols", "Added", "Updated", "Unchanged"], rows: rows))
        for item in result.provenance {
            Output.note("\(item.storedAs): \(item.fromCache ? "cached" : "fetched") \(item.fetchedAt) \(item.url)")
        }
    }
}
