import Foundation

/// Small inline SVG charts for the pages: dated lines (with marked points) and a scatter with
/// tails. Pure string building; coordinates are rounded to one decimal to keep pages small.
enum InlineSVG {
    /// One line of a chart: a name and its (day number, value) points in date order.
    struct Line {
        var name: String
        var points: [(x: Double, y: Double)]
    }

    static let palette = ["#1f6feb", "#d1242f", "#1a7f37", "#9a6700", "#8250df", "#bf3989", "#0a7ea4", "#57606a"]

    /// A line chart with an optional set of marked points (drawn as dots), a legend and the
    /// first and last x labels. Lines with fewer than two points are not drawn.
    static func lines(_ lines: [Line], markers: [(x: Double, y: Double)] = [], title: String,
                      xLabels: (String, String)? = nil, width: Double = 900, height: Double = 320) -> String {
        let all = lines.flatMap(\.points) + markers
        guard let minX = all.map(\.x).min(), let maxX = all.map(\.x).max(),
              let minY = all.map(\.y).min(), let maxY = all.map(\.y).max() else {
            return frame(title: title, width: width, height: height, content: text(width / 2, height / 2, "no data", anchor: "middle"))
        }
        let left = 60.0, right = 16.0, top = 28.0, bottom = 28.0
        let spanX = maxX > minX ? maxX - minX : 1, spanY = maxY > minY ? maxY - minY : 1
        func px(_ x: Double) -> Double { left + (x - minX) / spanX * (width - left - right) }
        func py(_ y: Double) -> Double { top + (maxY - y) / spanY * (height - top - bottom) }
        var content = ""
        for step in 0...4 {
            let value = minY + spanY * Double(step) / 4
            content += "<line x1=\"\(r(left))\" y1=\"\(r(py(value)))\" x2=\"\(r(width - right))\" y2=\"\(r(py(value)))\" stroke=\"#eef1f5\"/>"
            content += text(left - 6, py(value) + 4, HTML.decimal(value, decimals: spanY < 5 ? 2 : 0), anchor: "end")
        }
        for (index, line) in lines.enumerated() where line.points.count >= 2 {
            let colour = palette[index % palette.count]
            let path = line.points.map { "\(r(px($0.x))),\(r(py($0.y)))" }.joined(separator: " ")
            content += "<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"1.4\" points=\"\(path)\"><title>\(HTML.escape(line.name))</title></polyline>"
            content += "<rect x=\"\(r(left + 8 + Double(index) * 130))\" y=\"8\" width=\"10\" height=\"10\" fill=\"\(colour)\"/>"
            content += text(left + 22 + Double(index) * 130, 17, line.name)
        }
        for marker in markers {
            content += "<circle cx=\"\(r(px(marker.x)))\" cy=\"\(r(py(marker.y)))\" r=\"2.2\" fill=\"#d1242f\" class=\"record\"/>"
        }
        if let xLabels {
            content += text(left, height - 8, xLabels.0) + text(width - right, height - 8, xLabels.1, anchor: "end")
        }
        return frame(title: title, width: width, height: height, content: content)
    }

    /// A scatter of labelled points with tails, quadrant lines through (`centre`, `centre`).
    static func scatter(_ series: [(label: String, tail: [(x: Double, y: Double)])], centre: Double = 100,
                        xName: String, yName: String, title: String, size: Double = 560) -> String {
        let all = series.flatMap(\.tail) + [(x: centre, y: centre)]
        let reach = max(all.map { abs($0.x - centre) }.max() ?? 1, all.map { abs($0.y - centre) }.max() ?? 1, 0.5) * 1.15
        let margin = 36.0
        func px(_ x: Double) -> Double { margin + (x - centre + reach) / (2 * reach) * (size - 2 * margin) }
        func py(_ y: Double) -> Double { margin + (centre + reach - y) / (2 * reach) * (size - 2 * margin) }
        var content = "<line x1=\"\(r(px(centre)))\" y1=\"\(r(margin))\" x2=\"\(r(px(centre)))\" y2=\"\(r(size - margin))\" stroke=\"#98a2b3\"/>"
        content += "<line x1=\"\(r(margin))\" y1=\"\(r(py(centre)))\" x2=\"\(r(size - margin))\" y2=\"\(r(py(centre)))\" stroke=\"#98a2b3\"/>"
        content += text(size - margin, margin - 8, "Leading", anchor: "end") + text(margin, margin - 8, "Improving")
        content += text(margin, size - 10, "Lagging") + text(size - margin, size - 10, "Weakening", anchor: "end")
        content += text(size / 2, size - 10, xName, anchor: "middle")
        content += "<text x=\"12\" y=\"\(r(size / 2))\" font-size=\"11\" fill=\"#475467\" transform=\"rotate(-90 12 \(r(size / 2)))\" text-anchor=\"middle\">\(HTML.escape(yName))</text>"
        for (index, item) in series.enumerated() {
            let colour = palette[index % palette.count]
            if item.tail.count >= 2 {
                let path = item.tail.map { "\(r(px($0.x))),\(r(py($0.y)))" }.joined(separator: " ")
                content += "<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"1.2\" opacity=\"0.7\" points=\"\(path)\"/>"
            }
            if let head = item.tail.last {
                content += "<circle cx=\"\(r(px(head.x)))\" cy=\"\(r(py(head.y)))\" r=\"4\" fill=\"\(colour)\"><title>\(HTML.escape(item.label))</title></circle>"
                content += text(px(head.x) + 6, py(head.y) - 6, item.label)
            }
        }
        return frame(title: title, width: size, height: size, content: content)
    }

    private static func frame(title: String, width: Double, height: Double, content: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(r(width)) \(r(height))\" width=\"\(r(width))\" height=\"\(r(height))\" role=\"img\" aria-label=\"\(HTML.escape(title))\"><title>\(HTML.escape(title))</title>\(content)</svg>"
    }

    private static func text(_ x: Double, _ y: Double, _ string: String, anchor: String = "start") -> String {
        "<text x=\"\(r(x))\" y=\"\(r(y))\" font-size=\"11\" fill=\"#475467\" text-anchor=\"\(anchor)\">\(HTML.escape(string))</text>"
    }

    private static func r(_ value: Double) -> String {
        String(format: "%.1f", value)
    }
}
