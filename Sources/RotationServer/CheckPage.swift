import Foundation
import Hummingbird
import RotationApp
import RotationCore
import RotationText

/// `GET /check`: a form to paste an article; `POST /check` (the form, URL-encoded): the verdict
/// table — each numeric claim, what the data say, and the verdict. `GET /check?article=…` answers
/// the same table, so a short article's result has a link; an error shows the form again with the
/// article kept.
enum CheckPage {
    static let formParameters = [
        CommandParameter("article", .text, required: true, "The article's text."),
        CommandParameter("as_of", .date, "Read the article as of this day (default: its dateline)."),
    ]

    /// Longest article whose result page offers a link (the query must stay under the server's
    /// 4,096-byte bound with room for the rest).
    static let permalinkBytes = 3500

    static func formHTML(_ form: PageForm) -> String {
        "<form method=\"post\" action=\"/check\">"
            + form.textarea("article", "Article")
            + form.input("as_of", "As of (optional)", value: "", size: 10, placeholder: "YYYY-MM-DD")
            + "<button>Check</button></form>"
    }

    static func empty() -> String {
        let form = PageForm(CommandArguments([:]), filesRoot: nil)
        return PageLayout.page(title: "Check", active: "/check", body: "<h1>Check an article's numbers</h1>" + formHTML(form))
    }

    static func render(_ arguments: CommandArguments, state: ServerState) async throws -> String {
        try ReadCommand.checkNames(arguments, parameters: formParameters.map { var p = $0; p.required = false; return p },
                                   command: "the check page")
        var form = PageForm(arguments, filesRoot: state.configuration.filesRoot)
        let typed = form.read("article") { try $0.required("article") }
        // An empty "As of (optional)" field means the dateline, as leaving the option out does.
        let asOf = form.read("as_of") { try $0.day("as_of") }
        func page(_ results: String) -> String {
            PageLayout.page(title: "Check", active: "/check",
                            body: "<h1>Check an article's numbers</h1>" + form.alert() + formHTML(form) + results)
        }
        guard !form.hasErrors, let article = typed else { throw RenderedPage(status: form.status, html: page("")) }
        let result: CheckResult
        do {
            result = try await state.service.check(CheckRequest(text: article, asOf: asOf))
        } catch {
            form.failForm(error)
            throw RenderedPage(status: form.status, html: page(""))
        }
        var body = "<h2>As of \(HTML.escape(result.asOf?.description ?? "n/a")): \(result.claims.count) claim\(result.claims.count == 1 ? "" : "s")</h2>"
        let query = CommandArguments(arguments.values.filter { ["article", "as_of"].contains($0.key) }).canonicalQuery
        if query.utf8.count <= permalinkBytes {
            body += "<p class=\"note\"><a href=\"/check?\(HTML.escape(query))\">Link to this result</a></p>"
        }
        // One row per claim, verdict first; the stated phrase (the sentence is in its title).
        body += HTML.table(["Verdict", "Stated phrase", "Subject", "Kind", "Window", "Stated", "Computed", "Explanation"], result.claims.map { claim in
            ["<strong class=\"\(claim.verdict == .confirmed ? "up" : claim.verdict == .contradicted ? "down" : "")\">\(HTML.escape(claim.verdict.rawValue))</strong>",
             "<span title=\"\(HTML.escape(claim.text))\">\(HTML.escape(claim.phrase.isEmpty ? claim.text : claim.phrase))</span>",
             HTML.escape(claim.subject), HTML.escape(claim.kind.rawValue), HTML.escape(claim.window ?? ""),
             HTML.escape(Formatting.claimValue(claim.stated, kind: claim.kind)), claim.computed.map { HTML.escape(Formatting.claimValue($0, kind: claim.kind)) } ?? "n/a",
             HTML.escape(claim.explanation)]
        }, numericFrom: 99, className: "claims")
        return page(body)
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
