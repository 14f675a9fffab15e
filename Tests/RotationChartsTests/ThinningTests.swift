import Foundation
import RotationCharts
import RotationCore
import Testing

/// Long lines thinned to pixel columns (`PathSegments.thinned`) and series drawn as marks.
struct ThinningTests {
    @Test("thinning keeps each column's first, lowest, highest and last point, in order")
    func keepsExtremes() {
        // Ten points in column 0 (x 0.0…0.9), then three in column 1: the first column keeps
        // x 0 (first), 0.3 (lowest), 0.7 (highest), 0.9 (last); the second keeps all three.
        let ys: [Double] = [5, 4, 6, -3, 2, 1, 0, 9, 3, 4]
        var segment = ys.enumerated().map { (x: Double($0.offset) / 10, y: $0.element) }
        segment += [(x: 1.2, y: 1), (x: 1.5, y: 2), (x: 1.8, y: 3)]
        let thinned = PathSegments.thinned(segment)
        #expect(thinned.map(\.x) == [0, 0.3, 0.7, 0.9, 1.2, 1.5, 1.8])
        #expect(thinned.map(\.y) == [5, -3, 9, 4, 1, 2, 3])
    }

    @Test("a segment with at most four points per column is unchanged")
    func shortUnchanged() {
        let segment = (0..<500).map { (x: Double($0), y: Double($0 % 7)) }
        #expect(PathSegments.thinned(segment).map(\.x) == segment.map(\.x))
    }

    @Test("a 25,000-point daily line is drawn with at most four points per pixel column and the same range")
    func longSeries() {
        let start = TradingDay("1927-12-30")!
        let points = (0..<25_000).map { index in
            DatedPoint(day: start.adding(days: index * 3 / 2), value: 100 + Double(index % 977) - Double(index % 313) * 0.5)
        }
        let svg = LineChart(labels: ChartLabels(title: "t", description: "d"), series: [LineSeries(name: "A", points: points)]).svg()
        let coordinates = svg.components(separatedBy: " L").count
        #expect(coordinates <= 4 * 561, "\(coordinates) points drawn")
        #expect(svg.utf8.count < 60_000, "\(svg.utf8.count) bytes")
    }

    @Test("a series with marks is drawn as ringed dots, one per pixel column, and its legend is a dot")
    func marks() {
        let days = (0..<5).map { TradingDay("2025-03-03")!.adding(days: $0) }
        let line = LineSeries(name: "close", points: days.map { DatedPoint(day: $0, value: 10) })
        let records = LineSeries(name: "record", points: days.enumerated().map { DatedPoint(day: $1, value: $0 % 2 == 0 ? 10 : nil) }, marks: true)
        let svg = LineChart(labels: ChartLabels(title: "t", description: "d"), series: [line, records]).svg()
        // Three marks plus the legend's dot, all ringed.
        #expect(svg.components(separatedBy: "stroke=\"#fff\" stroke-width=\"1\"/>").count - 1 == 4)
        #expect(svg.components(separatedBy: "<path").count - 1 == 1)
    }
}
