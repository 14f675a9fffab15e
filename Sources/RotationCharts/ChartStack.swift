/// Several charts one above the other in one self-contained `.svg` document: equity over
/// drawdown, a line over its rolling statistic.
///
/// Each part is a chart's `svg(standalone: false)` with its frame; it is placed as a nested
/// `<svg>` at its offset with its own width and height, so it keeps its own scales and its
/// `data-x`/`data-y` attributes. The parts' ids must differ (their `ChartLabels.id`).
public enum ChartStack {
    /// One part: the embedded `<svg>` element and the frame it was drawn in.
    public struct Part: Sendable {
        public var svg: String
        public var frame: ChartFrame

        public init(svg: String, frame: ChartFrame) {
            self.svg = svg
            self.frame = frame
        }
    }

    /// The document: `labels` name the whole stack (its `<title>` and `<desc>`), the parts
    /// follow top to bottom; the width is the widest part's.
    public static func svg(labels: ChartLabels, parts: [Part]) -> String {
        let width = parts.map(\.frame.width).max() ?? 0
        let height = parts.map(\.frame.height).reduce(0, +)
        let id = SVGFormat.escape(labels.id)
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(SVGCanvas.n(width)) \(SVGCanvas.n(height))\" role=\"img\" "
            + "aria-labelledby=\"\(id)-title \(id)-desc\" font-family=\"system-ui, sans-serif\">\n"
        out += "<title id=\"\(id)-title\">\(SVGFormat.escape(labels.title))</title>\n"
        out += "<desc id=\"\(id)-desc\">\(SVGFormat.escape(labels.description))</desc>\n"
        var offset = 0.0
        for part in parts {
            precondition(part.svg.hasPrefix("<svg "), "ChartStack parts are svg elements")
            out += "<svg x=\"0\" y=\"\(SVGCanvas.n(offset))\" width=\"\(SVGCanvas.n(part.frame.width))\" "
            out += "height=\"\(SVGCanvas.n(part.frame.height))\" "
            out += String(part.svg.dropFirst("<svg ".count))
            offset += part.frame.height
        }
        return out + "</svg>\n"
    }
}
