import RotationCore
import RotationText
import Testing

/// One test per stage of the extractor (docs/CHECKER.md, "The stages"), in sentences written for
/// these tests that occur in no test article. Expected readings by hand from the rules.
struct StageTests {
    static let asOf = TradingDay("2024-05-17")!  // a Friday

    func claims(_ text: String) -> [Claim] { ClaimExtractor().claims(in: text, asOf: Self.asOf) }

    // Structure

    @Test("a label gives its window to the lines under it until the next label")
    func labels() {
        let text = "Close of trade:\n\nOn Friday:\n\nThe Dow gained 134.21 points, or 0.3%.\n\nFor the week:\n\nThe Dow is up 478.5 points, or 1.2%.\n"
        let found = claims(text)
        #expect(found.map(\.kind) == [.points, .return, .points, .return])
        #expect(found.map { $0.window?.window } == [.oneDay, .oneDay, .weekToDate, .weekToDate])
        #expect(zip(found.map(\.stated), [134.21, 0.003, 478.5, 0.012]).allSatisfy { abs($0 - $1) < 1e-12 })
    }

    @Test("bullets are units; a bullet naming no index continues the line above; '--' counts as a bullet")
    func bullets() {
        let text = "The Nasdaq Composite slid 1.1% today.\n--Down for three consecutive sessions\n--Off 12.5% from its record close\n"
        let found = claims(text)
        #expect(found.map(\.kind) == [.return, .streak, .fromRecord])
        #expect(found.allSatisfy { $0.subject == "IXIC" })
        #expect(found[1].direction == .down && found[1].stated == 3 && found[2].stated == -0.125)
    }

    @Test("a blank line inside a wrapped sentence does not end it; a headline line does end")
    func wrappedLines() {
        let text = "Small caps climb again\nThe Russell 2000 climbed 0.9% to close at\n\n2,101.44 on Friday.\n"
        let units = ArticleLayout.units(text)
        // The line breaks become spaces, so that offsets in the unit are offsets in the article.
        #expect(units.map(\.text) == ["Small caps climb again", "The Russell 2000 climbed 0.9% to close at  2,101.44 on Friday."])
        #expect(claims(text).map(\.kind) == [.return, .level])
    }

    @Test("a quotes table with a header reads each cell by its column; a row the store does not hold gives nothing")
    func headedTable() {
        let text = "Index           Last       Chg      %Chg\nRussell 2000    2,101.44   +18.83   +0.90%\nGold            2,385.10   +32.60   +1.39%\n"
        let found = claims(text)
        #expect(found.map(\.kind) == [.level, .points, .return])
        #expect(zip(found.map(\.stated), [2101.44, 18.83, 0.009]).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(found.allSatisfy { $0.subject == "RUT" })
    }

    @Test("a header of windows gives each percent its window")
    func windowTable() {
        let text = "Name     1m       ytd\nDow      +2.10%   +4.30%\n"
        let found = claims(text)
        #expect(found.map { $0.window?.window } == [.trailingMonths(1), .yearToDate])
    }

    // Measures

    @Test("points, a return and a level in one sentence, all signed by the one move word")
    func pointsReturnLevel() {
        let found = claims("The S&P 500 slid 41.2 points, or 0.8%, to 5,200.1.")
        #expect(found.map(\.kind) == [.points, .return, .level])
        #expect(zip(found.map(\.stated), [-41.2, -0.008, 5200.1]).allSatisfy { abs($0 - $1) < 1e-12 })
    }

    @Test("'at 2,731 points' is a level, '23 points adrift of' and 'from the lows' are no points change")
    func pointsThatAreNot() {
        #expect(claims("The Dow ended the session at 39,512.84 points.").map(\.kind) == [.level])
        #expect(claims("The Dow is now 23 points shy of 40,000.").isEmpty)
        #expect(claims("The Dow recovered 410 points from the lows of the day.").isEmpty)
    }

    @Test("distance from the record, and a 52-week high that is no record")
    func fromRecord() {
        let below = claims("The Nasdaq finished 4.2% below its all-time closing high.")
        #expect(below.map(\.kind) == [.fromRecord] && below.first?.stated == -0.042)
        let within = claims("The Russell 2000 ended within 6% of its record.")
        #expect(within.first?.kind == .fromRecord && within.first?.qualifier == .atMost)
        let yearHigh = claims("The index is down 9.3% from its 52-week high of 2,150.2 hit Monday, Feb. 5, 2024.")
        #expect(yearHigh.first?.kind == .return && yearHigh.first?.window?.window == .since(TradingDay("2024-02-05")!))
    }

    @Test("forecasts, earnings, rates, futures, sectors and a stock's move are no index claims")
    func notIndexFigures() {
        for sentence in [
            "Strategists expect the S&P 500 to climb 8% next year.",
            "Russell 2000 earnings rose 12% in the quarter.",
            "The S&P 500 offers a dividend yield of 1.4%.",
            "Dow futures rose 0.4% overnight.",
            "In the S&P 500, utilities and energy shares gained over 2%.",
            "Shares of Globex jumped 9% after its results, and the Nasdaq was little changed.",
            "The Fed held its target range at 5.25% to 5.5%.",
        ] {
            #expect(claims(sentence).filter { $0.subject != nil }.isEmpty, "\(sentence)")
        }
    }

    @Test("an index the store does not hold keeps its figure, unresolved")
    func indexNotHeld() {
        let found = claims("The Russell 1000 added 0.6%, and the S&P MidCap 400 rose 1.1%.")
        #expect(found.count == 2 && found.allSatisfy { $0.subject == nil })
        #expect(found.map(\.subjectPhrase) == ["russell 1000", "s&p midcap 400"])
    }

    // Subjects

    @Test("the object of a comparison is not the subject; 'which' after it makes it one")
    func comparisonObjects() {
        #expect(claims("Small caps trailed the S&P 500, gaining 0.4% on the day.").first?.subject == "RUT")
        #expect(claims("Small caps trailed the S&P 500, which gained 0.9% on the day.").first?.subject == "GSPC")
    }

    @Test("'a 3.1% rise by the Nasdaq' belongs to the Nasdaq")
    func subjectAfterMoveNoun() {
        let found = claims("The Russell 2000 gained 1.2% on the day, compared with a 0.4% rise by the Nasdaq.")
        #expect(found.map(\.subject) == ["RUT", "IXIC"])
    }

    @Test("'the index' after a sentence naming two indexes is in doubt; after one it is not")
    func carriedDoubt() {
        let two = claims("The Dow rose and the Nasdaq fell on Friday. The index is up 3.2% this month.")
        #expect(two.first?.reading.doubts.isEmpty == false)
        let one = claims("The Dow rose on Friday. The index is up 3.2% this month.")
        #expect(one.first?.subject == "DJI" && one.first?.reading.doubts.isEmpty == true)
    }

    // Windows

    // "Last week" from a Friday (2024-05-17) is the week just ended; from a Wednesday
    // (2024-05-15) the calendar week before (to Friday 2024-05-10); "the previous week" from the
    // Friday is also the week before; "the past week" is the trailing seven days.
    @Test("a window at the head of a sentence holds for its figures; 'last week' and 'last year' are calendar periods")
    func headWindowAndLastYear() {
        let found = claims("Last week, the Dow slipped 0.5% and the Nasdaq added 1.4%.")
        #expect(found.map { $0.window } == [ResolvedWindow(.weekToDate, end: Self.asOf), ResolvedWindow(.weekToDate, end: Self.asOf)])
        let wednesday = ClaimExtractor().claims(in: "Last week, the Dow slipped 0.5%.", asOf: TradingDay("2024-05-15")!)
        #expect(wednesday.first?.window == ResolvedWindow(.weekToDate, end: TradingDay("2024-05-10")!))
        #expect(claims("The Dow offset the previous week's 0.5% decline.").first?.window == ResolvedWindow(.weekToDate, end: TradingDay("2024-05-10")!))
        #expect(claims("The Dow slipped 0.5% over the past week.").first?.window?.window == .trailingWeeks(1))
        #expect(claims("The S&P 500 gained 24.2% last year.").first?.window?.window == .calendarYear(2023))
    }

    @Test("'the biggest gain since March' is a comparison, not a window, and puts its figure in doubt")
    func comparisonSince() {
        let found = claims("The Russell 2000 jumped 2.9%, its biggest gain since March 14.")
        #expect(found.first?.window?.window == .oneDay)
        #expect(found.first?.reading.doubts.contains { $0.contains("compares with the past") } == true)
    }

    @Test("'so far this year through Wednesday' ends the year-to-date window on Wednesday")
    func throughWeekday() {
        let found = claims("The Nasdaq has gained 11.4% so far this year through Wednesday's close.")
        #expect(found.first?.window == ResolvedWindow(.yearToDate, end: TradingDay("2024-05-15")!))
    }

    @Test("a record run counts record closes; 'its 52-week high' is no streak")
    func recordRuns() {
        let run = claims("The Dow notched a record close for a third straight session.")
        #expect(run.first?.kind == .streak && run.first?.countsRecords == true && run.first?.stated == 3)
        #expect(claims("The index tested its 52-week high.").isEmpty)
    }

    @Test("'respectively' pairs figures with subjects in order; unequal counts leave them in doubt")
    func respectively() {
        let paired = claims("The XLF, XLB and XLV funds rose 3.1%, 3.7% and 3.2%, respectively.")
        #expect(paired.map(\.subject) == ["XLF", "XLB", "XLV"])
        #expect(paired.allSatisfy { $0.reading.doubts.isEmpty })
        let unequal = claims("The Dow and the Nasdaq rose 1.1%, 0.4% and 0.2%, respectively.")
        #expect(unequal.allSatisfy { !$0.reading.doubts.isEmpty })
    }
}
