import Foundation
import Hummingbird
import RotationApp
import RotationCore
import RotationData

/// `GET /symbol?symbol=RUT&benchmark=GSPC&years=5`: the price chart with record closes marked,
/// window returns, metrics against a benchmark over the charted span, and the worst drawdowns.
enum SymbolPage {
    static let parameters = [
        CommandParameter("symbol", .text, "The symbol (default the first of the watchlist the store holds)."),
        CommandParameter("benchmark", .text, "Benchmark for the metrics (default GSPC)."),
        CommandParameter("years", .integer, "Years of history charted and measured (default 5)."),
    ]

    static func render(_ arguments: CommandArguments, state: ServerState) async throws -> String {
        try ReadCommand.checkNames(arguments, parameters: parameters, command: "the symbol page")
        let service = state.service
        let chartable = try await state.chartable()
        let held = chartable.map(\.symbol)
        guard let fallback = state.configuration.watchlist.first(where: held.contains) ?? held.first else {
            return PageLayout.page(title: "Symbol", active: "/symbol", body: "<h1>Symbol</h1><p>The store holds no prices yet.</p>")
        }
        var form = PageForm(arguments, filesRoot: state.configuration.filesRoot)
        let chosen = form.heldSymbol("symbol", default: fallback, held: held)
        let chosenBenchmark = form.heldSymbol("benchmark", default: "GSPC", held: held)
        let years = min(max(form.read("years") { try $0.integer("years") } ?? 5, 1), 100)
        guard !form.hasErrors, let symbol = chosen, let benchmark = chosenBenchmark else {
            let body = "<h1>Symbol</h1>" + form.alert() + formHTML(form, fallback: fallback, years: years, held: held)
            throw RenderedPage(status: form.status, html: PageLayout.page(title: "Symbol", active: "/symbol", body: body))
        }
        let bars = try await service.source.loadBars(symbol)
        let closes = bars.closes(basis: .price)
        guard let lastIndex = closes.lastIndex(where: { !$0.isNaN }) else {
            throw APIError(.badRequest, "\(symbol) has no closes")
        }
        let lastDay = bars.days[lastIndex]
        let startDay = TradingDay(year: lastDay.year - years, month: lastDay.month, day: min(lastDay.day, 28)) ?? bars.days[0]
        var body = "<h1>\(HTML.escape(Universe.label(for: symbol)))</h1>"
        body += formHTML(form, fallback: fallback, years: years, held: held)
        if let newest = chartable.compactMap(\.lastDate).max(), lastDay < newest {
            body += "<p class=\"stale\">\(HTML.escape(symbol))'s data end on \(lastDay), before the store's newest series (\(newest)).</p>"
        }
        body += "<h2>Price (close; dots mark record closes)</h2>" + ranges(symbol: symbol, benchmark: benchmark, years: years)
            + PageCharts.priceWithRecords(bars: bars, from: startDay, symbol: symbol)
        let perf = try await service.perf(PerfRequest(symbols: [symbol]))
        body += "<h2>Windows to \(HTML.escape(perf.asOf?.description ?? lastDay.description))</h2>"
            + HTML.table(["Window", "Start", "End", "Return"], perf.rows.map {
            [HTML.escape($0.window.description), HTML.escape($0.startDate?.description ?? "n/a"), HTML.escape($0.endDate?.description ?? "n/a"),
             "<span class=\"\(HTML.tone($0.return))\">\(HTML.percent($0.return))</span>"]
        })
        do {
            let metrics = try await service.metrics(MetricsRequest(symbol: symbol, benchmark: benchmark == symbol ? nil : benchmark, from: startDay))
            body += metricsSection(metrics.report)
        } catch {
            body += PageLayout.unavailable("Metrics against \(benchmark)", error, filesRoot: state.configuration.filesRoot)
        }
        return PageLayout.page(title: symbol, active: "/symbol", body: body)
    }

    /// Range presets as links (the page works without JavaScript): the span charted and measured.
    static func ranges(symbol: String, benchmark: String, years: Int) -> String {
        let presets = [(1, "1Y"), (3, "3Y"), (5, "5Y"), (10, "10Y"), (20, "20Y"), (100, "Max")]
        return "<nav class=\"tabs\" aria-label=\"Range\">" + presets.map { span, label in
            "<a href=\"/symbol?symbol=\(HTML.queryComponent(symbol))&amp;benchmark=\(HTML.queryComponent(benchmark))&amp;years=\(span)\""
                + (span == years ? " aria-current=\"page\"" : "") + ">\(label)</a>"
        }.joined() + "</nav>"
    }

    /// Symbol and benchmark with a search list of the store's chartable series, and the years.
    static func formHTML(_ form: PageForm, fallback: String, years: Int, held: [String]) -> String {
        "<form method=\"get\" action=\"/symbol\">"
            + form.input("symbol", "Symbol", value: fallback, size: 10, list: "symbols", extra: " autocomplete=\"off\"")
            + form.input("benchmark", "Benchmark", value: "GSPC", size: 8, list: "symbols", extra: " autocomplete=\"off\"")
            + form.input("years", "Years", value: String(years), size: 4, type: "number", extra: " min=\"1\" max=\"100\"")
            + "<button>Show</button></form>" + PageForm.symbolList(held)
    }

    static func metricsSection(_ r: MetricsReport) -> String {
        var rows: [[String]] = [
            ["Total return", HTML.percent(r.totalReturn)], ["CAGR", HTML.percent(r.cagr)],
            ["Annual volatility", HTML.percent(r.annualVolatility, signed: false)], ["Sharpe", HTML.decimal(r.sharpe)],
            ["Sortino", HTML.decimal(r.sortino)], ["Max drawdown", HTML.percent(r.maxDrawdown)],
        ]
        if r.benchmark != nil {
            rows += [["Beta", HTML.decimal(r.beta)], ["Alpha (annual)", HTML.percent(r.alpha)], ["Correlation", HTML.decimal(r.correlation)],
                     ["Up capture", HTML.decimal(r.upCapture)], ["Down capture", HTML.decimal(r.downCapture)]]
        }
        var out = "<h2>Metrics\(r.benchmark.map { " vs " + HTML.escape($0) } ?? ""), \(HTML.escape(r.firstDate?.description ?? "?")) to \(HTML.escape(r.lastDate?.description ?? "?"))</h2>"
        out += HTML.table(["Metric", "Value"], rows)
        out += "<h2>Worst drawdowns</h2>" + HTML.table(["Peak", "Trough", "Recovery", "Depth", "Periods to trough"], r.drawdowns.map {
            [HTML.escape($0.peakDate?.description ?? "start"), HTML.escape($0.troughDate.description),
             HTML.escape($0.recoveryDate?.description ?? "open"), HTML.percent($0.depth), "\($0.peakToTroughPeriods)"]
        })
        return out
    }
}
