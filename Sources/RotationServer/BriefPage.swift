import Foundation
import Hummingbird
import RotationApp

/// `GET /brief`: the market brief exactly as `rotation brief --format html` renders it (its own
/// inline CSS and SVG charts), with the dashboard's navigation added at the top.
enum BriefPage {
    static let parameters = [CommandParameter("as_of", .date, "Evaluate as if the data ended on this day.")]

    static func render(_ arguments: CommandArguments, state: ServerState) async throws -> String {
        try ReadCommand.checkNames(arguments, parameters: parameters, command: "the brief page")
        let brief = try await state.service.brief(BriefRequest(asOf: try arguments.day("as_of")))
        let page = BriefRendering.html(brief)
        let links = PageLayout.navigation.map { "<a href=\"\($0.path)\" style=\"color:#cfd8e6;margin-right:1rem\">\(HTML.escape($0.label))</a>" }
        let nav = "<nav style=\"background:#1d2330;padding:.5rem 1rem;font:14px system-ui,sans-serif\">"
            + "<strong style=\"color:#fff;margin-right:1rem\">Rotation</strong>" + links.joined() + "</nav>\n"
        guard let body = page.range(of: "<body>\n") else { return page }
        return page.replacingCharacters(in: body, with: "<body>\n" + nav)
    }
}
