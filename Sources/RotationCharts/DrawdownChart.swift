/// A drawdown series (values ≤ 0, fractions) as an area filled from zero down to the line.
///
/// The axis runs from the deepest value (rounded to a nice step) up to zero; positive values
/// are drawn clipped to zero. Missing values split the area into separate closed shapes.
public struct DrawdownChart: Sendable {
    public var labels: ChartLabels
    public var series: LineSeries
    public var style: ValueStyle
    public var frame: ChartFrame
    /// Fill and line colour.
    public var color: String

    public init(labels: ChartLabels, series: LineSeries, style: ValueStyle = .percent, frame: ChartFrame = ChartFrame(),
                color: String = "#d62728") {
        self.labels = labels
        self.series = series
        self.style = style
        self.frame = frame
        self.color = color
    }

    /// The chart as one `<svg>` element (with the namespace declaration when `standalone`).
    public func svg(standalone: Bool = true) -> String {
        var canvas = SVGCanvas(frame: frame, labels: labels)
        canvas.heading()
        // The legend's swatch is the area's colour (it was the palette's first colour, blue,
        // beside a red area).
        Legend.draw(names: [series.name], colors: [color], canvas: &canvas)
        let clipped = LineSeries(name: series.name, points: series.points.map {
            DatedPoint(day: $0.day, value: $0.present.map { min($0, 0) })
        })
        guard let axes = TimeAxes.draw(series: [clipped], include: [0], style: style, upperBound: 0, canvas: &canvas) else {
            TimeAxes.empty(canvas: &canvas)
            return canvas.document(standalone: standalone)
        }
        let zero = axes.y(0)
        for segment in PathSegments.split(axes.pixels(clipped)).map({ PathSegments.thinned($0) }) {
            let first = segment[0], last = segment[segment.count - 1]
            let outline = PathSegments.pathData(segment)
            let area = "M\(SVGCanvas.n(first.x)),\(SVGCanvas.n(zero)) L" + outline.dropFirst()
                + " L\(SVGCanvas.n(last.x)),\(SVGCanvas.n(zero)) Z"
            canvas.path(area, stroke: "none", width: 0, fill: color, fillOpacity: 0.25)
            canvas.raw("<g data-series=\"\(SVGFormat.escape(series.name))\">")
            canvas.path(outline, stroke: color, width: 1.2)
            canvas.raw("</g>")
        }
        canvas.line(x1: frame.plotLeft, y1: zero, x2: frame.plotRight, y2: zero, stroke: "#666")
        return canvas.document(standalone: standalone)
    }
}
