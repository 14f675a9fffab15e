/// Accumulates SVG elements and wraps them in one self-contained `<svg>` document.
///
/// Every number goes through `SVGFormat.number` (two decimals) and every text through
/// `SVGFormat.escape`; no element refers to anything outside the document.
struct SVGCanvas {
    let frame: ChartFrame
    let labels: ChartLabels
    private(set) var body: [String] = []
    /// Extra attributes of the root `<svg>` (`data-x="…"`), each written as it is.
    var rootAttributes: [String] = []

    init(frame: ChartFrame, labels: ChartLabels) {
        self.frame = frame
        self.labels = labels
    }

    static func n(_ value: Double) -> String { SVGFormat.number(value, decimals: 2) }

    mutating func raw(_ element: String) { body.append(element) }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, dash: String? = nil) {
        let dashAttribute = dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
        body.append("<line x1=\"\(Self.n(x1))\" y1=\"\(Self.n(y1))\" x2=\"\(Self.n(x2))\" y2=\"\(Self.n(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(Self.n(width))\"\(dashAttribute)/>")
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, opacity: Double? = nil) {
        let opacityAttribute = opacity.map { " fill-opacity=\"\(Self.n($0))\"" } ?? ""
        body.append("<rect x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" width=\"\(Self.n(max(width, 0)))\" height=\"\(Self.n(max(height, 0)))\" fill=\"\(fill)\"\(opacityAttribute)/>")
    }

    mutating func circle(x: Double, y: Double, radius: Double, fill: String) {
        body.append("<circle cx=\"\(Self.n(x))\" cy=\"\(Self.n(y))\" r=\"\(Self.n(radius))\" fill=\"\(fill)\"/>")
    }

    /// A dot with a thin ring in the background colour, visible on top of a line of any colour.
    mutating func ringedDot(x: Double, y: Double, radius: Double, fill: String) {
        body.append("<circle cx=\"\(Self.n(x))\" cy=\"\(Self.n(y))\" r=\"\(Self.n(radius))\" fill=\"\(fill)\" stroke=\"#fff\" stroke-width=\"1\"/>")
    }

    mutating func path(_ d: String, stroke: String, width: Double = 1.5, fill: String = "none", fillOpacity: Double? = nil) {
        let opacityAttribute = fillOpacity.map { " fill-opacity=\"\(Self.n($0))\"" } ?? ""
        body.append("<path d=\"\(d)\" fill=\"\(fill)\"\(opacityAttribute) stroke=\"\(stroke)\" stroke-width=\"\(Self.n(width))\" stroke-linejoin=\"round\"/>")
    }

    /// Text at (x, y); `anchor` is start, middle or end.
    mutating func text(_ content: String, x: Double, y: Double, anchor: String = "start", size: Double = 11,
                       fill: String = "#333", weight: String? = nil) {
        let weightAttribute = weight.map { " font-weight=\"\($0)\"" } ?? ""
        body.append("<text x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" text-anchor=\"\(anchor)\" font-size=\"\(Self.n(size))\" fill=\"\(fill)\"\(weightAttribute)>\(SVGFormat.escape(content))</text>")
    }

    /// The chart heading at the top left.
    mutating func heading() {
        text(labels.title, x: frame.plotLeft, y: 16, size: 13, fill: "#111", weight: "bold")
    }

    /// The complete document. `standalone` adds the SVG namespace declaration a separate
    /// `.svg` file needs; HTML5 embeds the element without it.
    func document(standalone: Bool) -> String {
        let id = SVGFormat.escape(labels.id)
        let namespace = standalone ? " xmlns=\"http://www.w3.org/2000/svg\"" : ""
        var out = "<svg\(namespace) viewBox=\"0 0 \(Self.n(frame.width)) \(Self.n(frame.height))\" role=\"img\" "
            + "aria-labelledby=\"\(id)-title \(id)-desc\" font-family=\"system-ui, sans-serif\""
            + rootAttributes.map { " " + $0 }.joined() + ">\n"
        out += "<title id=\"\(id)-title\">\(SVGFormat.escape(labels.title))</title>\n"
        out += "<desc id=\"\(id)-desc\">\(SVGFormat.escape(labels.description))</desc>\n"
        if let axis = labels.valueAxis {
            let x = 14.0, y = (frame.plotTop + frame.plotBottom) / 2
            out += "<text class=\"value-axis\" x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" transform=\"rotate(-90 \(Self.n(x)) \(Self.n(y)))\" "
                + "text-anchor=\"middle\" font-size=\"11\" fill=\"#333\">\(SVGFormat.escape(axis))</text>\n"
        }
        if let caption = labels.caption {
            out += "<text class=\"caption\" x=\"8.00\" y=\"\(Self.n(frame.height - 8))\" text-anchor=\"start\" "
                + "font-size=\"10\" fill=\"#555\">\(SVGFormat.escape(caption))</text>\n"
        }
        for element in body { out += element + "\n" }
        return out + "</svg>\n"
    }
}
