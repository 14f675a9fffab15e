import Foundation
import Hummingbird
import RotationApp
import RotationCore

/// `GET /rotation?symbols=RUT,IXIC&benchmark=GSPC`: the rotation map (RS-Ratio against
/// RS-Momentum, each symbol with its tail) and its table.
enum RotationMapPage {
    static let parameters = [
        CommandParameter("symbols", .list, "Symbols to place (default: indexes and sector ETFs the store holds)."),
        CommandParameter("benchmark", .text, "The benchmark (default GSPC)."),
        CommandParameter("period", .choice(["week", "day", "month"]), "Period (default week)."),
    ]

    /// Indexes and sector ETFs placed when no symbols are named.
    static let defaultSymbols = ["RUT", "IXIC", "DJI", "XLK", "XLF", "XLE", "XLV", "XLI", "XLY", "XLP", "XLU", "XLB", "XLRE", "XLC"]

    static func render(_ arguments: CommandArguments, state: ServerState) async throws -> String {
        try ReadCommand.checkNames(arguments, parameters: parameters, command: "the rotation page")
        let held = try await state.chartable().map(\.symbol)
        var form = PageForm(arguments, filesRoot: state.configuration.filesRoot)
        let benchmark = form.heldSymbol("benchmark", default: "GSPC", held: held) ?? "GSPC"
        var symbols = form.read("symbols") { try $0.storeSymbols("symbols") } ?? []
        if let unknown = symbols.first(where: { !held.contains($0) }) {
            form.fail("symbols", "unknown symbol \"\(unknown)\" (the list shows what the store holds)", missing: true)
        }
        if symbols.isEmpty { symbols = defaultSymbols.filter { held.contains($0) && $0 != benchmark } }
        let period: PeriodicFrequency = form.read("period") { try $0.choice("period", as: PeriodicFrequency.self) } ?? .week
        let controls = "<form method=\"get\" action=\"/rotation\">"
            + form.input("symbols", "Symbols (comma-separated)", value: symbols.joined(separator: ","), size: 40, extra: " autocomplete=\"off\"")
            + form.input("benchmark", "Benchmark", value: "GSPC", size: 8, list: "symbols", extra: " autocomplete=\"off\"")
            + form.select("period", "Period", options: ["week", "day", "month"], chosen: form.errors["period"] == nil ? period.rawValue : form.typed("period"))
            + "<button>Show</button></form>" + PageForm.symbolList(held)
        guard !form.hasErrors else {
            throw RenderedPage(status: form.status, html: PageLayout.page(title: "Rotation map", active: "/rotation",
                                                                          body: "<h1>Rotation map</h1>" + form.alert() + controls))
        }
        var body = "<h1>Rotation map against \(HTML.symbolLink(benchmark))</h1>" + controls
        guard !symbols.isEmpty else {
            return PageLayout.page(title: "Rotation map", active: "/rotation", body: body + "<p>No symbols to place: import index or sector prices.</p>")
        }
        let report = try await state.service.rotationMap(RotationMapRequest(symbols: symbols, benchmark: benchmark, period: period))
        body += PageLayout.coverage(report.series, notes: report.notes, asOf: report.asOf)
        body += PageCharts.rotationMap(report)
        body += HTML.table(["Symbol", "Date", "RS-Ratio", "RS-Momentum", "Quadrant"], report.points.map {
            [HTML.symbolLink($0.symbol), HTML.escape($0.date?.description ?? "n/a"), HTML.decimal($0.rsRatio), HTML.decimal($0.rsMomentum),
             HTML.escape($0.quadrant?.rawValue ?? "n/a")]
        })
        body += "<p class=\"note\">\(HTML.escape(report.formula))</p>"
        return PageLayout.page(title: "Rotation map", active: "/rotation", body: body)
    }
}
