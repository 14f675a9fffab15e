import ArgumentParser
import Foundation
import RotationApp
import RotationCore
import RotationText

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Finds the numeric claims of an article and checks each one against the data.",
        discussion: """
            Verdicts: confirmed (agrees at the stated precision), close (within 10%, or agrees under \
            another convention: total return, intraday, a window end one day off, the ETF), \
            contradicted, unverifiable (data missing). See docs/CHECKER.md.
            """)

    @Argument(help: "The article: a text file, or - for standard input.")
    var article: String

    @Option(name: .long, help: ArgumentHelp("Read the article as of this day (default: its dateline).", valueName: "YYYY-MM-DD"))
    var asOf: TradingDay?

    @Option(name: .long, help: ArgumentHelp("Extra subject aliases: a CSV file of name,symbol lines.", valueName: "FILE"))
    var aliases: String?

    @Option(name: .long, help: ArgumentHelp("Holdings or members file, for breadth claims.", valueName: "FILE"))
    var members: String?

    @Option(name: .long, help: ArgumentHelp("Fundamentals file, for valuation claims.", valueName: "FILE"))
    var holdings: String?

    @Option(name: .long, help: ArgumentHelp("Member prices for breadth claims: a wide price matrix or a directory (default: the store).", valueName: "FILE|DIR"))
    var prices: String?

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions

    func run() async throws {
        let text = try RotationService.readArticle(article)
        let aliasText = try aliases.map { try RotationService.readArticle($0) }
        let result = try await store.service.check(
            CheckRequest(text: text, asOf: asOf, aliases: aliasText, members: members, holdings: holdings, prices: prices))
        try Output.emit(result, json: store.json, options: output, text: { Self.report(result) }) { CheckTables.claims(result) }
    }

    /// The text report: a summary line, then per claim the verdict first, the subject, kind,
    /// window and values, the stated phrase, and the explanation (wrapped at 100 columns).
    static func report(_ result: CheckResult) -> String {
        let count = result.claims.count
        var counts: [String] = []
        for verdict in [Verdict.confirmed, .close, .contradicted, .unverifiable] {
            let n = result.claims.filter { $0.verdict == verdict }.count
            if n > 0 { counts.append("\(n) \(verdict.rawValue)") }
        }
        var lines = ["As of \(result.asOf.map(String.init(describing:)) ?? "n/a"): \(count) claim\(count == 1 ? "" : "s")"
            + (counts.isEmpty ? "" : " (\(counts.joined(separator: ", ")))")]
        for claim in result.claims {
            lines.append("")
            let computed = claim.computed.map { Formatting.claimValue($0, kind: claim.kind) } ?? "n/a"
            lines.append("\(claim.verdict.rawValue.uppercased().padding(toLength: 13, withPad: " ", startingAt: 0))\(claim.subject)  \(claim.kind.rawValue)  \(claim.window ?? "no window")  stated \(Formatting.claimValue(claim.stated, kind: claim.kind))  computed \(computed)")
            lines += wrap("\"\(claim.phrase.isEmpty ? shorten(claim.text) : claim.phrase)\"", indent: "  ")
            lines += wrap(claim.explanation, indent: "  ")
        }
        return lines.joined(separator: "\n")
    }

    /// `text` wrapped at 100 columns with `indent` before each line.
    static func wrap(_ text: String, indent: String, width: Int = 100) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, indent.count + line.count + 1 + word.count > width {
                lines.append(indent + line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(indent + line) }
        return lines
    }

    static func shorten(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(57)) + "..."
    }
}
