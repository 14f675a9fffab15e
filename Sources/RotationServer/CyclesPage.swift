import Foundation
import Hummingbird
import RotationApp
import RotationCore

/// `GET /cycles?a=RUT&b=GSPC`: the A/B line and its ranked underperformance and outperformance
/// stretches, the current one first.
enum CyclesPage {
    static let parameters = [
        CommandParameter("a", .text, "Symbol A (default RUT)."),
        CommandParameter("b", .text, "Symbol B (default GSPC)."),
        CommandParameter("period", .choice(["month", "week"]), "Period (default month)."),
    ]

    static func render(_ arguments: CommandArguments, state: ServerState) async throws -> String {
        try ReadCommand.checkNames(arguments, parameters: parameters, command: "the cycles page")
        let a = try arguments.storeSymbol("a", default: "RUT") ?? "RUT"
        let b = try arguments.storeSymbol("b", default: "GSPC") ?? "GSPC"
        let period: PeriodicFrequency = try arguments.choice("period", as: PeriodicFrequency.self) ?? .month
        let service = state.service
        let report = try await service.cycles(CyclesRequest(a: a, b: b, period: period))
        let relative = try await service.relative(RelativeRequest(a: a, b: b, period: period))
        var body = "<h1>Cycles of \(HTML.escape(report.series))</h1>"
        body += "<form method=\"get\" action=\"/cycles\"><label>A<input name=\"a\" size=\"8\" value=\"\(HTML.escape(a))\"></label>"
            + "<label>B<input name=\"b\" size=\"8\" value=\"\(HTML.escape(b))\"></label>"
            + "<label>Period<select name=\"period\"><option\(period == .month ? " selected" : "")>month</option><option\(period == .week ? " selected" : "")>week</option></select></label><button>Show</button></form>"
        let line = relative.line
        body += PageCharts.lines([("\(a)/\(b)", line.map(\.date), line.map { Optional($0.value) })], title: "\(a) relative to \(b)",
                                 description: "The ratio of \(a) to \(b) by \(period.rawValue); falling stretches are underperformance.", id: "cycle")
        for episode in [report.current.underperformance, report.current.outperformance].compactMap({ $0 }) {
            body += "<p>Current \(HTML.escape(episode.direction.rawValue)): from \(HTML.escape(episode.startDate.description)), "
                + "\(episode.lengthPeriods) \(period.rawValue)s, depth \(HTML.percent(episode.depth)); rank \(episode.lengthRank) of "
                + "\(episode.of) by length, \(episode.depthRank) by depth.</p>"
        }
        for direction in [CycleDirection.underperformance, .outperformance] {
            let ranked = report.stretches.filter { $0.direction == direction }.sorted { $0.lengthRank < $1.lengthRank }.prefix(10)
            body += "<h2>Longest \(HTML.escape(direction.rawValue)) stretches</h2>"
            body += HTML.table(["Rank", "Start", "Extreme", "Recovered", "Periods", "Depth"], ranked.map {
                ["\($0.lengthRank)", HTML.escape($0.startDate.description),
                 HTML.escape(($0.direction == .underperformance ? $0.troughDate : $0.peakDate).description),
                 HTML.escape($0.recoveryDate?.description ?? "open"), "\($0.lengthPeriods)", HTML.percent($0.depth)]
            }, numericFrom: 4)
        }
        return PageLayout.page(title: "Cycles", active: "/cycles", body: body)
    }
}
