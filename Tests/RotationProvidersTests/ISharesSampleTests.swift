import Foundation
import ProviderTestSupport
import RotationCore
import RotationData
import RotationProviders
import Testing

/// iShares against the holdings downloads in `../shared/provider-samples/ishares` (HTTP 200,
/// `text/csv`; the captures kept no headers). As-of days and member counts (distinct equity
/// tickers) are the samples' README's.
struct ISharesSampleTests {
    static func fetch(_ body: [UInt8], asked: TradingDay? = nil) async throws -> [FetchedSymbol] {
        try await ProviderTestKit.withServer({ _, _, _ in .answer(200, headers: [("Content-Type", "text/csv")], body: body) }) { server in
            try await ProviderTestKit.fetch(.ishares, ["IWM"], from: server, range: FetchRange(to: asked))
        }
    }

    static func snapshot(_ fetched: [FetchedSymbol]) -> MembershipSnapshot? {
        guard fetched.count == 1, case .holdings(let snapshot, _) = fetched[0].payload else { return nil }
        return snapshot
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var sample: String, asOf: String, members: Int
        var testDescription: String { sample }
    }

    static let cases: [Case] = [
        Case(sample: "IWM_holdings_2026-05-05.excerpt.csv", asOf: "2026-05-05", members: 34),
        Case(sample: "IWM_holdings_2025-05-13.excerpt.csv", asOf: "2025-05-13", members: 36),
        Case(sample: "IWM_holdings_2026-04-10.excerpt.csv", asOf: "2026-04-10", members: 36),
        // The older header with `Shares` instead of `Quantity`.
        Case(sample: "IVV_holdings_2023-04-06.excerpt.csv", asOf: "2023-04-06", members: 39),
        Case(sample: "IVV_holdings_2022-12-30_resp.excerpt.csv", asOf: "2022-12-30", members: 38),
    ]

    @Test("every recorded download gives its as-of day and members", arguments: cases)
    func sample(_ c: Case) async throws {
        let fetched = try await Self.fetch(try ProviderSamples.bytes("ishares/\(c.sample)"))
        let snapshot = try #require(Self.snapshot(fetched))
        #expect(snapshot.date == ProviderTestKit.day(c.asOf))
        #expect(snapshot.count == c.members)
        #expect(fetched[0].notes.isEmpty)
    }

    @Test("the same download with CRLF line ends reads the same (lines are split on bytes)")
    func crlf() async throws {
        let lf = try ProviderSamples.bytes("ishares/IWM_holdings_2026-05-05.excerpt.csv")
        #expect(!lf.contains(0x0D))
        let crlf = lf.flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] }
        let fromLF = try #require(Self.snapshot(try await Self.fetch(lf)))
        let fromCRLF = try #require(Self.snapshot(try await Self.fetch(crlf)))
        #expect(fromCRLF == fromLF)
        #expect(fromCRLF.count == 34)
    }

    @Test("the duplicated-content answer (HEWU) is read up to its first separator line")
    func duplicated() async throws {
        let fetched = try await Self.fetch(try ProviderSamples.bytes("ishares/HEWU_holdings_2023-01-20_duplicated.csv"))
        let snapshot = try #require(Self.snapshot(fetched))
        #expect(snapshot.date == ProviderTestKit.day("2023-01-20"))
        #expect(snapshot.count == 1)
        // README: one equity row weighing 102.60 %, i.e. 1.026.
        #expect(abs((snapshot.members["EWU"]?.weight ?? 0) - 1.026) < 1e-12)
    }

    @Test("a snapshot dated other than the day asked for is kept under its own day, and said")
    func otherDay() async throws {
        // Asked for Wednesday 2026-05-06, the answer holds 2026-05-05.
        let fetched = try await Self.fetch(try ProviderSamples.bytes("ishares/IWM_holdings_2026-05-05.excerpt.csv"),
                                           asked: ProviderTestKit.day("2026-05-06"))
        #expect(Self.snapshot(fetched)?.date == ProviderTestKit.day("2026-05-05"))
        #expect(fetched[0].notes == ["IWM: iShares answered the holdings as of 2026-05-05, not 2026-05-06 as asked; "
                                     + "the file and snapshot are dated 2026-05-05"])
    }

    @Test("an as-of day of \"-\" is no holdings published for the day asked (66)")
    func noHoldings() async throws {
        // README (described, not captured): the second line reads `Fund Holdings as of,"-"`. Built
        // here from a real download with only that line changed.
        var lines = String(decoding: try ProviderSamples.bytes("ishares/IWM_holdings_2026-05-05.excerpt.csv"), as: UTF8.self)
            .components(separatedBy: "\n")
        #expect(lines[1] == "Fund Holdings as of,\"May 05, 2026\"")
        lines[1] = "Fund Holdings as of,\"-\""
        let error = await ProviderTestKit.dataError {
            _ = try await Self.fetch(Array(lines.joined(separator: "\n").utf8), asked: ProviderTestKit.day("2026-05-09"))
        }
        #expect(error?.code == .unknownSymbol)
        #expect(error?.message == "iShares published no holdings for 2026-05-09 (\"Fund Holdings as of\" is \"-\"); "
                + "ask for another day with --to, or leave --to out for the latest holdings")
        #expect(error?.location?.line == 2)
    }

    @Test("an HTML page instead of holdings is a refusal (69)")
    func html() async throws {
        let error = await ProviderTestKit.dataError {
            _ = try await Self.fetch(Array("<!DOCTYPE html><html><head><title>iShares</title></head></html>".utf8))
        }
        #expect(error?.code == .unavailable)
        #expect(error?.message.hasPrefix("iShares answered an HTML page (\"iShares\") instead of data") == true)
    }
}
