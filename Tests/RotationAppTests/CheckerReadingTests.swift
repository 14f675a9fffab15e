import RotationApp
import RotationCore
import RotationText
import Testing

/// Readings the checker learned from real articles (docs/CHECKER.md): figures taken during the
/// session, a headline and a section label naming different days, runs that ended, week and month
/// windows written out, and figures that are no period's end. The texts are the team's own, in the
/// shapes seen; expected values from ../shared/data/prices with Python's csv module (the closes,
/// highs and lows are quoted beside each test).
struct CheckerReadingTests {
    func checked(_ text: String, asOf: String, symbols: [String]) throws -> [CheckedClaim] {
        let day = try #require(TradingDay(asOf))
        var bars: [String: DailyBars] = [:]
        for symbol in symbols { bars[symbol] = try ArticleCheckTests.bars(symbol) }
        var checker = ClaimChecker(bars: bars)
        checker.asOf = day
        return ClaimExtractor().claims(in: text, asOf: day).map(checker.check)
    }

    // 2019-05-31, DJI: previous close 25,169.88; low 24,809.51, high 25,046.31, close 24,815.04.
    // As changes: −360.37 … −123.57 points, −1.43% … −0.49%; the close −354.84 (−1.41%).
    // GSPC: previous close 2,788.86; low 2,750.52, high 2,768.98: −1.37% … −0.71%; close −1.32%.
    // RUT: previous close 1,485.53, close 1,465.49: −1.349%, which "1.3%" states to its digit.
    @Test("a figure during the session is close when inside the day's range, confirmed when the close agrees, never contradicted")
    func duringTheSession() throws {
        let text = """
        MARKET CHECK: The S&P 500 was down 1.2% as of 2:40 p.m. on Friday. The Dow Jones Industrial Average fell \
        300 points, or 1.2%, to 24,860. The Russell 2000 was 1.3% lower.

        The S&P 500 was down 2.5% in afternoon trading.
        """
        let claims = try checked(text, asOf: "2019-05-31", symbols: ["GSPC", "DJI", "RUT"])
        #expect(claims.count == 6, "\(claims.map(\.phrase))")
        for claim in claims.prefix(4) {
            #expect(claim.verdict == .close && claim.explanation.contains("during the session"), "\(claim.phrase): \(claim.explanation)")
        }
        #expect(claims[4].subject == "RUT" && claims[4].verdict == .confirmed, "\(claims[4].explanation)")
        // −2.5% lies outside −1.37% … −0.71%: not a figure of this session, but not called false.
        #expect(claims[5].verdict == .unverifiable && claims[5].explanation.contains("outside the day's range"), "\(claims[5].explanation)")
    }

    // A wire headline names Monday (2022-03-07), its label "On Tuesday:" — the Tuesday before is
    // 2022-03-01, when GSPC fell 1.55%, not 3%; the figures are Monday's (GSPC −2.95%).
    @Test("a section label naming another day than the headline puts its figures in doubt")
    func headlineAndLabelDisagree() throws {
        let text = """
        How major US stock indexes fared Monday

        On Tuesday:

        The S&P 500 fell 127.78 points, or 3%, to 4,201.09.
        """
        let claims = try checked(text, asOf: "2022-03-07", symbols: ["GSPC"])
        #expect(claims.count == 3)
        for claim in claims {
            #expect(claim.verdict != .contradicted, "\(claim.phrase): \(claim.explanation)")
            #expect(claim.reading.doubts.contains { $0.contains("the headline names") }, "\(claim.reading.doubts)")
        }
    }

    // DJI closes: 2025-12-24 48,731.16; 12-26 48,710.97; 12-29 48,461.93; 12-30 48,367.06;
    // 12-31 48,063.29 (four falls); 2026-01-02 48,382.39 (a rise, which ended the run).
    @Test("\"closed higher, snapping a four-day losing streak\" counts the falls before the rise")
    func snappedLosingStreak() throws {
        let claims = try checked("The Dow closed higher on Friday, snapping a four-day losing streak.", asOf: "2026-01-02", symbols: ["DJI"])
        let claim = try #require(claims.first)
        #expect(claim.kind == .streak && claim.verdict == .confirmed && claim.computed == 4, "\(claim.explanation)")
    }

    // GSPC month-end closes: 2018-12-31 2,506.85; 2019-01-31 2,704.10; 02-28 2,784.49; 03-29 2,834.40;
    // 04-30 2,945.83 (four rises); 05-31 2,752.06 (a fall).
    @Test("\"the slump in May reversed a four-month run\" is the run of rises before May")
    func reversedRun() throws {
        let claims = try checked("The slump in May reversed a four-month run for the S&P 500.", asOf: "2019-05-31", symbols: ["GSPC"])
        let claim = try #require(claims.first { $0.kind == .streak })
        #expect(claim.verdict == .confirmed && claim.computed == 4, "\(claim.explanation)")
    }

    // GSPC month-end closes 2021-02-26 3,811.15 … 2021-08-31 4,522.68 rose seven months in a row
    // (January 2021 fell); 2021-09-30 4,307.54 fell. Written on 2021-10-01, the first day of October.
    @Test("a monthly run ended by the month before the article's day is close, not contradicted")
    func runEndedByThePreviousMonth() throws {
        let claims = try checked("After a rough September, the S&P 500 snapped a seven-month winning streak.", asOf: "2021-10-01", symbols: ["GSPC"])
        let claim = try #require(claims.first { $0.kind == .streak })
        #expect(claim.verdict == .close && claim.explanation.contains("2021-09-30"), "\(claim.explanation)")
    }

    // GSPC 2019-05-10 2,881.40 → 2019-05-17 2,859.53: −0.759%.
    @Test("\"for the week ending May 17\" is the week to May 17, not the day")
    func weekEnding() throws {
        let claims = try checked("For the week ending May 17, the S&P 500 fell 0.76%.", asOf: "2019-05-20", symbols: ["GSPC"])
        let claim = try #require(claims.first)
        #expect(claim.verdict == .confirmed && claim.window == "week to 2019-05-17", "\(claim.window ?? "") \(claim.explanation)")
    }

    // RUT 2000-01-31 496.23 → 2000-02-29 577.71: +16.42%; 2021-12-15 2,195.21 → 2021-12-31 2,245.31: +2.28%.
    @Test("\"in February of 2000\" is that month; \"from December 15, 2021, through December 31\" is that range")
    func writtenOutWindows() throws {
        let february = try checked("The best month was February of 2000, when the Russell 2000 rose 16.4% in February of 2000.",
                                   asOf: "2020-11-24", symbols: ["RUT"])
        #expect(february.last?.verdict == .confirmed, "\(february.map(\.explanation))")
        let range = try checked("The Russell 2000 gained 2.3% from December 15, 2021, through December 31.", asOf: "2022-01-31", symbols: ["RUT"])
        #expect(range.first?.verdict == .confirmed, "\(range.map(\.explanation))")
    }

    // DJI January 2022: −3.32% to the month's end; its low was further down. An average over past
    // Januaries is no period's figure.
    @Test("a figure at the month's low, or an average of past cases, is in doubt, not contradicted")
    func extremesAndAverages() throws {
        let low = try checked("The Dow was down 8.77% at the month's low.", asOf: "2022-01-31", symbols: ["DJI"])
        #expect(low.allSatisfy { $0.verdict != .contradicted }, "\(low.map(\.explanation))")
        let average = try checked("In those years the S&P 500 rose 30% for the year on average.", asOf: "2023-01-31", symbols: ["GSPC"])
        #expect(average.allSatisfy { $0.verdict != .contradicted }, "\(average.map(\.explanation))")
    }

    // GSPC January 2023: DJI +2.83%, GSPC +6.18% — both true; no co-movement is read.
    @Test("\"on the last day in January, bringing the Dow up nearly 3%, the S&P 500 up 6%\" is two returns, not a beta")
    func noCoMovementFromOneDay() throws {
        let claims = try checked("Stocks rose on the last day in January, bringing the Dow Jones Industrial Average up nearly 3% for the month, the S&P 500 up 6%.",
                                 asOf: "2023-01-31", symbols: ["DJI", "GSPC"])
        #expect(!claims.contains { $0.kind == .coMovement }, "\(claims.map { "\($0.kind)" })")
        #expect(claims.allSatisfy { $0.verdict != .contradicted }, "\(claims.map(\.explanation))")
    }

    // GSPC before 2024-03-28: record close 5,248.49 (2024-03-27), record intraday high 5,261.10
    // (2024-03-21); on 2024-03-28 the high was 5,264.85, a new record later that day.
    @Test("a record quoted during a session that later set a new one is close (the record standing before the day)")
    func recordStandingBefore() throws {
        let claims = try checked("The S&P 500 is still short of its all-time intraday high of 5,261.10.", asOf: "2024-03-28", symbols: ["GSPC"])
        let claim = try #require(claims.first)
        #expect(claim.verdict == .close && claim.explanation.contains("standing before 2024-03-28"), "\(claim.explanation)")
    }

    // GSPC 2022-12-30 3,839.50 → 2023-12-29 4,769.83: +24.23% for 2023; the last two months
    // (from 2023-10-31, 4,193.80) +13.7%. DJI 2023-12-28 37,710.10 → 2023-12-29 37,689.54 (−20.56).
    @Test("a window phrase past \"as\" or \"after\" belongs to another clause; \"closed out 2023\" is the year")
    func clauseBoundWindows() throws {
        let year = try checked("The S&P 500 closed out 2023 with a gain of more than 24% as easing inflation lifted stocks, particularly in the last two months.",
                               asOf: "2023-12-29", symbols: ["GSPC"])
        #expect(year.first?.verdict == .confirmed && year.first?.window == "year:2023 to 2023-12-29", "\(year.map { "\($0.window ?? "") \($0.explanation)" })")
        let level = try checked("The Dow Jones Industrial Average fell 20.56 points, or 0.1%, to 37,689.54 after setting a record Thursday.",
                                asOf: "2023-12-29", symbols: ["DJI"])
        #expect(level.count == 3 && level.allSatisfy { $0.verdict == .confirmed }, "\(level.map { "\($0.kind) \($0.explanation)" })")
        #expect(level.last?.kind == .level)
    }

    // DJI 2023-12-26 37,545.33 → 2023-12-27 37,656.52: +111.19 points.
    @Test("a whole number of hundred points is rounded to the hundred; other whole numbers are exact")
    func roundHundreds() throws {
        let hundred = try checked("The Dow closed 100 points higher.", asOf: "2023-12-27", symbols: ["DJI"])
        #expect(hundred.first?.verdict == .confirmed, "\(hundred.map(\.explanation))")
        let exact = try checked("The Dow closed 105 points higher.", asOf: "2023-12-27", symbols: ["DJI"])
        #expect(exact.first?.verdict == .contradicted, "\(exact.map(\.explanation))")
    }

    // DJI 2022-12-30 33,147.25 → 2023-12-22 37,385.97: +12.79% for the year to date; the week from
    // 2023-12-15 (37,305.16) +0.22%.
    @Test("a sentence naming a new period under a label takes the label's place for the lines after it")
    func sentenceReplacesLabel() throws {
        let text = """
        For the trading week:

        Dow Industrial Average rose 0.22%

        With one week to go in trading for the year, the Nasdaq is far ahead of the rest.

        Dow Industrial Average is up 12.79%
        """
        let claims = try checked(text, asOf: "2023-12-22", symbols: ["DJI"])
        #expect(claims.map(\.window) == ["week to 2023-12-22", "ytd to 2023-12-22"] && claims.allSatisfy { $0.verdict == .confirmed },
                "\(claims.map { "\($0.window ?? "") \($0.explanation)" })")
    }

    // RUT 2020-12-31 1,974.86 → 2021-01-29: +5.00%; GSPC −1.11% (January 2021). RUT from the end of
    // 2020 to 2024-10-18: +15.25%; GSPC +56.14%. GSPC 2023-11-30 → 2023-12-13: +3.05%; RUT +7.66%.
    @Test("\"since January 2021, when it rose 5%\" dates the figure; \"since the end of 2020\"; \"the S&P 500's gain of 3.1%\"")
    func sincePhrasesAndPossessives() throws {
        let then = try checked("It was the best month for small caps since January 2021, when the Russell 2000 rose 5% while the S&P 500 fell 1.1%.",
                               asOf: "2023-12-13", symbols: ["RUT", "GSPC"])
        #expect(then.map(\.subject) == ["RUT", "GSPC"] && then.allSatisfy { $0.verdict == .confirmed }, "\(then.map { "\($0.window ?? "") \($0.explanation)" })")
        let since = try checked("Since the end of 2020, the Russell 2000 has risen 15%.", asOf: "2024-10-18", symbols: ["RUT"])
        #expect(since.first?.verdict == .confirmed && since.first?.window == "since:2020-12-31 to 2024-10-18", "\(since.map(\.explanation))")
        let owner = try checked("So far in December, the Russell 2000 has risen by 7.7%, surpassing the S&P 500's gain of 3.1%.",
                                asOf: "2023-12-13", symbols: ["RUT", "GSPC"])
        #expect(owner.last?.subject.hasPrefix("GSPC") == true && owner.allSatisfy { $0.verdict != .contradicted }, "\(owner.map { "\($0.subject) \($0.explanation)" })")
    }

    // GSPC 2022-05-20 closed +0.01% after trading down 2.3% intraday; the week to 2022-05-20 was
    // −3.05%, the midday figure −5% ("on pace"). DJI 2023-12-13 closed at 37,090.24.
    @Test("\"as much as\", \"on pace\", a level passed and a run of another kind are not contradicted")
    func moreDoubts() throws {
        let much = try checked("The S&P 500 rose on Friday after falling as much as 2.3% earlier in the session.", asOf: "2022-05-20", symbols: ["GSPC"])
        #expect(much.allSatisfy { $0.verdict != .contradicted }, "\(much.map(\.explanation))")
        let pace = try checked("The S&P 500 is down 5% for the week. Both indexes are on pace to fall for a seventh straight week.",
                               asOf: "2022-05-20", symbols: ["GSPC"])
        #expect(pace.allSatisfy { $0.verdict != .contradicted }, "\(pace.map(\.explanation))")
        let passed = try checked("The Dow climbed 1.4%, surpassing 37,000 points for the first time.", asOf: "2023-12-13", symbols: ["DJI"])
        #expect(!passed.contains { $0.kind == .points }, "\(passed.map { "\($0.kind)" })")
        let flat = try checked("The S&P 500 failed to move by 1%, up or down, for six straight weeks.", asOf: "2023-05-19", symbols: ["GSPC"])
        #expect(!flat.contains { $0.kind == .streak }, "\(flat.map { "\($0.kind)" })")
    }

    @Test("a list of three or more returns of one subject and window is past periods, in doubt")
    func seriesOfPastPeriods() throws {
        let claims = try checked("Election years have seen S&P 500 returns in October of -2.8%, -1.9%, -2% and +1.4%.", asOf: "2024-10-18", symbols: ["GSPC"])
        #expect(claims.count == 4 && claims.allSatisfy { $0.verdict != .contradicted && $0.reading.doubts.contains { $0.contains("past") } },
                "\(claims.map(\.explanation))")
    }

    // DJI 2025-09-03 45,271.23 → 2025-09-04 45,621.29 (+350.06, +0.77%); GSPC 6,448.26 → 6,502.08
    // (+53.82, +0.83%). DJI 2019-05-06 26,438.48 → 2019-05-07 25,965.09 (−473.39, −1.79%).
    @Test("lines under a heading that names one index are that index's; \"fell 473, or 1.79%\" is points and a return")
    func headingLinesAndBarePoints() throws {
        let text = """
        Daily Performance
        Dow Jones Industrial Average (DJIA)
        Finished at 45,621.29 points
        Added +350.06 points (+0.77%)
        S&P 500
        Closed at 6,502.08 points
        Gained +53.82 points (+0.83%)
        """
        let lines = try checked(text, asOf: "2025-09-04", symbols: ["DJI", "GSPC"])
        #expect(lines.map(\.subject) == ["DJI", "DJI", "DJI", "GSPC", "GSPC", "GSPC"] && lines.allSatisfy { $0.verdict == .confirmed },
                "\(lines.map { "\($0.subject) \($0.explanation)" })")
        let bare = try checked("Tuesday, the Dow Jones Industrial Average fell 473, or 1.79%, to end at 25,965.", asOf: "2019-05-07", symbols: ["DJI"])
        #expect(bare.map(\.kind) == [.points, .return, .level] && bare.allSatisfy { $0.verdict == .confirmed }, "\(bare.map(\.explanation))")
    }

    // December 2023 (from 2023-11-30): GSPC 4,567.80 → 4,769.83 +4.42%; IXIC 14,226.22 → 15,011.35
    // +5.52%. For 2023: GSPC +24.23%, IXIC +43.42%.
    @Test("two \"respectively\" groups in one sentence each pair with the subjects; a list shares the window written after it")
    func respectivelyGroups() throws {
        let claims = try checked("The S&P 500 and Nasdaq Composite registered gains of 4.4% and 5.5%, respectively, in December, "
                                 + "which leaves them up 24.2% and 43.4%, respectively, this year.", asOf: "2023-12-29", symbols: ["GSPC", "IXIC"])
        #expect(claims.map(\.subject) == ["GSPC", "IXIC", "GSPC", "IXIC"] && claims.allSatisfy { $0.verdict == .confirmed },
                "\(claims.map { "\($0.subject) \($0.window ?? "") \($0.explanation)" })")
    }

    // Week to 2024-11-08 (from 2024-11-01): RUT 2,210.13 → 2,399.64 +8.57%; GSPC 5,728.80 → 5,995.54
    // +4.66%; IXIC 18,239.92 → 19,286.78 +5.74%. On the day GSPC rose 0.38%; in 2024 to then +25.70%.
    @Test("\"as of 2024-11-08\" is a day, not the year 2024; a figure with no window is read in the article's week")
    func isoDateIsNoYear() throws {
        let claims = try checked("Small caps led: the Russell 2000 rose 8.6% for the week, as of 2024-11-08, while the S&P 500 gained 4.7%. "
                                 + "The Nasdaq Composite added 5.7% for the week.", asOf: "2024-11-08", symbols: ["RUT", "GSPC", "IXIC"])
        #expect(claims.count == 3 && claims.allSatisfy { $0.verdict == .confirmed }, "\(claims.map { "\($0.window ?? "") \($0.explanation)" })")
    }

    // DJI week to 2020-11-20 (from 2020-11-13): 29,479.81 → 29,263.48, −0.734%.
    @Test("a decimal written without its zero (\"-.73%\") is the number, not 73%")
    func leadingDecimalPoint() throws {
        let numbers = Tokenizer.tokens("dropped -.07% and rose .5%").compactMap(\.number)
        #expect(numbers == [-0.07, 0.5], "\(numbers)")
        let claims = try checked("On the week, the Dow dropped -.73%.", asOf: "2020-11-20", symbols: ["DJI"])
        #expect(claims.count == 1 && claims[0].stated == -0.0073 && claims[0].verdict == .confirmed, "\(claims.map(\.explanation))")
    }

    // GSPC 2023-12-14 close 4,719.55, record close 4,796.56 (2022-01-03): −1.6055% (a writer's
    // "1.6%"). 2022-02-22 close 4,304.76: −10.25% from the same record.
    @Test("\"within 1.6% of its record\" holds at the stated rounding; \"below it's all-time high set in January\" is the distance from the record")
    func withinAndMisspeltPossessive() throws {
        let within = try checked("The S&P 500 climbed Thursday and is within 1.6% of the all-time high it set early last year.",
                                 asOf: "2023-12-14", symbols: ["GSPC"])
        #expect(within.count == 1 && within[0].kind == .fromRecord && within[0].verdict == .confirmed, "\(within.map(\.explanation))")
        let tighter = try checked("The S&P 500 is within 1.5% of its all-time high.", asOf: "2023-12-14", symbols: ["GSPC"])
        #expect(tighter.count == 1 && tighter[0].verdict == .contradicted, "\(tighter.map(\.explanation))")
        let correction = try checked("The benchmark S&P 500 fell and is now more than 10% below it’s all-time high set in January.",
                                     asOf: "2022-02-22", symbols: ["GSPC"])
        #expect(correction.count == 1 && correction[0].kind == .fromRecord && correction[0].verdict == .confirmed,
                "\(correction.map { "\($0.kind) \($0.explanation)" })")
    }

    // GSPC week to 2022-10-28 (from 2022-10-21): 3,752.75 → 3,901.06, +148.31 points, +3.95%.
    @Test("\"up 148.31 points or 3.95% this week\": the points share the percent's window")
    func pointsShareTheWindow() throws {
        let claims = try checked("The S&P 500 Index is up 148.31 points or 3.95% this week to 3901.06.", asOf: "2022-10-28", symbols: ["GSPC"])
        #expect(claims.map(\.kind) == [.points, .return, .level] && claims.allSatisfy { $0.verdict == .confirmed },
                "\(claims.map { "\($0.window ?? "") \($0.explanation)" })")
    }

    // Runs. RUT beat GSPC on each of the 14 sessions to 2026-01-22 (Thursday; daily price returns
    // from the two CSVs). GSPC weekly closes 2019-07-26 3,025.86, 08-02 2,932.05, 08-09 2,918.65:
    // two weekly losses to 2019-08-09.
    @Test("a run ends on the day or week the sentence names; a run that ended later or counts only big moves is not accused")
    func runsEndingEarlier() throws {
        let thursday = try checked("Before its drubbing to end the week, the Russell 2000 as of Thursday had beaten the S&P 500 "
                                   + "for 14 straight trading sessions.", asOf: "2026-01-23", symbols: ["RUT", "GSPC"])
        #expect(thursday.count == 1 && thursday[0].verdict == .confirmed && thursday[0].window == "1d to 2026-01-22",
                "\(thursday.map { "\($0.window ?? "") \($0.explanation)" })")
        let weeks = try checked("The S&P 500 zoomed up and down last week, ending with its second straight weekly loss.",
                                asOf: "2019-08-12", symbols: ["GSPC"])
        #expect(weeks.count == 1 && weeks[0].verdict == .confirmed, "\(weeks.map { "\($0.window ?? "") \($0.explanation)" })")
        // As of 2026-01-23 the run had ended (RUT trailed on 01-23); the day it ended is not said.
        let ended = try checked("The Russell 2000 outperformed the S&P 500 for 14 consecutive sessions before a slight pullback ended that streak.",
                                asOf: "2026-01-23", symbols: ["RUT", "GSPC"])
        #expect(ended.count == 1 && ended[0].verdict != .contradicted, "\(ended.map(\.explanation))")
        let big = try checked("The Russell 2000 rose 3.1% on Wednesday for its second straight day of gains over 3%.",
                              asOf: "2020-05-27", symbols: ["RUT"])
        #expect(big.contains { $0.kind == .streak } && big.allSatisfy { $0.verdict != .contradicted }, "\(big.map(\.explanation))")
    }

    // DJI since 2019-08-16: 25,886.01 → 25,628.90 −0.99%; week: GSPC 2,888.68 → 2,847.11 −1.44%;
    // IXIC 7,895.99 → 7,751.77 −1.83%. GSPC 2023-12-21 4,746.75 → 2023-12-28 4,783.35 +0.77%.
    @Test("\"since last Friday\" on a Friday starts a week back and lends no day to later figures; \"since its close on Thursday, December 21\"")
    func sinceLastFridayAndSinceAClose() throws {
        let week = try checked("The drop left the major indexes with their fourth consecutive weekly loss, with the Dow down 1% since last Friday, "
                               + "while the S&P 500 saw a 1.4% drop and the Nasdaq declining 1.8%.", asOf: "2019-08-23", symbols: ["DJI", "GSPC", "IXIC"])
        let returns = week.filter { $0.kind == .return }
        #expect(returns.map(\.subject) == ["DJI", "GSPC", "IXIC"] && returns.allSatisfy { $0.verdict == .confirmed },
                "\(returns.map { "\($0.window ?? "") \($0.explanation)" })")
        let santa = try checked("Since its close on Thursday, December 21 – the start of this year's Santa Claus rally – the S&P 500 is up 0.8%.",
                                asOf: "2023-12-28", symbols: ["GSPC"])
        #expect(santa.count == 1 && santa[0].verdict == .confirmed && santa[0].window == "since:2023-12-21 to 2023-12-28",
                "\(santa.map { "\($0.window ?? "") \($0.explanation)" })")
    }

    // 2023 to 2023-12-13 (from 2022-12-30): IXIC +40.77%, GSPC +22.60%, RUT +10.58%. January 2021:
    // RUT +5.00%, GSPC −1.11%. 2024: GSPC 4,769.83 → 5,881.63 +23.31%.
    @Test("\"a 40.8% gain for the technology-heavy Nasdaq Composite\", \"the large-cap gauge\", \"annual gain exceeding 20%\", a definition")
    func subjectsAndAnnualFigures() throws {
        let ytd = try checked("The Russell 2000 has lagged, posting only a 10.6% increase year-to-date compared to the S&P 500's gain of 22.6%, "
                              + "and a significant 40.8% gain for the technology-heavy Nasdaq Composite.", asOf: "2023-12-13", symbols: ["RUT", "GSPC", "IXIC"])
        #expect(ytd.last?.subject == "IXIC" && ytd.last?.verdict == .confirmed, "\(ytd.map { "\($0.subject) \($0.explanation)" })")
        let gauge = try checked("It was the best month since January 2021 when the small-cap index rose by 5% while the large-cap gauge fell by 1.1%.",
                                asOf: "2023-12-13", symbols: ["RUT", "GSPC"])
        #expect(gauge.map(\.subject) == ["RUT", "GSPC"] && gauge.allSatisfy { $0.verdict == .confirmed }, "\(gauge.map { "\($0.subject) \($0.explanation)" })")
        let annual = try checked("Stocks closed lower on Tuesday as investors wrapped up a booming year that hoisted the S&P 500 to its second "
                                 + "consecutive annual gain exceeding 20%.", asOf: "2024-12-31", symbols: ["GSPC"])
        #expect(annual.count == 1 && annual[0].verdict == .confirmed && annual[0].window == "year:2024 to 2024-12-31",
                "\(annual.map { "\($0.window ?? "") \($0.explanation)" })")
        let definition = try checked("The Nasdaq rose 2.6%, closer to exiting a correction, defined as a 10% drop from a recent high.",
                                     asOf: "2020-10-12", symbols: ["IXIC"])
        #expect(definition.count == 1, "\(definition.map(\.phrase))")
    }

    // Week to 2026-01-02 (from 2025-12-26): GSPC 6,929.94 → 6,858.47 −1.03%, RUT 2,534.35 → 2,508.22
    // −1.03%; 2026 to date (from 2025-12-31): GSPC 6,845.50 → +0.19%, RUT 2,481.91 → +1.06%.
    @Test("a pipe table flattened to one cell per line is read by its header; \"Weekly Change\", \"YTD Change\", \"As of\" columns")
    func verticalPipeTable() throws {
        let cells = ["Index", "Prior Week", "As of 1/2", "Weekly Change", "YTD Change"]
        let rows = [["S&P 500", "6,929.94", "6,858.47", "-1.03%", "0.19%"], ["Russell 2000", "2,534.35", "2,508.22", "-1.03%", "1.06%"],
                    ["Global Dow", "6,196.89", "6,198.72", "0.03%", "0.48%"]]
        var text = "Weekly market summary\n|\n" + cells.joined(separator: "\n|\n") + "\n|\n|---|---|---|---|---|\n"
        for row in rows { text += "|\n" + row.joined(separator: "\n|\n") + "\n|\n" }
        let claims = try checked(text, asOf: "2026-01-02", symbols: ["GSPC", "RUT", "DJI"])
        #expect(claims.map(\.subject) == ["GSPC", "GSPC", "GSPC", "RUT", "RUT", "RUT"], "\(claims.map { "\($0.subject) \($0.phrase)" })")
        #expect(claims.map(\.kind) == [.level, .return, .return, .level, .return, .return])
        #expect(claims.allSatisfy { $0.verdict == .confirmed }, "\(claims.map { "\($0.window ?? "") \($0.explanation)" })")
    }

    // DJI 2019-07-02 26,786.68 → 2019-07-03 26,966.00: +179.32 points, +0.67%. Year to 2026-01-13
    // (from 2025-12-31): RUT +6.09%, GSPC +1.73%. RUT beat GSPC 11 sessions to 2026-01-16, 10 to
    // 2026-01-15 (daily price returns from the two CSVs).
    @Test("\"the record it marked in October\" dates the record, not the figures; \"over the same period\"; a run counted a session earlier is close")
    func recordDatesSamePeriodAndEarlierRuns() throws {
        let record = try checked("The Dow Jones Industrial Average on Wednesday easily beat the record it marked in October, rising 179 points, "
                                 + "or 0.7%, to 26,966.", asOf: "2019-07-03", symbols: ["DJI"])
        #expect(record.count == 3 && record.allSatisfy { $0.verdict == .confirmed }, "\(record.map { "\($0.window ?? "") \($0.explanation)" })")
        let same = try checked("The Russell 2000 has sprinted to a 6.1% gain this year, while the S&P 500 rose 1.7% over the same period.",
                               asOf: "2026-01-13", symbols: ["RUT", "GSPC"])
        #expect(same.count == 2 && same.allSatisfy { $0.verdict == .confirmed && $0.window == "ytd to 2026-01-13" },
                "\(same.map { "\($0.window ?? "") \($0.explanation)" })")
        let run = try checked("The Russell 2000 has outperformed the S&P 500 for ten straight sessions.", asOf: "2026-01-16", symbols: ["RUT", "GSPC"])
        #expect(run.count == 1 && run[0].verdict == .close && run[0].explanation.contains("a session earlier"), "\(run.map(\.explanation))")
    }

    // RUT 2020-03-31 1,153.10 → 2020-05-29 1,394.04: +20.89%. 2026 to 2026-01-15: RUT +7.76%, GSPC
    // +1.45%. 2024-07-25: GSPC −0.51%, IXIC −0.93%, DJI +0.20%, RUT +1.26%; July to the 25th (from
    // 2024-06-28): RUT +8.56%, GSPC −1.12%.
    @Test("\"during April and May\"; \"the S&P 500's modest 1.5% gain\"; \"respective losses\" and \"down tick\" give sign and subject")
    func possessivesAndRespective() throws {
        let months = try checked("The Russell 2000 rose 20.9 percent during April and May.", asOf: "2020-06-03", symbols: ["RUT"])
        #expect(months.count == 1 && months[0].verdict == .confirmed && months[0].window == "range:2020-03-31..2020-05-31 to 2020-05-31",
                "\(months.map { "\($0.window ?? "") \($0.explanation)" })")
        let modest = try checked("Year-to-date, the Russell 2000 is up more than 7%, dramatically outpacing the S&P 500's modest 1.4% gain.",
                                 asOf: "2026-01-15", symbols: ["RUT", "GSPC"])
        #expect(modest.map(\.kind) == [.return, .relative] && modest.allSatisfy { $0.verdict == .confirmed },
                "\(modest.map { "\($0.subject) \($0.explanation)" })")
        let respective = try checked("The Russell 2000 outpaced the big S&P and Nasdaq’s 0.5% and 0.9% respective losses and the narrower "
                                     + "Dow Jones Industrial Average’s 0.2% rally on Thursday.", asOf: "2024-07-25", symbols: ["RUT", "GSPC", "IXIC", "DJI"])
        // The Nasdaq's figure follows "and", no possessive: its own return.
        #expect(respective.map(\.subject) == ["RUT vs GSPC", "IXIC", "RUT vs DJI"] && respective.map(\.stated) == [-0.005, -0.009, 0.002]
                && respective.allSatisfy { $0.verdict == .confirmed },
                "\(respective.map { "\($0.subject) \($0.stated) \($0.explanation)" })")
        let tick = try checked("The Russell 2000 is up 8.6% in July, trouncing the S&P’s 1% down tick.", asOf: "2024-07-25", symbols: ["RUT", "GSPC"])
        #expect(tick.count == 2 && tick[1].stated == -0.01 && tick.allSatisfy { $0.verdict == .confirmed }, "\(tick.map(\.explanation))")
    }

    // IXIC 2020-11-10 −1.37% on the day, −2.87% from 2020-11-06; 2024-10-16 +0.28%. GSPC 1987-10-19
    // −20.47%.
    @Test("\"bringing its weekly decline\" is another clause's window; \"since July of this year\" and \"Black Monday\" are no windows; a past run is not accused")
    func clausesAndNamedDays() throws {
        let bringing = try checked("The Nasdaq Composite finished down 1.4%, bringing its weekly decline thus far to 2.9%.",
                                   asOf: "2020-11-10", symbols: ["IXIC"])
        #expect(bringing.map(\.window) == ["1d to 2020-11-10", "week to 2020-11-10"] && bringing.allSatisfy { $0.verdict == .confirmed },
                "\(bringing.map { "\($0.window ?? "") \($0.explanation)" })")
        let july = try checked("The tech-heavy Nasdaq, which hasn’t reached a new closing high since July of this year, was the relative laggard: +0.28%.",
                               asOf: "2024-10-16", symbols: ["IXIC"])
        #expect(july.count == 1 && july[0].verdict == .confirmed, "\(july.map { "\($0.window ?? "") \($0.explanation)" })")
        let black = try checked("Or October 19, 1987, known as “Black Monday”, a day in which the S&P 500 Index dropped over 20% in a day.",
                                asOf: "2022-10-31", symbols: ["GSPC"])
        #expect(black.count == 1 && black[0].verdict == .confirmed && black[0].window == "1d to 1987-10-19", "\(black.map(\.explanation))")
        let past = try checked("The Dow shed 300.14 points, snapping its longest win streak, six days, since the eight-session stretch ended Sept. 13, 2019.",
                               asOf: "2020-06-09", symbols: ["DJI"])
        #expect(past.allSatisfy { $0.verdict != .contradicted }, "\(past.map(\.explanation))")
    }
}
