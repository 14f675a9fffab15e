import Foundation
import RotationCharts

/// Escaping and number formatting for server-rendered pages.
enum HTML {
    /// Text safe inside elements and quoted attributes: the five XML special characters
    /// escaped, as the chart module does for SVG text.
    static func escape(_ text: String) -> String {
        SVGFormat.escape(text)
    }

    /// A query-string component (RFC 3986 unreserved characters kept).
    static func queryComponent(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.append(Character(Unicode.Scalar(byte)))
            default:
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }

    /// A table in a box that scrolls sideways on a narrow screen: header cells and rows of
    /// already-escaped cell HTML; numeric columns (from `numericFrom` on, or exactly `numeric`)
    /// right-aligned. `sortable` tables get column sorting from the page script (the HTML is
    /// complete without it).
    static func table(_ columns: [String], _ rows: [[String]], numericFrom: Int = 1, numeric: Set<Int>? = nil, id: String? = nil,
                      sortable: Bool = true, className: String? = nil, caption: String? = nil) -> String {
        func isNumeric(_ index: Int) -> Bool { numeric?.contains(index) ?? (index >= numericFrom) }
        let classes = ([sortable ? "sortable" : nil, className].compactMap { $0 }).joined(separator: " ")
        var out = "<div class=\"table\"><table\(id.map { " id=\"\($0)\"" } ?? "")\(classes.isEmpty ? "" : " class=\"\(classes)\"")>"
        if let caption { out += "<caption class=\"note\">\(escape(caption))</caption>" }
        out += "<thead><tr>"
        for (index, column) in columns.enumerated() {
            out += "<th\(isNumeric(index) ? " class=\"num\"" : "")>\(escape(column))</th>"
        }
        out += "</tr></thead><tbody>"
        for row in rows {
            out += "<tr>"
            for (index, cell) in row.enumerated() { out += "<td\(isNumeric(index) ? " class=\"num\"" : "")>\(cell)</td>" }
            out += "</tr>"
        }
        return out + "</tbody></table></div>"
    }

    /// A link to a symbol's page, the symbol as its text.
    static func symbolLink(_ symbol: String) -> String {
        "<a href=\"/symbol?symbol=\(queryComponent(symbol))\">\(escape(symbol))</a>"
    }

    /// A level with two decimals and thousands separators, or "n/a".
    static func level(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "n/a" }
        let negative = value < 0
        let cents = Int((abs(value) * 100).rounded())
        var whole = String(cents / 100)
        var grouped = ""
        while whole.count > 3 {
            grouped = "," + whole.suffix(3) + grouped
            whole = String(whole.dropLast(3))
        }
        return (negative ? "−" : "") + whole + grouped + "." + String(cents % 100).leftPadded(to: 2, with: "0")
    }

    /// A fraction as a percentage with one or two decimals, signed (`+1.23%`) unless `signed` is
    /// false (a volatility, a level: `1.23%`, negatives still `−1.23%`), or "n/a".
    static func percent(_ value: Double?, decimals: Int = 2, signed: Bool = true) -> String {
        guard let value, value.isFinite else { return "n/a" }
        let scale = pow(10, Double(decimals))
        let scaled = (abs(value) * 100 * scale).rounded()
        let whole = Int(scaled / scale)
        let fraction = Int(scaled.truncatingRemainder(dividingBy: scale))
        let sign = scaled == 0 ? "" : (value < 0 ? "−" : (signed ? "+" : ""))
        return sign + String(whole) + (decimals > 0 ? "." + String(fraction).leftPadded(to: decimals, with: "0") : "") + "%"
    }

    /// A signed change of level (`+12.34`).
    static func change(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "n/a" }
        return (value > 0 ? "+" : "") + level(value)
    }

    /// A plain decimal with the given decimals.
    static func decimal(_ value: Double?, decimals: Int = 2) -> String {
        guard let value, value.isFinite else { return "n/a" }
        let scale = pow(10, Double(decimals))
        let scaled = (abs(value) * scale).rounded()
        let whole = Int(scaled / scale)
        let fraction = Int(scaled.truncatingRemainder(dividingBy: scale))
        return (value < 0 && scaled != 0 ? "−" : "") + String(whole) + (decimals > 0 ? "." + String(fraction).leftPadded(to: decimals, with: "0") : "")
    }

    /// A class name for up / down colouring.
    static func tone(_ value: Double?) -> String {
        guard let value, value != 0 else { return "" }
        return value > 0 ? "up" : "down"
    }
}

extension String {
    /// The string with `pad` added in front up to `width` characters.
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
