import RotationCharts
import RotationCore

extension BriefRendering {
    /// One self-contained HTML5 page: inline CSS, the charts as inline SVG, each section's table
    /// and sentences, and numbered footnotes with the commands. No script, no external asset.
    ///
    /// Footnote n belongs to the n-th sentence in reading order; chart captions name their
    /// command inline (they are not sentences).
    public static func html(_ brief: BriefResult) -> String {
        let asOf = brief.asOf.map(String.init(describing:)) ?? "n/a"
        let basis = brief.basis == .total ? "total return (adj_close)" : "price return (close)"
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<title>Rotation brief — as of \(asOf)</title>\n<style>\n\(style)</style>\n</head>\n<body>\n<main>\n"
        out += "<header>\n<h1>Rotation brief — as of \(e(asOf))</h1>\n<p class=\"meta\">\(e(basis)) · "
            + brief.universe.map { e("\($0.label) (\($0.symbol))") }.joined(separator: " · ") + "</p>\n</header>\n"
        if !brief.notes.isEmpty {
            out += "<div class=\"notes\">\n" + brief.notes.map { "<p>\(e($0))</p>\n" }.joined() + "</div>\n"
        }
        var footnotes: [String] = []
        let figures = brief.charts.map(figures) ?? []
        for (index, section) in brief.sections.enumerated() {
            out += "<section id=\"\(e(section.id))\">\n<h2>\(e(section.title))</h2>\n"
            if let table = section.table, !table.rows.isEmpty { out += htmlTable(table) }
            if !section.sentences.isEmpty {
                out += "<ul>\n"
                for sentence in section.sentences {
                    footnotes.append(sentence.command)
                    let n = footnotes.count
                    out += "<li>\(e(sentence.text))<sup id=\"ref-\(n)\"><a href=\"#fn-\(n)\">\(n)</a></sup></li>\n"
                }
                out += "</ul>\n"
            }
            out += "</section>\n"
            if index == 0, !figures.isEmpty { out += htmlFigures(figures) }
        }
        out += "<section class=\"footnotes\">\n<h2>Commands</h2>\n<p>Each numbered sentence is reproduced by this command.</p>\n<ol>\n"
        for (index, command) in footnotes.enumerated() {
            out += "<li id=\"fn-\(index + 1)\"><code>\(e(command))</code> <a href=\"#ref-\(index + 1)\" aria-label=\"back\">↩</a></li>\n"
        }
        return out + "</ol>\n</section>\n</main>\n</body>\n</html>\n"
    }

    private static func e(_ text: String) -> String { SVGFormat.escape(text) }

    private static func htmlTable(_ table: BriefTable) -> String {
        var out = "<table>\n<thead><tr>" + table.columns.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            out += "<tr>" + row.map { cell in
                let sign = (cell.value ?? 0) < 0 ? " class=\"neg\"" : ((cell.value ?? 0) > 0 && cell.text.hasPrefix("+") ? " class=\"pos\"" : "")
                return "<td\(sign)>\(e(cell.text))</td>"
            }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    private static func htmlFigures(_ figures: [BriefFigure]) -> String {
        var out = "<section id=\"charts\" class=\"charts\">\n"
        for figure in figures {
            out += "<figure>\n\(figure.svg)<figcaption>\(e(figure.caption)). Data: <code>\(e(figure.command))</code></figcaption>\n</figure>\n"
        }
        return out + "</section>\n"
    }

    private static let style = """
        body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #222; background: #fff; margin: 0; }
        main { max-width: 64rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
        h1 { font-size: 1.6rem; margin: 0 0 .2rem; }
        h2 { font-size: 1.15rem; border-bottom: 1px solid #ddd; padding-bottom: .2rem; margin-top: 2rem; }
        .meta { color: #555; margin-top: 0; }
        .notes { background: #fffbe6; border-left: 3px solid #e6c200; padding: .2rem 1rem; }
        table { border-collapse: collapse; font-variant-numeric: tabular-nums; margin: .5rem 0 1rem; }
        th, td { padding: .25rem .7rem; border-bottom: 1px solid #eee; text-align: right; }
        th:first-child, td:first-child { text-align: left; }
        td.pos { color: #1a7f37; } td.neg { color: #c62828; }
        ul { padding-left: 1.2rem; } li { margin: .3rem 0; }
        sup a { text-decoration: none; font-size: .75em; }
        .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(28rem, 1fr)); gap: 1rem; margin-top: 1.5rem; }
        figure { margin: 0; border: 1px solid #eee; border-radius: 6px; padding: .5rem; }
        figure svg { width: 100%; height: auto; display: block; }
        figcaption { font-size: .8rem; color: #555; }
        code { font-size: .85em; background: #f5f5f5; padding: 0 .2em; border-radius: 3px; }
        .footnotes { font-size: .85rem; color: #444; }

        """
}
