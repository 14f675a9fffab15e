import Foundation
import RotationApp
import RotationCore
import RotationText
import Testing

/// Rotation checks itself: every figure of `rotation brief` (its returns table and sentences, its
/// records table and sentences, the relative streak and the co-movement of the risk section) is
/// found by `rotation check` on the same store and confirmed. The brief's other figures (ratio
/// moves, rotation-map coordinates, cycle stretches, volatility, counts of weeks) are not claims
/// the checker reads, and must not be read as any (docs/CHECKER.md, "The brief checks itself").
/// A failure here means the brief's wording and the checker's catalogue have drifted apart.
struct BriefSelfCheckTests {
    static let days = ["2008-10-10", "2013-09-30", "2016-11-11", "2020-03-20", "2020-12-31", "2022-06-17", "2023-12-29",
                       "2024-07-16", "2025-04-08", "2025-12-12", "2026-08-21"]

    func checkBrief(asOf day: String, universe: Universe? = nil, markdown: Bool) async throws -> (BriefResult, CheckResult) {
        let service = try await CheckTestStore.service()
        let brief = try await service.brief(BriefRequest(asOf: TradingDay(day), universe: universe))
        let text = markdown ? BriefRendering.markdown(brief) : BriefRendering.text(brief)
        let result = try await service.check(CheckRequest(text: text, asOf: brief.asOf))
        return (brief, result)
    }

    @Test("every figure the checker reads in the brief is confirmed, in text and in Markdown, on many days", arguments: days)
    func standardUniverse(_ day: String) async throws {
        for markdown in [false, true] {
            let (brief, result) = try await checkBrief(asOf: day, markdown: markdown)
            let wrong = result.claims.filter { $0.verdict != .confirmed }
            #expect(wrong.isEmpty, "\(day) \(markdown ? "md" : "text"): \(wrong.map { "\($0.phrase) \($0.kind) \($0.subject): \($0.verdict): \($0.explanation)" })")
            // Found: every figure with a decimal point in the returns and records sections (tables
            // and sentences), but the "percentage points" by which one sleeve led another.
            let returns = result.claims.filter { $0.kind == .return }.count
            let records = result.claims.filter { [.level, .recordClose, .fromRecord, .intradayHigh].contains($0.kind) }.count
            #expect(returns == Self.figures(in: brief, section: "numbers"), "\(day): \(returns) returns")
            #expect(records == Self.figures(in: brief, section: "records"), "\(day): \(records) record figures")
            #expect(result.claims.contains { $0.kind == .coMovement }, "\(day): the co-movement sentence")
        }
    }

    /// The figures with a decimal point in a section's table and sentences (dates and counts have
    /// none), without those followed by "percentage points".
    static func figures(in brief: BriefResult, section id: String) -> Int {
        guard let section = brief.sections.first(where: { $0.id == id }) else { return 0 }
        let texts = (section.table?.rows.map { $0.map(\.text).joined(separator: "  ") } ?? []) + section.sentences.map(\.text)
        var count = 0
        for text in texts {
            let tokens = Tokenizer.tokens(text)
            for (i, token) in tokens.enumerated() {
                guard case .number(_, let decimals, _) = token, decimals > 0 else { continue }
                if i + 2 < tokens.count, tokens[i + 1].word == "percentage", tokens[i + 2].word == "points" { continue }
                count += 1
            }
        }
        return count
    }

    @Test("the brief of another universe (the ETFs) checks itself too")
    func etfUniverse() async throws {
        let universe = try Universe.parse("small=IWM,large=SPY,tech=QQQ")
        let (brief, result) = try await checkBrief(asOf: "2024-07-16", universe: universe, markdown: false)
        let wrong = result.claims.filter { $0.verdict != .confirmed }
        #expect(wrong.isEmpty, "\(wrong.map { "\($0.phrase) \($0.kind) \($0.subject): \($0.verdict): \($0.explanation)" })")
        #expect(result.claims.filter { $0.kind == .return }.count == Self.figures(in: brief, section: "numbers"))
    }
}
