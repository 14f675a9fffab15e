import Foundation
import RotationCharts
import RotationCore
import Testing

/// The shape of the SVG the charts write: coordinates, gaps, escaping, self-containment.
struct ChartStructureTests {
    func day(_ text: String) -> TradingDay { TradingDay(text)! }

    func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test("a point halfway in time and value sits at the middle of the default plot area")
    func pointCoordinates() {
        // Default frame 640 × 300, margins top 44, right 20, bottom 30, left 60: plot x 60…620,
        // y 270…44. Values 0…10 give ticks every 2, domain 0…10. 2025-01-06 is 5 of 10 days in:
        // x = 60 + 0.5 · 560 = 340; value 5: y = 270 − 0.5 · 226 = 157.
        let series = LineSeries(name: "A", points: [
            DatedPoint(day: day("2025-01-01"), value: 0), DatedPoint(day: day("2025-01-06"), value: 5),
            DatedPoint(day: day("2025-01-11"), value: 10),
        ])
        let svg = LineChart(labels: ChartLabels(title: "t", description: "d"), series: [series]).svg()
        #expect(svg.contains("d=\"M60.00,270.00 L340.00,157.00 L620.00,44.00\""), "\(svg)")
    }

    @Test("missing values split a line into separate path segments and a lone point into a dot")
    func gaps() {
        let days = (0..<7).map { day("2025-03-03").adding(days: $0) }
        let values: [Double?] = [1, 2, nil, 4, 5, .nan, 7]
        let series = LineSeries(name: "A", points: zip(days, values).map { DatedPoint(day: $0, value: $1) })
        let svg = LineChart(labels: ChartLabels(title: "t", description: "d"), series: [series]).svg()
        #expect(count("<path ", in: svg) == 2)
        #expect(count("<circle ", in: svg) == 1)
    }

    @Test("a drawdown gap gives two closed areas")
    func drawdownGaps() {
        let days = (0..<5).map { day("2025-03-03").adding(days: $0) }
        let values: [Double?] = [0, -0.1, nil, -0.2, -0.05]
        let svg = DrawdownChart(labels: ChartLabels(title: "t", description: "d"),
                                series: LineSeries(name: "A", points: zip(days, values).map { DatedPoint(day: $0, value: $1) })).svg()
        #expect(count(" Z\"", in: svg) == 2)
    }

    @Test("titles, names and descriptions are XML-escaped")
    func escapingInCharts() {
        let labels = ChartLabels(title: "S&P 500 <vs> \"RUT\"", description: "a & b", id: "x")
        let svg = LineChart(labels: labels, series: [LineSeries(name: "R&D", points: [DatedPoint(day: day("2025-01-01"), value: 1)])]).svg()
        #expect(svg.contains("<title id=\"x-title\">S&amp;P 500 &lt;vs&gt; &quot;RUT&quot;</title>"))
        #expect(svg.contains("<desc id=\"x-desc\">a &amp; b</desc>"))
        #expect(svg.contains(">R&amp;D</text>"))
        #expect(!svg.contains("S&P"))
    }

    @Test("every chart is one self-contained svg with a viewBox, title and desc, and no references or scripts")
    func selfContained() {
        let labels = ChartLabels(title: "t", description: "d")
        let charts = [
            LineChart(labels: labels, series: ChartFixtures.twoLines).svg(standalone: false),
            DrawdownChart(labels: labels, series: ChartFixtures.drawdown).svg(standalone: false),
            RotationMapChart(labels: labels, tails: ChartFixtures.tails).svg(standalone: false),
            BarChart(labels: labels, bars: ChartFixtures.bars).svg(standalone: false),
        ]
        for svg in charts {
            #expect(svg.hasPrefix("<svg viewBox=\"0 0 "))
            #expect(count("<svg", in: svg) == 1 && count("</svg>", in: svg) == 1)
            #expect(svg.contains("<title id=") && svg.contains("<desc id="))
            for forbidden in ["http", "href", "<script", "<image", "url(", "NaN", "inf"] { #expect(!svg.contains(forbidden)) }
        }
    }

    @Test("a negative bar extends left of the zero line")
    func negativeBar() {
        // Values −1 and 1: ticks every 0.5 from −1 to 1 → zero at the middle of the plot.
        // Frame 640 wide, left margin 120, right 20: zero at x = 120 + 250 = 370; −1 at 120.
        let svg = BarChart(labels: ChartLabels(title: "t", description: "d"),
                           bars: [Bar(label: "down", value: -1), Bar(label: "up", value: 1)], style: .plain).svg()
        #expect(svg.contains("<rect x=\"120.00\""))
        #expect(svg.contains("<rect x=\"370.00\""))
    }

    @Test("the rotation map shades four quadrants and labels them")
    func quadrants() {
        let svg = RotationMapChart(labels: ChartLabels(title: "t", description: "d"), tails: ChartFixtures.tails).svg()
        #expect(count("<rect ", in: svg) == 4)
        for name in ["Leading", "Weakening", "Lagging", "Improving", ">RUT<", ">IXIC<"] { #expect(svg.contains(name)) }
    }
}
