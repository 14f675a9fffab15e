/// One symbol on a rotation map: its tail, oldest first, ending at the current point.
public struct ScatterTail: Sendable, Equatable {
    public var name: String
    /// (RS-Ratio, RS-Momentum) pairs; non-finite pairs are skipped.
    public var points: [(x: Double, y: Double)]

    public init(name: String, points: [(x: Double, y: Double)]) {
        self.name = name
        self.points = points
    }

    public static func == (lhs: ScatterTail, rhs: ScatterTail) -> Bool {
        lhs.name == rhs.name && lhs.points.map(\.x) == rhs.points.map(\.x) && lhs.points.map(\.y) == rhs.points.map(\.y)
    }
}

/// A scatter with tails around a centre: the rotation map.
///
/// The four quadrants around `center` are shaded and labelled (clockwise from the top right:
/// Leading, Weakening, Lagging, Improving). The axes are symmetric about the centre and cover
/// every point. Each symbol is a polyline through its tail with a dot and its name at the end.
public struct RotationMapChart: Sendable {
    public var labels: ChartLabels
    public var tails: [ScatterTail]
    public var center: (x: Double, y: Double)
    public var xTitle: String
    public var yTitle: String
    public var frame: ChartFrame

    public init(labels: ChartLabels, tails: [ScatterTail], center: (x: Double, y: Double) = (100, 100),
                xTitle: String = "RS-Ratio", yTitle: String = "RS-Momentum",
                frame: ChartFrame = ChartFrame(width: 480, height: 430, marginTop: 44, marginBottom: 40, marginLeft: 56)) {
        self.labels = labels
        self.tails = tails
        self.center = center
        self.xTitle = xTitle
        self.yTitle = yTitle
        self.frame = frame
    }

    /// The chart as one `<svg>` element (with the namespace declaration when `standalone`).
    public func svg(standalone: Bool = true) -> String {
        var canvas = SVGCanvas(frame: frame, labels: labels)
        canvas.heading()
        let finite = tails.map { $0.points.filter { $0.x.isFinite && $0.y.isFinite } }
        let halfX = max(finite.joined().map { abs($0.x - center.x) }.max() ?? 0, 0.5)
        let halfY = max(finite.joined().map { abs($0.y - center.y) }.max() ?? 0, 0.5)
        let niceX = LinearScale.nice(lower: center.x - halfX * 1.1, upper: center.x + halfX * 1.1, maxTicks: 7)
        let niceY = LinearScale.nice(lower: center.y - halfY * 1.1, upper: center.y + halfY * 1.1, maxTicks: 7)
        let spanX = max(center.x - niceX.lower, niceX.upper - center.x)
        let spanY = max(center.y - niceY.lower, niceY.upper - center.y)
        let x = LinearScale(domainLower: center.x - spanX, domainUpper: center.x + spanX, rangeStart: frame.plotLeft, rangeEnd: frame.plotRight)
        let y = LinearScale(domainLower: center.y - spanY, domainUpper: center.y + spanY, rangeStart: frame.plotBottom, rangeEnd: frame.plotTop)
        let cx = x(center.x), cy = y(center.y)
        let quadrants: [(String, Double, Double, String, String)] = [
            ("Leading", cx, frame.plotTop, "#2ca02c", "end"), ("Weakening", cx, cy, "#c05f00", "end"),
            ("Lagging", frame.plotLeft, cy, "#d62728", "start"), ("Improving", frame.plotLeft, frame.plotTop, "#1f77b4", "start"),
        ]
        for (name, left, top, color, anchor) in quadrants {
            let width = left == cx ? frame.plotRight - cx : cx - frame.plotLeft
            let height = top == cy ? frame.plotBottom - cy : cy - frame.plotTop
            canvas.rect(x: left, y: top, width: width, height: height, fill: color, opacity: 0.07)
            let labelX = anchor == "end" ? left + width - 6 : left + 6
            let labelY = top == cy ? frame.plotBottom - 8 : frame.plotTop + 16
            canvas.text(name, x: labelX, y: labelY, anchor: anchor, size: 12, fill: color, weight: "bold")
        }
        for tick in niceX.ticks where tick >= x.domainLower && tick <= x.domainUpper {
            canvas.text(ValueStyle.plain.tickLabel(tick, step: niceX.step), x: x(tick), y: frame.plotBottom + 14, anchor: "middle", size: 10, fill: "#555")
        }
        for tick in niceY.ticks where tick >= y.domainLower && tick <= y.domainUpper {
            canvas.text(ValueStyle.plain.tickLabel(tick, step: niceY.step), x: frame.plotLeft - 6, y: y(tick) + 4, anchor: "end", size: 10, fill: "#555")
        }
        canvas.line(x1: cx, y1: frame.plotTop, x2: cx, y2: frame.plotBottom, stroke: "#888")
        canvas.line(x1: frame.plotLeft, y1: cy, x2: frame.plotRight, y2: cy, stroke: "#888")
        // With a caption (on the last line) the axis title moves up a line.
        let xTitleY = labels.caption == nil ? frame.height - 6 : frame.plotBottom + 30
        canvas.text(xTitle, x: (frame.plotLeft + frame.plotRight) / 2, y: xTitleY, anchor: "middle", size: 11)
        canvas.text(yTitle, x: 12, y: frame.plotTop - 6, size: 11)
        for (index, points) in finite.enumerated() where !points.isEmpty {
            let color = ChartPalette.color(index)
            let pixels = points.map { (x: x($0.x), y: y($0.y)) }
            if pixels.count > 1 { canvas.path(PathSegments.pathData(pixels), stroke: color, width: 1.5) }
            for point in pixels.dropLast() { canvas.circle(x: point.x, y: point.y, radius: 1.8, fill: color) }
            let end = pixels[pixels.count - 1]
            canvas.circle(x: end.x, y: end.y, radius: 4.5, fill: color)
            canvas.text(tails[index].name, x: end.x + 7, y: end.y - 6, size: 11, fill: color, weight: "bold")
        }
        return canvas.document(standalone: standalone)
    }
}
