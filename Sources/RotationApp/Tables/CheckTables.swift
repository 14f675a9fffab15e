import RotationCore
import RotationText

/// `check` as a table, for CSV and Markdown (its text is the verdict-first report of `rotation check`).
public enum CheckTables {
    /// The claims (`claims`): verdict, subject, kind, window, the unit, stated and computed values,
    /// the phrase and the explanation.
    public static func claims(_ result: CheckResult) -> TableDocument {
        var document = TableDocument()
        document.line("As of \(result.asOf.map(String.init(describing:)) ?? "n/a"): \(result.claims.count) claims")
        document.table(ResultTable(name: "claims", columns: [
            TableColumn("Verdict", key: "verdict"), TableColumn("Subject", key: "subject"), TableColumn("Kind", key: "kind"),
            TableColumn("Window", key: "window", missing: "no window"), TableColumn("Unit", key: "unit"),
            TableColumn("Stated", key: "stated"), TableColumn("Computed", key: "computed"),
            TableColumn("Phrase", key: "phrase"), TableColumn("Explanation", key: "explanation"),
        ], rows: result.claims.map { claim in
            let (name, unit) = Self.unit(of: claim.kind)
            return [.text(claim.verdict.rawValue), .text(claim.subject), .text(claim.kind.rawValue), .text(claim.window), .text(name),
                    .quantity(claim.stated, unit), .quantity(claim.computed, unit),
                    .text(claim.phrase.isEmpty ? claim.text : claim.phrase), .text(claim.explanation)]
        }))
        return document
    }

    /// A claim kind's unit in the contract's terms (CONTRACT.md, `check`), as `Formatting.claimValue` shows it.
    static func unit(of kind: ClaimKind) -> (String, TableUnit) {
        switch kind {
        case .return, .relative, .breadth, .shortInterest, .fromRecord: ("fraction", .fraction())
        case .streak: ("count", .count)
        case .coMovement, .valuation, .points: ("ratio", .ratio(decimals: 2))
        case .level, .recordClose, .intradayHigh, .intradayLow: ("level", .level())
        }
    }
}
