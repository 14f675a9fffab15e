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
        CommandParameter("period", .choice(["week", "day"]), "Period (default week)."),
    ]

    /// Indexes and sector ETFs placed when no symbols are named.
    static let defaultSymbols = ["RUT", "IXIC", "DJI", "XLK", "XLF", "XLE", "XLV", "XLI", "XLY", "XLP", "XLU", "XLB", "XLRE", "XLC"]

    static func render(_ arguments: CommandArguments, state: ServerState) async throws -> String {
        try ReadCommand.checkNames(arguments, parameters: parameters, command: "the rotation page")
        let held = try await state.service.symbols().symbols.map(\.symbol)
        let benchmark = try arguments.storeSymbol("benchmark", default: "GSPC") ?? "GSPC"
        var symbols = try arguments.storeSymbols("symbols")
        if symbols.isEmpty { symbols = defaultSymbols.filter { held.contains($0) && $0 != benchmark } }
        let period: PeriodicFrequency = try arguments.choice("period", as: PeriodicFrequency.self) ?? .week
        var body = "<h1>Rotation map against \(HTML.escape(benchmark))</h1>"
        body += "<form method=\"get\" action=\"/rotation\"><label>Symbols<input name=\"symbols\" size=\"40\" value=\"\(HTML.escape(symbols.joined(separator: ",")))\"></label>"
            + "<label>Benchmark<input name=\"benchmark\" size=\"8\" value=\"\(HTML.escape(benchmark))\"></label>"
            + "<label>Period<select name=\"period\"><option\(period == .week ? " selected" : "")>week</option><option\(period == .day ? " selected" : "")>day</option></select></label><button>Show</button></form>"
        guard !symbols.isEmpty else {
            return PageLayout.page(title: "Rotation map", active: "/rotation", body: body + "<p>No symbols to place: import index or sector prices.</p>")
        }
        let report = try await state.service.rotationMap(RotationMapRequest(symbols: symbols, benchmark: benchmark, period: period))
        body += PageCharts.rotationMap(report)
        body += HTML.table(["Symbol", "Date", "RS-Ratio", "RS-Momentum", "Quadrant"], report.points.map {
            [HTML.escape($0.symbol), HTML.escape($0.date?.description ?? "n/a"), HTML.decimal($0.rsRatio), HTML.decimal($0.rsMomentum),
             HTML.escape($0.quadrant?.rawValue ?? "n/a")]
        })
        body += "<p class=\"note\">\(HTML.escape(report.formula))</p>"
        return PageLayout.page(title: "Rotation map", active: "/rotation", body: body)
    }
}
