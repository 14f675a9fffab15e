import Foundation
import RotationApp
import RotationCore
import Testing

/// The HTML brief: one self-contained page with four inline charts and one footnote per sentence.
@Suite(.serialized)
struct BriefHTMLTests {
    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test("the HTML brief has four inline SVG charts, no external reference, and one footnote per sentence")
    func selfContainedPage() async throws {
        let service = try await BriefTestStore.service()
        let brief = try await service.brief(BriefRequest(asOf: TradingDay("2025-12-12")!))
        let html = BriefRendering.html(brief)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(Self.count("<svg", in: html) == 4)
        #expect(Self.count("</svg>", in: html) == 4)
        for forbidden in ["http://", "https://", "<script", "<link", "src=", "@import", "url("] {
            #expect(!html.contains(forbidden), "found \(forbidden)")
        }
        let sentences = brief.sections.reduce(0) { $0 + $1.sentences.count }
        #expect(sentences > 10)
        #expect(Self.count("<li id=\"fn-", in: html) == sentences)
        #expect(Self.count("<sup id=\"ref-", in: html) == sentences)
        for id in ["numbers", "records", "leadership", "risk"] { #expect(html.contains("<section id=\"\(id)\">")) }
        #expect(html.contains("<code>rotation relative RUT GSPC --as-of 2025-12-12</code>"))
        #expect(html.contains("S&amp;P 500") && !html.contains("S&P 500"))
    }

    @Test("the Markdown brief footnotes the new sections too, one footnote per sentence")
    func markdownFootnotes() async throws {
        let service = try await BriefTestStore.service()
        let brief = try await service.brief(BriefRequest(asOf: TradingDay("2025-12-12")!))
        let markdown = BriefRendering.markdown(brief)
        let sentences = brief.sections.reduce(0) { $0 + $1.sentences.count }
        #expect(markdown.contains("## Leadership") && markdown.contains("## Risk (trailing year, daily returns)"))
        #expect(Self.count("\n[^", in: markdown) == sentences)
        #expect(markdown.contains("[^\(sentences)]: `"))
    }

    @Test("the brief's JSON carries the chart data under charts")
    func chartsInJSON() async throws {
        let service = try await BriefTestStore.service()
        let brief = try await service.brief(BriefRequest(asOf: TradingDay("2025-12-12")!))
        let object = try JSONSerialization.jsonObject(with: try JSONOutput.encode(brief)) as? [String: Any]
        let charts = try #require(object?["charts"] as? [String: Any])
        #expect(Set(charts.keys) == ["relative_strength", "cumulative_returns", "rotation_map", "relative_drawdown"])
        let relative = try #require(charts["relative_strength"] as? [String: Any])
        let points = try #require(relative["points"] as? [[String: Any]])
        #expect(points.last?["date"] as? String == "2025-12-12")
    }
}
