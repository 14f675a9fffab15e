/// The size of a chart and the rectangle its data are drawn in (SVG user units).
public struct ChartFrame: Sendable, Equatable {
    public var width: Double
    public var height: Double
    public var marginTop: Double
    public var marginRight: Double
    public var marginBottom: Double
    public var marginLeft: Double

    /// A frame of `width` × `height` with margins for a title/legend row above, tick labels
    /// below and value labels on the left.
    public init(width: Double = 640, height: Double = 300, marginTop: Double = 44, marginRight: Double = 20,
                marginBottom: Double = 30, marginLeft: Double = 60) {
        self.width = width
        self.height = height
        self.marginTop = marginTop
        self.marginRight = marginRight
        self.marginBottom = marginBottom
        self.marginLeft = marginLeft
    }

    /// Left edge of the plot area.
    public var plotLeft: Double { marginLeft }
    /// Right edge of the plot area.
    public var plotRight: Double { width - marginRight }
    /// Top edge of the plot area.
    public var plotTop: Double { marginTop }
    /// Bottom edge of the plot area.
    public var plotBottom: Double { height - marginBottom }
}

/// The accessible name and description of a chart, and the id prefix of its elements.
public struct ChartLabels: Sendable, Equatable {
    /// Shown as the chart's heading and as its SVG `<title>`.
    public var title: String
    /// The SVG `<desc>`: what the chart shows, in a sentence.
    public var description: String
    /// Prefix for element ids, unique within a page that holds several charts (letters,
    /// digits and hyphens).
    public var id: String
    /// The value axis' title with its unit ("Cumulative return (%)"), written up the left
    /// edge; `nil` draws none. The frame's left margin must leave room for it (about 70).
    public var valueAxis: String?
    /// One line under the plot saying how the numbers were made (rebasing, basis, source
    /// command); `nil` draws none. The frame's bottom margin must leave room for it (about 46).
    public var caption: String?

    public init(title: String, description: String, id: String = "chart", valueAxis: String? = nil, caption: String? = nil) {
        self.title = title
        self.description = description
        self.id = id
        self.valueAxis = valueAxis
        self.caption = caption
    }
}

/// The fixed colours of series, in order; the palette repeats after its last colour.
public enum ChartPalette {
    /// Blue, red, green, purple, orange, brown, pink, grey (colour-blind-safer Tableau order),
    /// with orange, brown and pink darkened so that every colour has at least 3:1 contrast (WCAG
    /// AA for graphics) against both a white and the dashboard's dark (#1b1f27) background.
    public static let colors = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#c05f00", "#a0694f", "#c2399a", "#7f7f7f"]

    /// The colour of the series at `index`.
    public static func color(_ index: Int) -> String { colors[index % colors.count] }
}

extension ChartFrame {
    /// The frame of a chart with a value-axis title and a caption line: 640 × `height`, room on
    /// the left for the rotated axis title and below for the dates and the caption.
    public static func captioned(width: Double = 640, height: Double = 300) -> ChartFrame {
        ChartFrame(width: width, height: height, marginTop: 44, marginRight: 20, marginBottom: 46, marginLeft: 72)
    }
}
