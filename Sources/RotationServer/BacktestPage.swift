import Foundation
import Hummingbird
import RotationApp
import RotationBacktest
import RotationCore

/// `GET /backtest?strategy=allocation&a=SPY&b=IWM…`: a form for the common strategies (a
/// two-asset allocation, relative-momentum rotation, a long/short pair), the equity curve and
/// the metrics of the run. The form builds the same spec JSON `POST /api/backtest` takes.
enum BacktestPage {
    static let parameters = [
        CommandParameter("strategy", .choice(["allocation", "rotation", "pairs"]), "Strategy (default allocation)."),
        CommandParameter("a", .text, "First symbol: held with weight_a, rotated into, or held long (default SPY)."),
        CommandParameter("b", .text, "Second symbol: the rest of the weight, the other rotation leg, or shorted (default IWM)."),
        CommandParameter("weight_a", .number, "Allocation: weight of A, 0…1 (default 0.85)."),
        CommandParameter("lookback_weeks", .integer, "Rotation: momentum lookback in weeks (default 12)."),
        CommandParameter("rebalance", .choice(["monthly", "quarterly", "weekly", "none"]),
                         "Rebalancing of every strategy (default monthly; rotation: its decision schedule, default weekly)."),
        CommandParameter("from", .date, "First day (default 2015-01-01)."),
        CommandParameter("to", .date, "Last day (default: the data's end)."),
        CommandParameter("commission_bps", .number, "Commission per trade in basis points (default 1)."),
    ]

    static let strategies = ["allocation", "rotation", "pairs"]
    static let rebalances = ["monthly", "quarterly", "weekly", "none"]

    static func render(_ arguments: CommandArguments, state: ServerState) async throws -> String {
        try ReadCommand.checkNames(arguments, parameters: parameters, command: "the backtest page")
        var form = PageForm(arguments, filesRoot: state.configuration.filesRoot)
        let held = try await state.chartable().map(\.symbol)
        var strategy = form.read("strategy") { try $0.single("strategy") } ?? "allocation"
        if !strategies.contains(strategy) {
            form.fail("strategy", "expected one of \(strategies.joined(separator: ", ")), got \"\(strategy)\"")
            strategy = "allocation"
        }
        let symbolA = form.heldSymbol("a", default: "SPY", held: held)
        let symbolB = form.heldSymbol("b", default: "IWM", held: held)
        let weightA = form.read("weight_a") { try $0.number("weight_a") } ?? 0.85
        if !(0...1).contains(weightA) { form.fail("weight_a", "expected a weight from 0 to 1, got \(weightA)") }
        let lookback = form.read("lookback_weeks") { try $0.integer("lookback_weeks") } ?? 12
        if lookback < 1 { form.fail("lookback_weeks", "expected a whole number of weeks ≥ 1, got \(lookback)") }
        let rebalance = form.read("rebalance") { try $0.single("rebalance") } ?? (strategy == "rotation" ? "weekly" : "monthly")
        if !rebalances.contains(rebalance) {
            form.fail("rebalance", "expected one of \(rebalances.joined(separator: ", ")), got \"\(rebalance)\"")
        }
        let from = form.read("from") { try $0.day("from") }
        let to = form.read("to") { try $0.day("to") }
        if let from, let to, to < from { form.fail("to", "the last day \(to) is before the first day \(from)") }
        let commission = form.read("commission_bps") { try $0.number("commission_bps") } ?? 1
        if commission < 0 { form.fail("commission_bps", "expected basis points ≥ 0, got \(HTML.decimal(commission))") }
        // A field the chosen strategy does not read is refused, naming it: the pairs form used to
        // drop `rebalance` and report 0 rebalances (issue 16, case 6). Each strategy's form now
        // sends only its own fields, so this catches hand-written links.
        for (name, usedBy) in [("weight_a", "allocation"), ("lookback_weeks", "rotation")]
        where strategy != usedBy && !arguments.all(name).isEmpty {
            form.failForm(APIError(.badRequest, "\(name): not used by strategy \"\(strategy)\" (only by \(usedBy))"))
        }
        func page(_ results: String) -> String {
            let body = "<h1>Backtest</h1>" + tabs(strategy, form: form) + form.alert()
                + formHTML(form, strategy: strategy, rebalance: rebalance, held: held) + results
            return PageLayout.page(title: "Backtest", active: "/backtest", body: body)
        }
        guard !form.hasErrors, let a = symbolA, let b = symbolB else { throw RenderedPage(status: form.status, html: page("")) }
        var spec: [String: Any] = ["strategy": strategy, "from": (from?.description ?? "2015-01-01"), "commission_bps": commission,
                                   "rebalance": rebalance]
        if let to { spec["to"] = to.description }
        switch strategy {
        case "rotation": spec["a"] = a; spec["b"] = b; spec["lookback_weeks"] = lookback
        case "pairs": spec["long"] = a; spec["short"] = b
        default: spec["weights"] = [a: weightA, b: 1 - weightA]
        }
        let specJSON = try JSONSerialization.data(withJSONObject: spec, options: [.sortedKeys])
        let report: BacktestReport
        do {
            let decoded = try BacktestRequest.decodeSpec(specJSON, file: "the form")
            report = try await state.service.backtest(BacktestRequest(spec: decoded))
        } catch {
            form.failForm(error)
            throw RenderedPage(status: form.status, html: page(""))
        }
        let r = report.result
        var results = "<p>\(HTML.escape(r.strategy.rawValue)) of \(HTML.symbolLink(a)) and \(HTML.symbolLink(b)), "
            + "\(HTML.escape(r.firstDate.description)) to \(HTML.escape(r.lastDate.description)): "
            + "final equity \(HTML.decimal(r.finalEquity, decimals: 4)), total return \(HTML.percent(r.totalReturn)), "
            + "\(r.rebalances) rebalances, costs \(HTML.decimal(r.costs, decimals: 6)).</p>"
        results += PageCharts.lines([("equity", r.equity.map(\.date), r.equity.map { Optional($0.equity) })], title: "Equity curve",
                                    description: "Equity of the strategy, starting at 1 on \(r.firstDate) (a multiple of the start, "
                                        + "dashed line at 1), daily, to \(r.lastDate).", id: "equity", reference: 1)
        results += SymbolPage.metricsSection(report.metrics)
        results += "<p class=\"note\">Spec: <code>\(HTML.escape(String(decoding: specJSON, as: UTF8.self)))</code> — the same JSON "
            + "<code>POST /api/backtest</code> and <code>rotation backtest --spec</code> take.</p>"
        return page(results)
    }

    /// One link per strategy; the current one is marked. A link keeps the chosen symbols.
    static func tabs(_ strategy: String, form: PageForm) -> String {
        let keep = ["a", "b"].compactMap { name in
            form.typed(name).isEmpty ? nil : "&\(name)=\(HTML.queryComponent(form.typed(name)))"
        }.joined()
        return "<nav class=\"tabs\" aria-label=\"Strategies\">" + strategies.map { name in
            "<a href=\"/backtest?strategy=\(name)\(HTML.escape(keep))\"\(name == strategy ? " aria-current=\"page\"" : "")>\(name.capitalized)</a>"
        }.joined() + "</nav>"
    }

    /// The chosen strategy's form: only the fields it reads, each holding what was typed.
    static func formHTML(_ form: PageForm, strategy: String, rebalance: String, held: [String]) -> String {
        var out = "<form method=\"get\" action=\"/backtest\"><input type=\"hidden\" name=\"strategy\" value=\"\(HTML.escape(strategy))\">"
        let names = strategy == "pairs" ? ("Long", "Short") : ("A", "B")
        out += form.input("a", names.0, value: "SPY", size: 8, list: "symbols")
        out += form.input("b", names.1, value: "IWM", size: 8, list: "symbols")
        if strategy == "allocation" { out += form.input("weight_a", "Weight of A (0–1)", value: "0.85", size: 5, extra: " inputmode=\"decimal\"") }
        if strategy == "rotation" {
            out += form.input("lookback_weeks", "Lookback weeks", value: "12", size: 4, type: "number", extra: " min=\"1\"")
        }
        out += form.select("rebalance", "Rebalance", options: rebalances, chosen: rebalance)
        out += form.input("from", "From", value: "2015-01-01", size: 10, placeholder: "YYYY-MM-DD")
        out += form.input("to", "To (empty: data end)", value: "", size: 10, placeholder: "YYYY-MM-DD")
        out += form.input("commission_bps", "Commission bps", value: "1", size: 4, extra: " inputmode=\"decimal\"")
        return out + "<button>Run</button></form>" + PageForm.symbolList(held)
    }
}
