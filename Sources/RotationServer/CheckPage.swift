import Foundation
import Hummingbird
import RotationApp
import RotationCore
import RotationText

/// `GET /check`: a form to paste an article; `POST /check` (the form, URL-encoded): the verdict
/// table — each numeric claim, what the data say, and the verdict.
enum CheckPage {
    static let formParameters = [
        CommandParameter("article", .text, required: true, "The article's text."),
        CommandParameter("as_of", .date, "Read the article as of this day (default: its dateline)."),
    ]

    static func form(article: String = "", asOf: String = "") -> String {
        "<form method=\"post\" action=\"/check\" style=\"flex-direction:column;align-items:stretch\">"
            + "<label>Article<textarea name=\"article\" rows=\"12\" cols=\"100\" required>\(HTML.escape(article))</textarea></label>"
            + "<label>As of (optional)<input name=\"as_of\" size=\"10\" placeholder=\"YYYY-MM-DD\" value=\"\(HTML.escape(asOf))\"></label>"
            + "<div><button>Check</button></div></form>"
    }

    static func empty() -> String {
        PageLayout.page(title: "Check", active: "/check", body: "<h1>Check an article's numbers</h1>" + form())
    }

    static func render(_ arguments: CommandArguments, state: ServerState) async throws -> String {
        try ReadCommand.checkNames(arguments, parameters: formParameters, command: "the check page")
        let article = try arguments.required("article")
        // The form's empty "As of (optional)" field means the dateline, as leaving the option out does.
        let asOf = try arguments.single("as_of") == "" ? nil : try arguments.day("as_of")
        let result = try await state.service.check(CheckRequest(text: article, asOf: asOf))
        var body = "<h1>Check an article's numbers</h1>" + form(article: article, asOf: try arguments.single("as_of") ?? "")
        body += "<h2>As of \(HTML.escape(result.asOf?.description ?? "n/a")): \(result.claims.count) claim\(result.claims.count == 1 ? "" : "s")</h2>"
        // One row per claim, verdict first; the stated phrase (the sentence is in its title).
        body += HTML.table(["Verdict", "Stated phrase", "Subject", "Kind", "Window", "Stated", "Computed", "Explanation"], result.claims.map { claim in
            ["<strong class=\"\(claim.verdict == .confirmed ? "up" : claim.verdict == .contradicted ? "down" : "")\">\(HTML.escape(claim.verdict.rawValue))</strong>",
             "<span title=\"\(HTML.escape(claim.text))\">\(HTML.escape(claim.phrase.isEmpty ? claim.text : claim.phrase))</span>",
             HTML.escape(claim.subject), HTML.escape(claim.kind.rawValue), HTML.escape(claim.window ?? ""),
             HTML.escape(Formatting.claimValue(claim.stated, kind: claim.kind)), claim.computed.map { HTML.escape(Formatting.claimValue($0, kind: claim.kind)) } ?? "n/a",
             "<span class=\"wrap\">\(HTML.escape(claim.explanation))</span>"]
        }, numericFrom: 99)
        return PageLayout.page(title: "Check", active: "/check", body: body)
    }

    /// `application/x-www-form-urlencoded` fields (`+` is a space).
    static func formFields(_ body: Data) -> [String: [String]] {
        var fields: [String: [String]] = [:]
        for pair in String(decoding: body, as: UTF8.self).split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) -> String {
                String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(text)
            }
            fields[decode(parts[0]), default: []].append(parts.count > 1 ? decode(parts[1]) : "")
        }
        return fields
    }
}
