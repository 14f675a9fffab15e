import RotationCore

/// The scales and the drawn axes of a chart with dates across and values up.
struct TimeAxes {
    let x: LinearScale
    let y: LinearScale

    /// Scales covering every point of `series` (and `include`, e.g. a reference line), drawn
    /// into `canvas`: horizontal grid lines with value labels, date ticks along the bottom.
    /// `nil` when no series has a present value.
    static func draw(series: [LineSeries], include: [Double], style: ValueStyle, upperBound: Double? = nil,
                     canvas: inout SVGCanvas) -> TimeAxes? {
        let days = series.flatMap { $0.points.map(\.day) }
        let values = series.flatMap { $0.points.compactMap(\.present) }
        guard let first = days.min(), let last = days.max(), !values.isEmpty else { return nil }
        let all = values + include
        var top = all.max()!
        if let upperBound { top = min(top, upperBound) }
        let nice = LinearScale.nice(lower: all.min()!, upper: top, maxTicks: 6)
        let frame = canvas.frame
        let x = LinearScale(domainLower: Double(first.daysSinceEpoch), domainUpper: Double(last.daysSinceEpoch),
                            rangeStart: frame.plotLeft, rangeEnd: frame.plotRight)
        let y = LinearScale(domainLower: nice.lower, domainUpper: nice.upper, rangeStart: frame.plotBottom, rangeEnd: frame.plotTop)
        // The two scales for a reader's script (a hover read-out): days since 1970-01-01 and
        // values at the plot's edges, in user units. Shortest round-trip decimal text.
        canvas.rootAttributes += [
            "data-x=\"\(first.daysSinceEpoch) \(last.daysSinceEpoch) \(x.rangeStart) \(x.rangeEnd)\"",
            "data-y=\"\(y.domainLower) \(y.domainUpper) \(y.rangeStart) \(y.rangeEnd)\"",
            "data-style=\"\(style == .percent ? "percent" : "plain")\"",
        ]
        for tick in nice.ticks {
            let py = y(tick)
            canvas.line(x1: frame.plotLeft, y1: py, x2: frame.plotRight, y2: py, stroke: "#e5e5e5")
            canvas.text(style.tickLabel(tick, step: nice.step), x: frame.plotLeft - 6, y: py + 4, anchor: "end", size: 10, fill: "#555")
        }
        canvas.line(x1: frame.plotLeft, y1: frame.plotBottom, x2: frame.plotRight, y2: frame.plotBottom, stroke: "#999")
        for tick in DateTicks.ticks(from: first, to: last) {
            let px = x(Double(tick.day.daysSinceEpoch))
            canvas.line(x1: px, y1: frame.plotBottom, x2: px, y2: frame.plotBottom + 4, stroke: "#999")
            canvas.text(tick.label, x: px, y: frame.plotBottom + 16, anchor: "middle", size: 10, fill: "#555")
        }
        return TimeAxes(x: x, y: y)
    }

    /// The pixel points of a series, `nil` where the value is missing.
    func pixels(_ series: LineSeries) -> [(x: Double, y: Double?)] {
        series.points.map { (x(Double($0.day.daysSinceEpoch)), $0.present.map { y($0) }) }
    }

    /// "No data" in the middle of the plot area.
    static func empty(canvas: inout SVGCanvas) {
        let frame = canvas.frame
        canvas.text("No data", x: (frame.plotLeft + frame.plotRight) / 2, y: (frame.plotTop + frame.plotBottom) / 2,
                    anchor: "middle", size: 12, fill: "#777")
    }
}
