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
    }

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

    @Test("the checker finds at least 90% of each article's claims and gives every verdict right", arguments: articles)
    func article(_ name: String) throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent("\(name).txt"), encoding: .utf8)
        let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: Self.folder.appendingPathComponent("\(name).expected.json")))
        let asOf = try #require(Dateline.asOf(in: text))
        #expect(asOf.description == expected.asOf)
        let claims = ClaimExtractor().claims(in: text, asOf: asOf)
        var loaded: [String: DailyBars] = [:]
        for symbol in Set(claims.flatMap(ClaimChecker.symbols(for:))) { loaded[symbol] = try Self.bars(symbol) }
        let checked = claims.map(ClaimChecker(bars: loaded).check)
        var found = 0
        for claim in expected.claims {
            let match = checked.first {
                $0.text.contains(claim.contains) && $0.kind.rawValue == claim.kind && $0.subject == claim.subject
                    && abs($0.stated - claim.stated) < 1e-9
            }
            guard let match else {
                Issue.record("\(name): not found: \(claim.contains) (\(claim.kind), \(claim.subject))")
                continue
            }
            found += 1
            #expect(match.verdict.rawValue == claim.verdict, "\(name): \(claim.contains): \(match.explanation)")
            #expect(match.window == claim.window, "\(name): \(claim.contains): window")
        }
        #expect(Double(found) >= 0.9 * Double(expected.claims.count), "\(name): found \(found) of \(expected.claims.count)")
    }
}
