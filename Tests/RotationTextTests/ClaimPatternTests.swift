import RotationCore
import RotationText
import Testing

/// One test per phrase pattern. Expected values are the numbers as written in the sentence.
struct ClaimPatternTests {
    static let asOf = TradingDay("2025-12-12")!  // a Friday

    func only(_ text: String) throws -> Claim {
        let claims = ClaimExtractor().claims(in: text, asOf: Self.asOf)
        #expect(claims.count == 1, "\(claims)")
        return try #require(claims.first)
    }

    @Test("\"up 13.5% since August\" is a return of 0.135 since the close of July 31")
    func sinceMonth() throws {
        let claim = try only("Small caps are up 13.5% since August.")
        #expect(claim.kind == .return && claim.subject == "RUT")
        #expect(abs(claim.stated - 0.135) < 1e-12 && abs(claim.precision - 0.0005) < 1e-12)
        #expect(claim.window == ResolvedWindow(.since(TradingDay("2025-07-31")!), end: Self.asOf))
    }

    @Test("\"+4.1% for the week\" is a signed weekly return")
    func signedWeek() throws {
        let claim = try only("The Nasdaq was +4.1% for the week.")
        #expect(abs(claim.stated - 0.041) < 1e-12 && claim.window?.window == .weekToDate && claim.subject == "IXIC")
    }

    @Test("\"fell nearly 2% for the week\" is −0.02 with the qualifier nearly")
    func nearly() throws {
        let claim = try only("The Dow fell nearly 2% for the week.")
        #expect(claim.stated == -0.02 && claim.qualifier == .nearly && claim.precision == 0.005 && claim.subject == "DJI")
    }

    @Test("\"rose 1.2% in the week ending December 12\" ends the week on that day")
    func weekEnding() throws {
        let claim = try only("The S&P 500 rose 1.2% in the week ending December 5.")
        #expect(claim.window == ResolvedWindow(.weekToDate, end: TradingDay("2025-12-05")!))
    }

    @Test("\"closing down 0.2%\" without a window is the one-day return to the as-of day")
    func closingDown() throws {
        let claim = try only("The Russell 2000 ended the session closing down 0.2%.")
        #expect(claim.stated == -0.002 && claim.window == ResolvedWindow(.oneDay, end: Self.asOf))
    }

    @Test("\"−20.4% in 2022\" with the Unicode minus is a calendar-year return")
    func calendarYear() throws {
        let claim = try only("IWM returned −20.4% in 2022.")
        #expect(abs(claim.stated + 0.204) < 1e-12 && claim.window?.window == .calendarYear(2022) && claim.subject == "IWM")
    }

    @Test("\"record close 2,590.61\" is a record close with two decimals of precision")
    func recordClose() throws {
        let claim = try only("The Russell 2000 hit a record close 2,590.61.")
        #expect(claim.kind == .recordClose && claim.stated == 2590.61 && abs(claim.precision - 0.005) < 1e-12)
    }

    @Test("\"2,576 intraday on December 10th\" is an intraday high on that day")
    func intraday() throws {
        let claim = try only("The Russell 2000 reached 2,576 intraday on December 10th.")
        #expect(claim.kind == .intradayHigh && claim.stated == 2576 && claim.day == TradingDay("2025-12-10"))
    }

    @Test("\"ETF closing high of $251.82\" is a record close of the ETF")
    func etfClosingHigh() throws {
        let claim = try only("IWM set an ETF closing high of $251.82.")
        #expect(claim.kind == .recordClose && claim.stated == 251.82 && claim.subject == "IWM")
    }

    @Test("\"four consecutive weeks\" of outperformance is a relative streak of 4 weeks")
    func streak() throws {
        let claim = try only("Small caps have outperformed the S&P 500 for four consecutive weeks.")
        #expect(claim.kind == .streak && claim.stated == 4 && claim.unit == .week && claim.subject == "RUT" && claim.benchmark == "GSPC")
    }

    @Test("\"outpacing the S&P 500's 11%\" states the benchmark's return")
    func relative() throws {
        let claim = try only("Small caps are outpacing the S&P 500's 11% this year.")
        #expect(claim.kind == .relative && claim.stated == 0.11 && claim.benchmark == "GSPC" && claim.subject == "RUT")
        #expect(claim.window?.window == .yearToDate)
    }

    @Test("\"swing 2–3% on days when the S&P 500 moves 1%\" is a ratio of 2.5 ± 0.5")
    func coMovement() throws {
        let claim = try only("The Russell 2000 can swing 2–3% on days when the S&P 500 moves 1%.")
        #expect(claim.kind == .coMovement && claim.stated == 2.5 && claim.precision == 0.5 && claim.benchmark == "GSPC")
    }

    @Test("\"over 60% of the stocks finished higher\" is breadth over 0.6")
    func breadth() throws {
        let claim = try only("In the Russell 2000, over 60% of the stocks finished higher.")
        #expect(claim.kind == .breadth && claim.stated == 0.6 && claim.qualifier == .over && claim.direction == .up)
    }

    @Test("\"15 times forward earnings\" is a forward valuation multiple")
    func valuation() throws {
        let claim = try only("The Russell 2000 trades at 15 times forward earnings.")
        #expect(claim.kind == .valuation && claim.stated == 15 && claim.windowPhrase == "forward")
    }

    @Test("\"5.5% of market cap\" is short interest")
    func shortInterest() throws {
        let claim = try only("Short interest in the Russell 2000 stands at 5.5% of market cap.")
        #expect(claim.kind == .shortInterest && abs(claim.stated - 0.055) < 1e-12)
    }

    @Test("\"it\" carries the previous sentence's subject")
    func carriedSubject() throws {
        let claims = ClaimExtractor().claims(in: "The Nasdaq-100 set a record. It rose 2.5% this week.", asOf: Self.asOf)
        #expect(claims.map(\.subject) == ["NDX"])
    }

    @Test("\"finished at a record 19,286.78\" is a record close")
    func finishedAtRecord() throws {
        let claim = try only("The Nasdaq Composite finished at a record 19,286.78.")
        #expect(claim.kind == .recordClose && claim.stated == 19286.78 && claim.subject == "IXIC")
    }

    @Test("\"closed at 5,569.06\" without a day is the close of the as-of day")
    func levelWithoutDay() throws {
        let claim = try only("The S&P 500 finished the session at 5,569.06.")
        #expect(claim.kind == .level && claim.day == Self.asOf && claim.subject == "GSPC")
    }

    @Test("\"closed above 44,000\" is a level with the qualifier over")
    func levelAbove() throws {
        let claim = try only("The Dow closed above 44,000 for the first time.")
        #expect(claim.kind == .level && claim.stated == 44000 && claim.qualifier == .over && claim.precision == 0.5)
    }

    @Test("\"its\" after a subject named in the same sentence stands for that subject, not the previous sentence's")
    func pronounInSentence() throws {
        let claims = ClaimExtractor().claims(
            in: "The Dow rose 1% on the day. The Russell 2000 remains below its record close of 2,442.74.", asOf: Self.asOf)
        #expect(claims.map(\.subject) == ["DJI", "RUT"])
        #expect(claims.last?.kind == .recordClose)
    }

    @Test("\"has fallen for three straight weeks\" is a falling streak; \"has risen for four straight sessions\" a rising one")
    func absoluteStreaks() throws {
        let falling = try only("The Dow has fallen for three straight weeks.")
        #expect(falling.kind == .streak && falling.stated == 3 && falling.unit == .week && falling.direction == .down && falling.benchmark == nil)
        let rising = try only("The S&P 500 has risen for four straight sessions.")
        #expect(rising.stated == 4 && rising.unit == .day && rising.direction == .up && rising.subject == "GSPC")
    }

    @Test("\"eked out a gain of nearly 1% in April\" is a positive return with the qualifier nearly over April")
    func nearlyInMonth() throws {
        let claim = try only("The Nasdaq Composite eked out a gain of nearly 1% in April.")
        #expect(claim.stated == 0.01 && claim.qualifier == .nearly)
        #expect(claim.window == ResolvedWindow(.range(TradingDay("2025-03-31")!, TradingDay("2025-04-30")!), end: TradingDay("2025-04-30")!))
    }

    @Test("an alias file adds names")
    func aliasFile() throws {
        let aliases = try SubjectAliases.defaults.extended(withFile: "name,symbol\nthe tiddlers,IWM\n")
        let claims = ClaimExtractor(aliases: aliases).claims(in: "The tiddlers rose 2% on the day.", asOf: Self.asOf)
        #expect(claims.first?.subject == "IWM")
        #expect(throws: AliasFileError.self) { try SubjectAliases.defaults.extended(withFile: "just one field\n") }
    }

    @Test("a text without numbers has no claims")
    func noClaims() {
        #expect(ClaimExtractor().claims(in: "Stocks drifted as traders waited for the Fed.", asOf: Self.asOf).isEmpty)
    }

    /// Found by `scripts/fuzz claims`: "Dec. 12, 2025" in an article dated December 30, 2022
    /// became a one-day window ending three years after the article.
    @Test("a day or period after the article's day leaves the claim without a window")
    func futureWindows() throws {
        let asOf = TradingDay("2022-12-30")!
        let extractor = ClaimExtractor()
        let day = try #require(extractor.claims(in: "The Nasdaq rose 1.2% on Dec. 12, 2025.", asOf: asOf).first)
        #expect(day.window == nil && day.day == nil && day.isAfterArticle && day.windowPhrase == "on dec . 12 , 2025")
        let year = try #require(extractor.claims(in: "The Nasdaq rose 18.8% in 2025.", asOf: asOf).first)
        #expect(year.window == nil && year.isAfterArticle && year.windowPhrase == "in 2025")
        let since = try #require(extractor.claims(in: "The Nasdaq is up 3% since March 2023.", asOf: asOf).first)
        #expect(since.window == nil && since.isAfterArticle)
        // The same phrases on or before the article's day keep their windows.
        let past = try #require(extractor.claims(in: "The Nasdaq rose 1.2% on Dec. 12, 2022.", asOf: asOf).first)
        #expect(past.window == ResolvedWindow(.oneDay, end: TradingDay("2022-12-12")!) && !past.isAfterArticle)
        let thisYear = try #require(extractor.claims(in: "The Nasdaq fell 33.1% in 2022.", asOf: asOf).first)
        #expect(thisYear.window == ResolvedWindow(.calendarYear(2022), end: asOf))
    }

    /// Found by `scripts/fuzz claims`: "4–3%" gave a negative precision (high − low < 0).
    @Test("a range written high to low is the same range; a ratio that overflows is no claim")
    func reversedRangeAndOverflow() throws {
        let reversed = try only("The Russell 2000 can swing 3–2% on days when the S&P 500 moves 1%.")
        let forward = try only("The Russell 2000 can swing 2–3% on days when the S&P 500 moves 1%.")
        #expect(reversed.stated == forward.stated && reversed.precision == forward.precision && reversed.precision == 0.5)
        let tiny = "0." + String(repeating: "0", count: 320) + "1"
        let claims = ClaimExtractor().claims(in: "The Russell 2000 can swing 2% on days when the S&P 500 moves \(tiny)%.", asOf: Self.asOf)
        #expect(claims.allSatisfy { $0.stated.isFinite && $0.precision.isFinite })
    }
}
