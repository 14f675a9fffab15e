import Foundation
import RotationApp
import RotationCore
import Testing

/// The full brief on real data as of 2025-12-12: every sentence checked against the use case
/// of the command it cites.
@Suite(.serialized)
struct BriefComposerTests {
    static let asOf = TradingDay("2025-12-12")!

    static func brief(_ request: BriefRequest = BriefRequest(asOf: asOf)) async throws -> (BriefResult, RotationService) {
        let service = try await BriefTestStore.service()
        return (try await service.brief(request), service)
    }

    func section(_ brief: BriefResult, _ id: String) throws -> BriefSection {
        try #require(brief.sections.first { $0.id == id }, "no \(id) section")
    }

    @Test("the streak sentence states RUT's four-week streak over the S&P 500 exactly as relative computes it")
    func streakAgreesWithRelative() async throws {
        let (brief, service) = try await Self.brief()
        let relative = try await service.relative(RelativeRequest(a: "RUT", b: "GSPC", asOf: Self.asOf))
        let streak = try #require(relative.currentStreak)
        // Published check (docs/CONVENTIONS.md): RUT beat GSPC in the four calendar weeks ending
        // 2025-11-21, 11-28, 12-05 and 12-12.
        #expect(streak.leader == "RUT" && streak.length == 4)
        let sentence = try section(brief, "leadership").sentences[0]
        #expect(sentence.command == "rotation relative RUT GSPC --as-of 2025-12-12")
        #expect(sentence.text.contains("The Russell 2000 has outperformed the S&P 500 for 4 weeks running (\(streak.startDate) to \(streak.endDate))"))
        #expect(sentence.text.contains("ratio \(Formatting.percent(streak.relativeChange))"))
        #expect(sentence.text.contains("in \(relative.recent.aBeat) of the last \(relative.recent.periods) complete weeks"))
    }

    @Test("the beta and volatility sentences agree with metrics over the trailing year")
    func riskAgreesWithMetrics() async throws {
        let (brief, service) = try await Self.brief()
        let from = TradingDay("2024-12-12")!
        let paired = try await service.metrics(MetricsRequest(symbol: "RUT", benchmark: "GSPC", from: from, to: Self.asOf)).report
        let base = try await service.metrics(MetricsRequest(symbol: "GSPC", from: from, to: Self.asOf)).report
        let beta = try #require(paired.beta)
        let risk = try section(brief, "risk")
        #expect(risk.sentences[0].command == "rotation metrics RUT --benchmark GSPC --from 2024-12-12 --to 2025-12-12")
        #expect(risk.sentences[0].text.contains(
            "on days the S&P 500 moved about 1%, the Russell 2000 typically moved \(Formatting.decimal(beta, decimals: 2))%"))
        let ratio = try #require(paired.annualVolatility) / (try #require(base.annualVolatility))
        #expect(risk.sentences[1].text.contains("\(Formatting.decimal(ratio, decimals: 2)) times as volatile"))
        #expect(risk.sentences[1].command.hasSuffix("&& rotation metrics GSPC --from 2024-12-12 --to 2025-12-12"))
    }

    @Test("the cycles sentence names the open 147-month stretch from the 2013-09-30 peak, and the drawdown chart reaches its depth")
    func cyclesAndDrawdownAgree() async throws {
        let (brief, service) = try await Self.brief()
        let cycles = try await service.cycles(CyclesRequest(a: "RUT", b: "GSPC", asOf: Self.asOf))
        let open = try #require(cycles.current.underperformance)
        // Published check (docs/CONVENTIONS.md): peak 2013-09-30, trough 2025-07-31 (−45.4%), 147 months open.
        #expect(open.startDate == TradingDay("2013-09-30")! && open.lengthPeriods == 147)
        let sentence = try #require(try section(brief, "leadership").sentences.first { $0.command == "rotation cycles RUT GSPC --as-of 2025-12-12" })
        #expect(sentence.text.contains("began at its 2013-09-30 peak: 147 months so far, at worst \(Formatting.percent(open.depth)) (2025-07-31)"))
        #expect(sentence.text.contains("the longest of \(open.of) such stretches"))
        // The drawdown chart is the same monthly line's distance below its running peak: at the
        // stretch's trough it equals the stretch's depth, and its lowest point is the deepest
        // underperformance stretch that cycles ranks first by depth.
        let drawdown = try #require(brief.charts?.relativeDrawdown)
        let atTrough = try #require(drawdown.points.first { $0.date == TradingDay("2025-07-31")! }?.value)
        #expect(abs(atTrough - open.depth) < 1e-12)
        let deepestEpisode = try #require(cycles.stretches.first { $0.direction == .underperformance && $0.depthRank == 1 })
        let deepest = try #require(drawdown.points.compactMap(\.value).min())
        #expect(abs(deepest - deepestEpisode.depth) < 1e-12)
    }

    /// Issue 16, case 8: the brief said in one breath that RUT/GSPC "is in an underperformance
    /// stretch … 147 months so far" and "has not fallen back to its 1999-03-31 low: an
    /// outperformance run of 321 months so far" — read as "small caps have led for 27 years".
    /// Now only the regime whose extreme is the more recent (the stretch's 2025-07-31 trough,
    /// after the run's high) is told "so far"; the run is told in the past tense, low to high.
    /// Dates and lengths from `rotation cycles RUT GSPC` over ../shared/data (docs/CONVENTIONS.md).
    @Test("the cycles sentences tell the current regime in the present and the older run in the past tense")
    func cyclesTenses() async throws {
        let (brief, service) = try await Self.brief()
        let cycles = try await service.cycles(CyclesRequest(a: "RUT", b: "GSPC", asOf: Self.asOf))
        let down = try #require(cycles.current.underperformance), up = try #require(cycles.current.outperformance)
        #expect(up.startDate == TradingDay("1999-03-31")! && down.troughDate > up.peakDate)
        let sentences = try section(brief, "leadership").sentences.filter { $0.command == "rotation cycles RUT GSPC --as-of 2025-12-12" }
        #expect(sentences.count == 2)
        #expect(sentences.filter { $0.text.contains("so far") }.count == 1)
        #expect(sentences[0].text.contains("is in an underperformance stretch that began at its 2013-09-30 peak: 147 months so far"))
        #expect(sentences[1].text.hasPrefix("Before that, the line outperformed from its 1999-03-31 low to its \(up.peakDate) high: "
            + "\(up.peakToTroughPeriods) months, \(Formatting.percent(up.depth)); it has not fallen back to that low since"))
        #expect(!sentences[1].text.contains("\(up.lengthPeriods) months"))
    }

    @Test("the rotation-map sentence and chart carry the quadrants rrg computes")
    func rotationMapAgrees() async throws {
        let (brief, service) = try await Self.brief()
        let map = try await service.rotationMap(RotationMapRequest(symbols: ["RUT", "IXIC"], benchmark: "GSPC", asOf: Self.asOf))
        let sentence = try #require(try section(brief, "leadership").sentences.first { $0.command.hasPrefix("rotation rrg RUT IXIC --benchmark GSPC") })
        for point in map.points {
            let quadrant = try #require(point.quadrant)
            #expect(sentence.text.contains("is \(quadrant.rawValue) (RS-Ratio \(Formatting.decimal(point.rsRatio, decimals: 2))"))
        }
        #expect(brief.charts?.rotationMap.map(\.tail) == map.points.map(\.tail))
    }

    @Test("each sleeve's cumulative-return series ends at its one-year return in the numbers table")
    func cumulativeEndsAtOneYear() async throws {
        let (brief, _) = try await Self.brief()
        let numbers = try section(brief, "numbers")
        let oneYearColumn = try #require(numbers.table?.columns.firstIndex(of: "1y"))
        let series = try #require(brief.charts?.cumulativeReturns)
        #expect(series.count == 3)
        for (index, line) in series.enumerated() {
            let expected = try #require(numbers.table?.rows[index][oneYearColumn].value)
            #expect(line.points.first?.value == 0)
            #expect(abs((line.points.last?.value ?? .nan) - expected) < 1e-12)
            #expect(line.points.last?.date == Self.asOf)
        }
        let relative = try #require(brief.charts?.relativeStrength)
        #expect(relative.points.first?.value == 100)
        #expect(relative.points.last?.date == Self.asOf)
    }

    @Test("with members and holdings files the brief adds breadth and valuation sections from breadth and valuation")
    func breadthAndValuation() async throws {
        let constituents = BriefTestStore.sharedData.appendingPathComponent("constituents")
        let members = ["IWM_holdings_2025-05-13.csv", "IWM_holdings_2025-11-05.csv", "IWM_holdings_2026-05-05.csv"]
            .map { constituents.appendingPathComponent($0).path }
        let prices = constituents.appendingPathComponent("smallcap_adj_closes_wide.csv").path
        let fundamentals = try BriefTestStore.temporaryDirectory().appendingPathComponent("fundamentals.csv")
        try "ticker,market_cap,earnings_ttm\nA,500,50\nB,50,0.1\nC,200,-20\n".write(to: fundamentals, atomically: true, encoding: .utf8)
        let request = BriefRequest(asOf: TradingDay("2025-12-10")!, members: MembersInput(members: members, prices: prices),
                                   holdings: fundamentals.path)
        let (brief, _) = try await Self.brief(request)
        let breadth = try section(brief, "breadth")
        // Expected from the independent Python reference (Tests/RotationCoreTests/Golden/breadth):
        // 1369 advancers of 1801 covered members on 2025-12-10; 189 52-week highs, 6 lows.
        #expect(breadth.sentences[0].text.hasPrefix("On 2025-12-10, 1369 of the 1801 members with prices rose"))
        #expect(breadth.sentences.contains { $0.text.hasPrefix("189 members closed at a 52-week high and 6 at a 52-week low") })
        #expect(breadth.sentences[0].command.hasPrefix("rotation breadth --members "))
        #expect(breadth.sentences[0].command.hasSuffix("--as-of 2025-12-10"))
        let valuation = try section(brief, "valuation")
        // Hand calculation (caps 500/50/200, earnings 50/0.1/−20): 750 / 30.1 = 24.9; 550 / 50.1 = 11.0.
        #expect(valuation.sentences[0].text.hasPrefix("Across 3 members the trailing P/E is 24.9 in aggregate (ΣM/ΣE, losses included), 11.0 excluding loss-makers"))
        #expect(valuation.sentences[0].command == "rotation valuation --holdings \(fundamentals.path)")
    }
}
