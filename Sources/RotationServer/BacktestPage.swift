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

    static func render(_ arguments: CommandArguments, state: ServerState) async throws -> String {
        try ReadCommand.checkNames(arguments, parameters: parameters, command: "the backtest page")
        let strategy = try arguments.single("strategy") ?? "allocation"
        let a = try arguments.storeSymbol("a", default: "SPY") ?? "SPY"
        let b = try arguments.storeSymbol("b", default: "IWM") ?? "IWM"
        let weightA = try arguments.number("weight_a") ?? 0.85
        let lookback = try arguments.integer("lookback_weeks") ?? 12
        let rebalance = try arguments.single("rebalance") ?? (strategy == "rotation" ? "weekly" : "monthly")
        let from = try arguments.day("from")?.description ?? "2015-01-01"
        let to = try arguments.day("to")?.description
        let commission = try arguments.number("commission_bps") ?? 1
        guard (0...1).contains(weightA) else { throw APIError(.badRequest, "weight_a: expected a weight from 0 to 1, got \(weightA)") }
        // A form field the chosen strategy does not read is refused, naming it: the pairs form
        // used to drop `rebalance` and report 0 rebalances (issue 16, case 6).
        for (name, usedBy) in [("weight_a", "allocation"), ("lookback_weeks", "rotation")]
        where strategy != usedBy && !arguments.all(name).isEmpty {
            throw APIError(.badRequest, "\(name): not used by strategy \"\(strategy)\" (only by \(usedBy))")
        }
        var spec: [String: Any] = ["strategy": strategy, "from": from, "commission_bps": commission, "rebalance": rebalance]
        if let to { spec["to"] = to }
        switch strategy {
        case "rotation": spec["a"] = a; spec["b"] = b; spec["lookback_weeks"] = lookback
        case "pairs": spec["long"] = a; spec["short"] = b
        default: spec["weights"] = [a: weightA, b: 1 - weightA]
        }
        let specJSON = try JSONSerialization.data(withJSONObject: spec, options: [.sortedKeys])
        var body = "<h1>Backtest</h1>" + form(strategy: strategy, a: a, b: b, weightA: weightA, lookback: lookback,
                                               rebalance: rebalance, from: from, to: to ?? "", commission: commission)
        let decoded = try BacktestRequest.decodeSpec(specJSON, file: "the form")
        let report = try await state.service.backtest(BacktestRequest(spec: decoded))
        let r = report.result
        body += "<p>\(HTML.escape(r.strategy.rawValue)) \(HTML.escape(r.firstDate.description)) to \(HTML.escape(r.lastDate.description)): "
            + "final equity \(HTML.decimal(r.finalEquity, decimals: 4)), total return \(HTML.percent(r.totalReturn)), "
            + "\(r.rebalances) rebalances, costs \(HTML.decimal(r.costs, decimals: 6)).</p>"
        body += PageCharts.lines([("equity", r.equity.map(\.date), r.equity.map { Optional($0.equity) })], title: "Equity curve",
                                 description: "Equity of the strategy, starting at 1.", id: "equity", reference: 1)
        body += SymbolPage.metricsSection(report.metrics)
        body += "<p class=\"note\">Spec: <code>\(HTML.escape(String(decoding: specJSON, as: UTF8.self)))</code> — the same JSON "
            + "<code>POST /api/backtest</code> and <code>rotation backtest --spec</code> take.</p>"
        return PageLayout.page(title: "Backtest", active: "/backtest", body: body)
    }

    static func form(strategy: String, a: String, b: String, weightA: Double, lookback: Int, rebalance: String,
                     from: String, to: String, commission: Double) -> String {
        func select(_ name: String, _ options: [String], _ chosen: String) -> String {
            "<select name=\"\(name)\">" + options.map { "<option\($0 == chosen ? " selected" : "")>\($0)</option>" }.joined() + "</select>"
        }
        return "<form method=\"get\" action=\"/backtest\">"
            + "<label>Strategy\(select("strategy", ["allocation", "rotation", "pairs"], strategy))</label>"
            + "<label>A<input name=\"a\" size=\"7\" value=\"\(HTML.escape(a))\"></label>"
            + "<label>B<input name=\"b\" size=\"7\" value=\"\(HTML.escape(b))\"></label>"
            + "<label>Weight of A<input name=\"weight_a\" size=\"5\" value=\"\(weightA)\"></label>"
            + "<label>Lookback weeks<input name=\"lookback_weeks\" type=\"number\" min=\"1\" value=\"\(lookback)\"></label>"
            + "<label>Rebalance\(select("rebalance", ["monthly", "quarterly", "weekly", "none"], rebalance))</label>"
            + "<label>From<input name=\"from\" size=\"10\" value=\"\(HTML.escape(from))\"></label>"
            + "<label>To<input name=\"to\" size=\"10\" value=\"\(HTML.escape(to))\"></label>"
            + "<label>Commission bps<input name=\"commission_bps\" size=\"4\" value=\"\(commission)\"></label>"
            + "<button>Run</button></form>"
    }
}
