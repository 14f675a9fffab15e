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
        CommandParameter("period", .choice(["month", "week", "day"]), "Period (default month)."),
    ]

    static func render(_ arguments: CommandArguments, state: ServerState) async throws -> String {
        try ReadCommand.checkNames(arguments, parameters: parameters, command: "the cycles page")
        let held = try await state.chartable().map(\.symbol)
        var form = PageForm(arguments, filesRoot: state.configuration.filesRoot)
        let symbolA = form.heldSymbol("a", default: "RUT", held: held)
        let symbolB = form.heldSymbol("b", default: "GSPC", held: held)
        let period: PeriodicFrequency = form.read("period") { try $0.choice("period", as: PeriodicFrequency.self) } ?? .month
        let controls = "<form method=\"get\" action=\"/cycles\">"
            + form.input("a", "A", value: "RUT", size: 8, list: "symbols", extra: " autocomplete=\"off\"")
            + form.input("b", "B", value: "GSPC", size: 8, list: "symbols", extra: " autocomplete=\"off\"")
            + form.select("period", "Period", options: ["month", "week", "day"], chosen: form.errors["period"] == nil ? period.rawValue : form.typed("period"))
            + "<button>Show</button></form>" + PageForm.symbolList(held)
        guard !form.hasErrors, let a = symbolA, let b = symbolB else {
            throw RenderedPage(status: form.status, html: PageLayout.page(title: "Cycles", active: "/cycles",
                                                                          body: "<h1>Cycles</h1>" + form.alert() + controls))
        }
        let service = state.service
        let report = try await service.cycles(CyclesRequest(a: a, b: b, period: period))
        let relative = try await service.relative(RelativeRequest(a: a, b: b, period: period))
        var body = "<h1>Cycles of \(HTML.symbolLink(a)) / \(HTML.symbolLink(b))</h1>" + controls
        let line = relative.line
        body += PageLayout.coverage(relative.series, notes: relative.notes, asOf: relative.asOf)
        body += PageCharts.lines([("\(a)/\(b)", line.map(\.date), line.map { Optional($0.value) })], title: "\(a) relative to \(b), \(period.adjective)",
                                 description: PageCharts.rebasedDescription(a: a, b: b, line: line, period: period)
                                    + " Falling stretches are underperformance.", id: "cycle")
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
