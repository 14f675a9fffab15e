import Foundation
import RotationApp
import RotationCore
import RotationData
import RotationText
import Testing

/// The checker over the test articles in `Articles/`, against ../shared/data/prices.
/// Expected claims and verdicts: hand-listed, recomputed independently by Articles/verify.py.
struct ArticleCheckTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Articles")
    static let prices = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/data/prices")

    struct Expected: Decodable {
        var asOf: String
        var claims: [ExpectedClaim]
        enum CodingKeys: String, CodingKey { case asOf = "as_of", claims }
    }

    struct ExpectedClaim: Decodable {
        var contains: String
        var kind: String
        var subject: String
        var stated: Double
        var window: String?
        var verdict: String
        /// For a close verdict: the convention that agrees (total, counterpart, intraday, previous day, end day).
        var alternative: String?
    }

    /// Words of the explanation that name each convention (docs/CHECKER.md, "close").
    static let alternativeWords = ["total": "total return", "counterpart": "as the price return of", "intraday": "intraday",
                                   "previous day": "the close of", "end day": "with the window ending"]

    static let articles: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".expected.json") }.map { String($0.dropLast(".expected.json".count)) }.sorted()
    }()

    static func bars(_ symbol: String) throws -> DailyBars? {
        let path = prices.appendingPathComponent("\(symbol).csv").path
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard case .bars(let bars) = try InputFiles.load(path: path)[0].payload else { return nil }
        return bars
    }

    @Test("there are at least six test articles")
    func articlesExist() {
        #expect(Self.articles.count >= 6)
    }

    /// Through the use case, as `rotation check` runs it (dateline as-of, alternatives bounded by
    /// it): every listed claim found with its kind, subject, value, window and verdict, the
    /// convention named for each close verdict, and no claim that is not listed.
    @Test("the checker finds exactly each article's claims and gives every verdict right", arguments: articles)
    func article(_ name: String) async throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent("\(name).txt"), encoding: .utf8)
        let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: Self.folder.appendingPathComponent("\(name).expected.json")))
        let result = try await CheckTestStore.service().check(CheckRequest(text: text))
        #expect(result.asOf?.description == expected.asOf)
        let checked = result.claims
        #expect(checked.count == expected.claims.count,
                "\(name): \(checked.count) claims, \(expected.claims.count) listed: \(checked.map { "\($0.phrase) \($0.kind) \($0.subject)" })")
        for claim in expected.claims {
            let match = checked.first {
                $0.text.contains(claim.contains) && $0.kind.rawValue == claim.kind && $0.subject == claim.subject
                    && abs($0.stated - claim.stated) < 1e-9
            }
            guard let match else {
                Issue.record("\(name): not found: \(claim.contains) (\(claim.kind), \(claim.subject))")
                continue
            }
            #expect(match.verdict.rawValue == claim.verdict, "\(name): \(claim.contains): \(match.explanation)")
            #expect(match.window == claim.window, "\(name): \(claim.contains): window")
            if let alternative = claim.alternative {
                let words = try #require(Self.alternativeWords[alternative], "\(name): unknown alternative \(alternative)")
                #expect(match.explanation.contains(words), "\(name): \(claim.contains): \(match.explanation) names no \(alternative)")
            }
        }
    }
}
