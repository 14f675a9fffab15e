import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG document read back with `XMLParser` (so it is well-formed XML): every element in
/// document order with its attributes, its text and the attributes of the elements around it.
struct SVGReading {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text: String
        /// The enclosing elements' attributes, outermost first.
        var ancestors: [(name: String, attributes: [String: String])]
    }

    var elements: [Element] = []

    /// `nil` when `svg` is not well-formed XML.
    init?(_ svg: String) {
        let delegate = Delegate()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = delegate
        guard parser.parse() else { return nil }
        elements = delegate.elements
    }

    /// The root element's name and attributes.
    var root: Element? { elements.first }
    /// The texts of every `<title>`, first the document's.
    var titles: [String] { elements.filter { $0.name == "title" }.map(\.text) }
    /// The texts of every `<text>` element.
    var texts: [String] { elements.filter { $0.name == "text" }.map(\.text) }

    /// The pixel points of a series' line (`<g data-series=NAME>`'s paths), in order, and the
    /// value scale of the chart it is drawn in (`data-y`: lower, upper, pixel start, pixel end).
    func line(_ name: String) -> (points: [(x: Double, y: Double)], scale: [Double])? {
        let paths = elements.filter { element in
            element.name == "path" && element.ancestors.contains { $0.name == "g" && $0.attributes["data-series"] == name }
        }
        guard let first = paths.first,
              let svg = first.ancestors.last(where: { $0.name == "svg" && $0.attributes["data-y"] != nil }) else { return nil }
        let scale = svg.attributes["data-y"]!.split(separator: " ").compactMap { Double($0) }
        var points: [(x: Double, y: Double)] = []
        for path in paths {
            for command in (path.attributes["d"] ?? "").split(separator: " ") where command.first == "M" || command.first == "L" {
                let pair = command.dropFirst().split(separator: ",").compactMap { Double($0) }
                if pair.count == 2 { points.append((pair[0], pair[1])) }
            }
        }
        return (points, scale)
    }

    /// The value at pixel height `y` on a `data-y` scale, and half a pixel's worth of value (the
    /// coordinates are written with two decimals, so a read-back value is within that).
    static func value(atPixel y: Double, scale: [Double]) -> (value: Double, tolerance: Double) {
        let (lower, upper, start, end) = (scale[0], scale[1], scale[2], scale[3])
        let perPixel = (upper - lower) / (end - start)
        return (lower + (y - start) * perPixel, abs(perPixel) * 0.01)
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        var open: [Int] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let ancestors: [(name: String, attributes: [String: String])] = open.map {
                (name: elements[$0].name, attributes: elements[$0].attributes)
            }
            elements.append(Element(name: name, attributes: attributes, text: "", ancestors: ancestors))
            open.append(elements.count - 1)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let last = open.last { elements[last].text += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
        }
    }
}
