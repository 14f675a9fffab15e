import RotationApp
import RotationCore
import RotationText
import Testing

/// Verdict rules of `ClaimChecker` on real data (../shared/data/prices).
struct ClaimCheckerRuleTests {
    static let asOf = TradingDay("2025-04-30")!

    func verdict(_ text: String, symbols: [String]) throws -> CheckedClaim {
        let claims = ClaimExtractor().claims(in: text, asOf: Self.asOf)
        #expect(claims.count == 1, "\(claims)")
        var bars: [String: DailyBars] = [:]
        for symbol in symbols { bars[symbol] = try ArticleCheckTests.bars(symbol) }
        return ClaimChecker(bars: bars).check(try #require(claims.first))
    }

    // IXIC year-to-date to 2025-04-30: 17,446.34 / 19,310.79 − 1 = −9.65% (Articles/verify.py).
    @Test("a bound that is not met (\"lost over 10%\" for −9.65%) is contradicted, not close")
    func unmetBound() throws {
        let claim = try verdict("The Nasdaq Composite has lost over 10% so far this year.", symbols: ["IXIC", "QQQ"])
        #expect(claim.verdict == .contradicted, "\(claim.explanation)")
        #expect(abs((claim.computed ?? 0) + 0.0965) < 0.0001)
    }

    @Test("a bound that is met (\"lost over 9%\" for −9.65%) is confirmed")
    func metBound() throws {
        let claim = try verdict("The Nasdaq Composite has lost over 9% so far this year.", symbols: ["IXIC", "QQQ"])
        #expect(claim.verdict == .confirmed, "\(claim.explanation)")
    }

    // Near (docs/CHECKER.md): a return within 2 × its precision (one unit of the last stated digit)
    // is close. −9.655% computed (IXIC 17,446.34 / 19,310.79 − 1, verify.py): "9.6%" is off by
    // 0.055 pt, more than p = 0.05 pt and less than 2p: close; "9.8%" is off by 0.145 pt > 2p:
    // contradicted (the 10% band of earlier versions called it close).
    @Test("a return within one unit of its last stated digit is close; further off it is contradicted")
    func nearExact() throws {
        let near = try verdict("The Nasdaq Composite has lost 9.6% so far this year.", symbols: ["IXIC", "QQQ"])
        #expect(near.verdict == .close, "\(near.explanation)")
        let far = try verdict("The Nasdaq Composite has lost 9.8% so far this year.", symbols: ["IXIC", "QQQ"])
        #expect(far.verdict == .contradicted, "\(far.explanation)")
    }

    // The Dow closed at 40,669.36 on 2025-04-30 and 40,527.62 on 2025-04-29 (DJI.csv).
    @Test("a level without a day is the as-of day's close; the previous day's close is a close match")
    func levelOfAsOfDay() throws {
        let exact = try verdict("The Dow ended at 40,669.36.", symbols: ["DJI", "DIA"])
        #expect(exact.verdict == .confirmed && exact.window == "2025-04-30", "\(exact.explanation)")
        let previous = try verdict("The Dow ended at 40,527.62.", symbols: ["DJI", "DIA"])
        #expect(previous.verdict == .close && previous.explanation.contains("the close of 2025-04-29"), "\(previous.explanation)")
    }

    // The Dow closed at 40,752.96 on 2025-05-01 (DJI.csv), the day after the article's day.
    @Test("alternatives never read data after the article's day: the next day's close is no match")
    func noLookAhead() throws {
        let claims = ClaimExtractor().claims(in: "The Dow ended at 40,752.96.", asOf: Self.asOf)
        let claim = try #require(claims.first)
        var checker = ClaimChecker(bars: ["DJI": try #require(try ArticleCheckTests.bars("DJI"))])
        let unbounded = checker.check(claim)
        #expect(unbounded.explanation.contains("the close of 2025-05-01"), "\(unbounded.explanation)")
        checker.asOf = Self.asOf
        let bounded = checker.check(claim)
        #expect(!bounded.explanation.contains("2025-05-01"), "\(bounded.explanation)")
    }

    // Hand example: 20% of members up, 70% down, 10% unchanged.
    @Test("\"70% of the stocks fell\" is the share of decliners; unchanged members are not counted as lower")
    func breadthDown() throws {
        let claims = ClaimExtractor().claims(in: "In the Russell 2000, 70% of the stocks fell on the day.", asOf: Self.asOf)
        let claim = try #require(claims.first)
        #expect(claim.kind == .breadth && claim.direction == .down)
        let checker = ClaimChecker(bars: [:], breadth: { _ in MemberShares(up: 0.2, down: 0.7) })
        let checked = checker.check(claim)
        #expect(checked.verdict == .confirmed && checked.computed == 0.7, "\(checked.explanation)")
    }

    // IXIC rose in 2025 after 2025-04-30 (data to 2026), so a check against data would give a
    // number; the article cannot have known it.
    @Test("a claim about a period after the article's day is unverifiable and never computed")
    func afterTheArticle() throws {
        let claim = try verdict("The Nasdaq Composite gained 20% in 2026.", symbols: ["IXIC", "QQQ"])
        #expect(claim.verdict == .unverifiable && claim.computed == nil)
        #expect(claim.explanation == "\"in 2026\" is after the article's day: an article cannot report it")
    }
}
