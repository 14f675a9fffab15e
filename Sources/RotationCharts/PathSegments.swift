/// Splits a run of points at missing values, so that a gap in the data is a gap in the line.
public enum PathSegments {
    /// Runs of consecutive present points; a `nil` or non-finite coordinate ends a run and is
    /// dropped (never interpolated).
    public static func split(_ points: [(x: Double, y: Double?)]) -> [[(x: Double, y: Double)]] {
        var segments: [[(x: Double, y: Double)]] = []
        var current: [(x: Double, y: Double)] = []
        for point in points {
            if let y = point.y, y.isFinite, point.x.isFinite {
                current.append((point.x, y))
            } else if !current.isEmpty {
                segments.append(current)
                current = []
            }
        }
        if !current.isEmpty { segments.append(current) }
        return segments
    }

    /// SVG path data for one segment: `M x,y L x,y …` with two decimals.
    public static func pathData(_ segment: [(x: Double, y: Double)]) -> String {
        segment.enumerated().map { index, point in
            (index == 0 ? "M" : "L") + SVGCanvas.n(point.x) + "," + SVGCanvas.n(point.y)
        }.joined(separator: " ")
    }
}
