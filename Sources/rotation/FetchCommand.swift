import ArgumentParser
import RotationApp
import RotationCore
import RotationData

struct FetchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Download from a public source (stooq, yahoo, fred, french, ishares, sec, finra) and import.",
        discussion: """
            rotation fetch --defaults loads the default universe in one step: ^RUT ^GSPC ^IXIC ^NDX ^DJI, \
            IWM SPY QQQ DIA and the sector SPDRs from yahoo, DFF from fred, ff3_daily and ff3_monthly \
            from french. SOURCE without symbols fetches that source's part of it. \
            Stooq wants an API key (--api-key, else $ROTATION_STOOQ_API_KEY; never shown or logged) and \
            may refuse non-browser clients: yahoo is the default for indexes. \
            Every symbol is downloaded and checked before the store is touched; all symbols of one \
            invocation are one import, so any failure imports nothing. Raw answers are cached \
            ($XDG_CACHE_HOME/rotation or --cache DIR): a re-run uses no network; --refresh downloads \
            again. HTTP 5xx and 429 are retried with exponential backoff (Retry-After respected); a \
            host that does not resolve or refuses the connection fails at once. \
            SYMBOL=NAME stores under NAME. ishares writes NAME_holdings_DATE.csv into --out instead \
            of importing. The base URL of SOURCE is --base-url, else $ROTATION_<SOURCE>_BASE_URL. \
            Exit 69 when the service fails or answers something other than data (an HTML page, an \
            empty body, Stooq's "Get your apikey", "No data" or daily limit), 66 when it has no such \
            symbol (or iShares no holdings for the day), 65 for malformed answers. \
            sec TICKER… [--members FILE|DATE] [--bulk companyfacts.zip] --user-agent "Name email" stores \
            companies' XBRL facts (ROTATION_SEC_USER_AGENT; at most 10 requests a second); finra --date D \
            stores FINRA's short interest for settlement date D. See docs/PROVIDERS.md.
            """)

    @Argument(help: "stooq, yahoo, fred, french, ishares, sec or finra (none with --defaults).")
    var source: String?

    @Argument(help: "Symbols as the source spells them (^spx, iwm.us, ^RUT, DGS10, ff3_daily, IWM), each optionally SYMBOL=NAME; none: the source's default symbols.")
    var symbols: [String] = []

    @Flag(help: "Fetch the default universe from yahoo, fred and french (no SOURCE).")
    var defaults = false

    @Option(help: ArgumentHelp("Stooq's API key (default: $ROTATION_STOOQ_API_KEY); sent only, never shown or logged.", valueName: "KEY"))
    var apiKey: String?

    @Option(help: ArgumentHelp("First day to fetch.", valueName: "YYYY-MM-DD"))
    var from: TradingDay?

    @Option(help: ArgumentHelp("Last day to fetch (ishares: the holdings date).", valueName: "YYYY-MM-DD"))
    var to: TradingDay?

    @Option(help: ArgumentHelp("Cache directory for raw answers.", discussion: "Default: $XDG_CACHE_HOME/rotation (~/.cache/rotation).", valueName: "DIR"))
    var cache: String?

    @Flag(help: "Ignore cached answers and download again.")
    var refresh = false

    @Option(help: ArgumentHelp("Base URL of the source (a mirror or test server).", valueName: "URL"))
    var baseURL: String?

    @Option(help: ArgumentHelp("Where ishares holdings files are written (default: the current directory).", valueName: "DIR"))
    var out: String?

    @Option(help: ArgumentHelp("Attempts per request, retries included (default 4).", valueName: "N"))
    var attempts: Int?

    @Option(help: ArgumentHelp("Read timeout in seconds (default 30).", valueName: "SECONDS"))
    var timeout: Double?

    @Option(help: ArgumentHelp("Least seconds between requests to one host (default 1).", valueName: "SECONDS"))
    var interval: Double?

    @Option(help: ArgumentHelp("First retry delay in seconds, doubled per attempt (default 1).", valueName: "SECONDS"))
    var backoff: Double?

    @OptionGroup var filings: FilingsFetchOptions

    @OptionGroup var store: StoreOptions

    func run() async throws {
        switch source?.lowercased() {
        case "sec": return try await runSEC()
        case "finra": return try await runFINRA()
        default: break
        }
        let request = FetchRequest(
            source: source, symbols: symbols, defaults: defaults, apiKey: apiKey, from: from, to: to, baseURL: baseURL,
            cacheDirectory: cache, refresh: refresh, outputDirectory: out, attempts: attempts, timeout: timeout,
            interval: interval, backoff: backoff)
        let bar = ProgressBar(label: "fetching")
        let result = try await store.service.fetch(request, progress: { done, total in bar.update(done: done, total: total) })
        for note in result.notes ?? [] { Output.note(note) }
        if store.json { return try Output.json(result) }
        if let holdings = result.holdings {
            let rows = holdings.map { [$0.symbol, "\($0.date)", "\($0.members)", $0.file] }
            Output.print(TextTable.render(columns: ["Symbol", "Date", "Members", "File"], rows: rows))
        }
        if !result.imports.isEmpty {
            let rows = result.imports.map { report in
                [report.symbol ?? "", "\(report.added)", "\(report.updated)", "\(report.unchanged)",
                 report.firstDate.map(String.init(describing:)) ?? "", report.lastDate.map(String.init(describing:)) ?? ""]
            }
            Output.print(TextTable.render(columns: ["Symbol", "Added", "Updated", "Unchanged", "First", "Last"], rows: rows))
        }
        for item in result.provenance {
            Output.note("\(item.storedAs): \(item.fromCache ? "cached" : "fetched") \(item.fetchedAt) \(item.url)")
        }
    }
}
