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

    /// A segment thinned to pixel columns `columnWidth` wide: of each column's points, only the
    /// first, the lowest, the highest and the last are kept, in their order. The drawn line keeps
    /// its shape (every extreme of every column) while a 100-year daily series of 25,000 points
    /// becomes at most four per column. A segment with at most four points per column is
    /// returned as it is.
    public static func thinned(_ segment: [(x: Double, y: Double)], columnWidth: Double = 1) -> [(x: Double, y: Double)] {
        guard segment.count > 4, columnWidth > 0 else { return segment }
        var kept: [(x: Double, y: Double)] = []
        kept.reserveCapacity(segment.count)
        var start = 0
        while start < segment.count {
            let column = (segment[start].x / columnWidth).rounded(.down)
            var end = start + 1
            while end < segment.count, (segment[end].x / columnWidth).rounded(.down) == column { end += 1 }
            if end - start <= 4 {
                kept.append(contentsOf: segment[start..<end])
            } else {
                var low = start, high = start
                for index in start..<end {
                    if segment[index].y < segment[low].y { low = index }
                    if segment[index].y > segment[high].y { high = index }
                }
                for index in Set([start, low, high, end - 1]).sorted() { kept.append(segment[index]) }
            }
            start = end
        }
        return kept
    }
}
