/// One bar: its label and value.
public struct Bar: Sendable, Equatable {
    public var label: String
    public var value: Double?

    public init(label: String, value: Double?) {
        self.label = label
        self.value = value
    }
}

/// Bars from a zero line, horizontal or vertical; negative values extend the other way.
///
/// The value axis always includes zero. A missing (`nil` or non-finite) value draws no bar and
/// the label "n/a". Positive bars take the first colour, negative bars the second.
public struct BarChart: Sendable {
    /// Which way bars grow.
    public enum Orientation: Sendable { case horizontal, vertical }

    public var labels: ChartLabels
    public var bars: [Bar]
    public var orientation: Orientation
    public var style: ValueStyle
    public var frame: ChartFrame
    /// Colours of positive and negative bars.
    public var colors: (positive: String, negative: String)

    public init(labels: ChartLabels, bars: [Bar], orientation: Orientation = .horizontal, style: ValueStyle = .percent,
                frame: ChartFrame = ChartFrame(marginLeft: 120), colors: (positive: String, negative: String) = ("#2ca02c", "#d62728")) {
        self.labels = labels
        self.bars = bars
        self.orientation = orientation
        self.style = style
        self.frame = frame
        self.colors = colors
    }

    /// The chart as one `<svg>` element (with the namespace declaration when `standalone`).
    public func svg(standalone: Bool = true) -> String {
        var canvas = SVGCanvas(frame: frame, labels: labels)
        canvas.heading()
        let values = bars.compactMap { $0.value.flatMap { $0.isFinite ? $0 : nil } }
        let nice = LinearScale.nice(lower: min(values.min() ?? 0, 0), upper: max(values.max() ?? 0, 0), maxTicks: 6)
        let horizontal = orientation == .horizontal
        let scale = horizontal
            ? LinearScale(domainLower: nice.lower, domainUpper: nice.upper, rangeStart: frame.plotLeft, rangeEnd: frame.plotRight)
            : LinearScale(domainLower: nice.lower, domainUpper: nice.upper, rangeStart: frame.plotBottom, rangeEnd: frame.plotTop)
        for tick in nice.ticks {
            let p = scale(tick)
            let label = style.tickLabel(tick, step: nice.step)
            if horizontal {
                canvas.line(x1: p, y1: frame.plotTop, x2: p, y2: frame.plotBottom, stroke: "#e5e5e5")
                canvas.text(label, x: p, y: frame.plotBottom + 14, anchor: "middle", size: 10, fill: "#555")
            } else {
                canvas.line(x1: frame.plotLeft, y1: p, x2: frame.plotRight, y2: p, stroke: "#e5e5e5")
                canvas.text(label, x: frame.plotLeft - 6, y: p + 4, anchor: "end", size: 10, fill: "#555")
            }
        }
        let zero = scale(0)
        let slots = Double(max(bars.count, 1))
        let length = horizontal ? frame.plotBottom - frame.plotTop : frame.plotRight - frame.plotLeft
        let slot = length / slots
        for (index, bar) in bars.enumerated() {
            let start = (horizontal ? frame.plotTop : frame.plotLeft) + Double(index) * slot
            let middle = start + slot / 2
            let value = bar.value.flatMap { $0.isFinite ? $0 : nil }
            let text = value.map(style.valueLabel) ?? "n/a"
            if horizontal {
                canvas.text(bar.label, x: frame.plotLeft - 6, y: middle + 4, anchor: "end", size: 11)
            } else {
                canvas.text(bar.label, x: middle, y: frame.plotBottom + 14, anchor: "middle", size: 11)
            }
            guard let value else {
                canvas.text(text, x: horizontal ? zero + 4 : middle, y: horizontal ? middle + 4 : zero - 4,
                            anchor: horizontal ? "start" : "middle", size: 10, fill: "#777")
                continue
            }
            let end = scale(value)
            let color = value < 0 ? colors.negative : colors.positive
            let thickness = slot * 0.6
            if horizontal {
                canvas.rect(x: min(zero, end), y: middle - thickness / 2, width: abs(end - zero), height: thickness, fill: color)
                canvas.text(text, x: value < 0 ? end - 4 : end + 4, y: middle + 4, anchor: value < 0 ? "end" : "start", size: 10)
            } else {
                canvas.rect(x: middle - thickness / 2, y: min(zero, end), width: thickness, height: abs(end - zero), fill: color)
                canvas.text(text, x: middle, y: value < 0 ? end + 12 : end - 4, anchor: "middle", size: 10)
            }
        }
        if horizontal {
            canvas.line(x1: zero, y1: frame.plotTop, x2: zero, y2: frame.plotBottom, stroke: "#666")
        } else {
            canvas.line(x1: frame.plotLeft, y1: zero, x2: frame.plotRight, y2: zero, stroke: "#666")
        }
        return canvas.document(standalone: standalone)
    }
}
