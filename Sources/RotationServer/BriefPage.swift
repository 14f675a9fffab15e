import Foundation
import Hummingbird
import RotationApp

/// `GET /brief`: the market brief as HTML — each section's table and sentences, each sentence
/// with the command that reproduces it.
enum BriefPage {
    static let parameters = [CommandParameter.asOfPage]

    static func render(_ arguments: CommandArguments, state: ServerState) async throws -> String {
        try ReadCommand.checkNames(arguments, parameters: parameters, command: "the brief page")
        let brief = try await state.service.brief(BriefRequest(asOf: try arguments.day("as_of")))
        var body = "<h1>Rotation brief — as of \(HTML.escape(brief.asOf?.description ?? "n/a"))</h1>"
        for note in brief.notes { body += "<p class=\"note\">\(HTML.escape(note))</p>" }
        for section in brief.sections {
            body += "<h2>\(HTML.escape(section.title))</h2>"
            if let table = section.table, !table.rows.isEmpty {
                body += HTML.table(table.columns, table.rows.map { $0.map { HTML.escape($0.text) } })
            }
            if !section.sentences.isEmpty {
                body += "<ul>" + section.sentences.map {
                    "<li>\(HTML.escape($0.text)) <code class=\"muted\">\(HTML.escape($0.command))</code></li>"
                }.joined() + "</ul>"
            }
        }
        let chart = try await OverviewPage.briefChart(brief, service: state.service)
        return PageLayout.page(title: "Brief", active: "/brief", body: body + chart)
    }
}

extension CommandParameter {
    /// A page's `as_of`.
    static let asOfPage = CommandParameter("as_of", .date, "Evaluate as if the data ended on this day.")
}
