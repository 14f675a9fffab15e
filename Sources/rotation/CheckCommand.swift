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

    func run() async throws {
        let text = try RotationService.readArticle(article)
        let aliasText = try aliases.map { try RotationService.readArticle($0) }
        let result = try await store.service.check(
            CheckRequest(text: text, asOf: asOf, aliases: aliasText, members: members, holdings: holdings, prices: prices))
        if store.json { return try Output.json(result) }
        Output.print("As of \(result.asOf.map(String.init(describing:)) ?? "n/a"): \(result.claims.count) claim\(result.claims.count == 1 ? "" : "s")\n")
        guard !result.claims.isEmpty else { return }
        let rows = result.claims.map { claim in
            [Self.shorten(claim.text), claim.kind.rawValue, claim.subject, Self.value(claim.stated, kind: claim.kind),
             claim.computed.map { Self.value($0, kind: claim.kind) } ?? "n/a", claim.verdict.rawValue, claim.explanation]
        }
        Output.print(TextTable.render(columns: ["Claim", "Kind", "Subject", "Stated", "Computed", "Verdict", "Explanation"], rows: rows))
    }

    static func value(_ value: Double, kind: ClaimKind) -> String {
        switch kind {
        case .return, .relative, .breadth, .shortInterest: Formatting.percent(value)
        case .streak: String(Int(value))
        case .coMovement, .valuation: Formatting.decimal(value, decimals: 2)
        case .level, .recordClose, .intradayHigh: Formatting.level(value)
        }
    }

    static func shorten(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(57)) + "..."
    }
}
