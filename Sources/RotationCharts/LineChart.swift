import RotationCore

/// Several dated series as lines on one date axis, with a legend.
///
/// Missing values break a line into separate path segments (a lone present point is drawn as
/// a dot); no value is interpolated. A segment with more points than pixel columns is thinned
/// to the first, lowest, highest and last point of each column (`PathSegments.thinned`), which
/// keeps the drawn shape. A series with `marks` is drawn as ringed dots. An optional dashed reference line marks e.g. 100 (a
/// rebased line) or 0 (returns). Optional `bands` shade spans of days behind the lines (a
/// streak, a stretch), each band's colour with its `legend` in the legend row.
public struct LineChart: Sendable {
    public var labels: ChartLabels
    public var series: [LineSeries]
    public var style: ValueStyle
    /// A dashed horizontal line at this value, always within the axis.
    public var reference: Double?
    public var frame: ChartFrame
    /// Shaded spans of days, drawn under the lines in order.
    public var bands: [DateBand]

    public init(labels: ChartLabels, series: [LineSeries], style: ValueStyle = .plain, reference: Double? = nil,
                frame: ChartFrame = ChartFrame(), bands: [DateBand] = []) {
        self.labels = labels
        self.series = series
        self.style = style
        self.reference = reference
        self.frame = frame
        self.bands = bands
    }

    /// The chart as one `<svg>` element (with the namespace declaration when `standalone`).
    public func svg(standalone: Bool = true) -> String {
        var canvas = SVGCanvas(frame: frame, labels: labels)
        canvas.heading()
        var areas: [(name: String, color: String)] = []
        for band in bands where !areas.contains(where: { $0.name == band.legend }) { areas.append((band.legend, band.color)) }
        Legend.draw(names: series.map(\.name), marks: series.map(\.marks), areas: areas, canvas: &canvas)
        guard let axes = TimeAxes.draw(series: series, include: reference.map { [$0] } ?? [], style: style, canvas: &canvas) else {
            TimeAxes.empty(canvas: &canvas)
            return canvas.document(standalone: standalone)
        }
        for band in bands {
            let left = max(axes.x(Double(band.start.daysSinceEpoch)), frame.plotLeft)
            let right = min(axes.x(Double(band.end.daysSinceEpoch)), frame.plotRight)
            guard right >= left else { continue }
            canvas.raw("<g data-band=\"\(SVGFormat.escape(band.legend))\" data-start=\"\(band.start)\" data-end=\"\(band.end)\">")
            canvas.rect(x: left, y: frame.plotTop, width: max(right - left, 1), height: frame.plotBottom - frame.plotTop,
                        fill: band.color, opacity: 0.15)
            if let label = band.label {
                canvas.text(label, x: left + 2, y: frame.plotTop + 11, size: 9, fill: band.color)
            }
            canvas.raw("</g>")
        }
        if let reference {
            let py = axes.y(reference)
            canvas.line(x1: frame.plotLeft, y1: py, x2: frame.plotRight, y2: py, stroke: "#888", dash: "4 3")
        }
        for (index, line) in series.enumerated() {
            let color = ChartPalette.color(index)
            canvas.raw("<g data-series=\"\(SVGFormat.escape(line.name))\">")
            defer { canvas.raw("</g>") }
            if line.marks {
                var lastColumn = -Double.infinity
                for point in axes.pixels(line) {
                    guard let y = point.y, y.isFinite, point.x.rounded(.down) > lastColumn else { continue }
                    lastColumn = point.x.rounded(.down)
                    canvas.ringedDot(x: point.x, y: y, radius: 2.5, fill: color)
                }
                continue
            }
            for segment in PathSegments.split(axes.pixels(line)).map({ PathSegments.thinned($0) }) {
                if segment.count == 1 {
                    canvas.circle(x: segment[0].x, y: segment[0].y, radius: 1.5, fill: color)
                } else {
                    canvas.path(PathSegments.pathData(segment), stroke: color)
                }
            }
        }
        return canvas.document(standalone: standalone)
    }
}

/// A one-row legend under the heading: a coloured swatch and the series name, then a filled
/// square and the name of each shaded area.
enum Legend {
    static func draw(names: [String], marks: [Bool] = [], colors: [String]? = nil, areas: [(name: String, color: String)] = [],
                     canvas: inout SVGCanvas) {
        var x = canvas.frame.plotLeft
        let y = 34.0
        for (index, name) in names.enumerated() {
            let color = colors.map { $0[index % $0.count] } ?? ChartPalette.color(index)
            if index < marks.count, marks[index] {
                canvas.ringedDot(x: x + 8, y: y - 4, radius: 3, fill: color)
            } else {
                canvas.line(x1: x, y1: y - 4, x2: x + 16, y2: y - 4, stroke: color, width: 3)
            }
            canvas.text(name, x: x + 20, y: y, size: 11)
            x += 20 + Double(name.count) * 6.5 + 18
        }
        for area in areas {
            canvas.rect(x: x, y: y - 10, width: 12, height: 10, fill: area.color, opacity: 0.35)
            canvas.text(area.name, x: x + 16, y: y, size: 11)
            x += 16 + Double(area.name.count) * 6.5 + 18
        }
    }
}
