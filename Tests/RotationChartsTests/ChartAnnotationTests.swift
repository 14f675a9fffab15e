import Foundation
import RotationCharts
import RotationCore
import Testing

/// What `--chart` adds to the charts: a value-axis title, a caption line, shaded date bands and
/// charts stacked into one document.
struct ChartAnnotationTests {
    func day(_ text: String) -> TradingDay { TradingDay(text)! }

    func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test("a value-axis title is written up the left edge and a caption on the last line, escaped")
    func axisTitleAndCaption() {
        let labels = ChartLabels(title: "t", description: "d", valueAxis: "Cumulative return (%)", caption: "Close ÷ close − 1 & so on")
        let svg = LineChart(labels: labels, series: ChartFixtures.twoLines, frame: .captioned()).svg()
        // Frame 640 × 300, plot 44…254: the axis title is centred at y = 149, rotated about (14, 149).
        #expect(svg.contains("<text class=\"value-axis\" x=\"14.00\" y=\"149.00\" transform=\"rotate(-90 14.00 149.00)\" text-anchor=\"middle\" font-size=\"11\" fill=\"#333\">Cumulative return (%)</text>"), "\(svg)")
        #expect(svg.contains("<text class=\"caption\" x=\"8.00\" y=\"292.00\" text-anchor=\"start\" font-size=\"10\" fill=\"#555\">Close ÷ close − 1 &amp; so on</text>"))
    }

    @Test("without an axis title or caption nothing is added")
    func noAnnotations() {
        let svg = LineChart(labels: ChartLabels(title: "t", description: "d"), series: ChartFixtures.twoLines).svg()
        #expect(!svg.contains("value-axis") && !svg.contains("caption"))
    }

    @Test("a band shades its days across the plot, clipped to the dates, and bands sharing a legend share one entry")
    func bands() {
        // twoLines runs 120 weekdays from 2025-01-02 (to 2025-06-18).
        let bands = [
            DateBand(start: day("2025-02-03"), end: day("2025-02-28"), color: "#d62728", legend: "underperformance", label: "1"),
            DateBand(start: day("2025-05-01"), end: day("2025-12-31"), color: "#d62728", legend: "underperformance", label: "2"),
            DateBand(start: day("2024-01-01"), end: day("2024-02-01"), color: "#2ca02c", legend: "outside"),
        ]
        let svg = LineChart(labels: ChartLabels(title: "t", description: "d"), series: ChartFixtures.twoLines, bands: bands).svg()
        #expect(count("data-band=\"underperformance\"", in: svg) == 2)
        #expect(!svg.contains("data-band=\"outside\""))
        #expect(count(">underperformance</text>", in: svg) == 1)
        #expect(count(">outside</text>", in: svg) == 1)
        // The second band ends at the plot's right edge (620).
        #expect(svg.contains("data-start=\"2025-05-01\" data-end=\"2025-12-31\">"))
        let secondBand = svg.components(separatedBy: "data-start=\"2025-05-01\"")[1]
        let rect = secondBand.components(separatedBy: "<rect ")[1].components(separatedBy: "/>")[0]
        let x = Double(rect.components(separatedBy: "x=\"")[1].components(separatedBy: "\"")[0])!
        let width = Double(rect.components(separatedBy: "width=\"")[1].components(separatedBy: "\"")[0])!
        #expect(abs(x + width - 620) < 0.011)
    }

    @Test("a stack places each chart as a nested svg at its offset, in one document with one namespace declaration")
    func stack() {
        let top = LineChart(labels: ChartLabels(title: "top", description: "d", id: "top"), series: ChartFixtures.twoLines)
        let bottom = DrawdownChart(labels: ChartLabels(title: "bottom", description: "d", id: "bottom"), series: ChartFixtures.drawdown,
                                   frame: ChartFrame(height: 200))
        let svg = ChartStack.svg(labels: ChartLabels(title: "both", description: "two charts", id: "both"), parts: [
            ChartStack.Part(svg: top.svg(standalone: false), frame: ChartFrame()),
            ChartStack.Part(svg: bottom.svg(standalone: false), frame: ChartFrame(height: 200)),
        ])
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640.00 500.00\""))
        #expect(count("xmlns=", in: svg) == 1)
        #expect(svg.contains("<svg x=\"0\" y=\"0.00\" width=\"640.00\" height=\"300.00\" viewBox=\"0 0 640.00 300.00\""))
        #expect(svg.contains("<svg x=\"0\" y=\"300.00\" width=\"640.00\" height=\"200.00\" viewBox=\"0 0 640.00 200.00\""))
        #expect(svg.contains("<title id=\"both-title\">both</title>"))
        #expect(count("<svg", in: svg) == 3 && count("</svg>", in: svg) == 3)
    }
}
