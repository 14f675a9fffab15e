import RotationCore

/// Text and Markdown renderings of a brief.
public enum BriefRendering {
    /// Plain text for a terminal: title, notes, each section's table and sentences.
    public static func text(_ brief: BriefResult) -> String {
        var out = "Rotation brief — as of \(brief.asOf.map(String.init(describing:)) ?? "n/a")\n"
        for note in brief.notes { out += "Note: \(note)\n" }
        for section in brief.sections {
            out += "\n\(section.title)\n\(String(repeating: "=", count: section.title.count))\n"
            if let table = section.table, !table.rows.isEmpty {
                out += TextTable.render(columns: table.columns, rows: table.rows.map { $0.map(\.text) })
                out += "\n"
            }
            for sentence in section.sentences { out += "- \(sentence.text)\n" }
        }
        return out
    }

    /// Markdown with each sentence footnoted by the command that reproduces it.
    public static func markdown(_ brief: BriefResult) -> String {
        var out = "# Rotation brief — as of \(brief.asOf.map(String.init(describing:)) ?? "n/a")\n\n"
        for note in brief.notes { out += "> \(note)\n\n" }
        var footnotes: [String] = []
        for section in brief.sections {
            out += "## \(section.title)\n\n"
            if let table = section.table, !table.rows.isEmpty {
                out += "| " + table.columns.joined(separator: " | ") + " |\n"
                out += "|" + table.columns.enumerated().map { $0.offset == 0 ? "---|" : "---:|" }.joined() + "\n"
                for row in table.rows { out += "| " + row.map(\.text).joined(separator: " | ") + " |\n" }
                out += "\n"
            }
            for sentence in section.sentences {
                footnotes.append(sentence.command)
                out += "- \(sentence.text)[^\(footnotes.count)]\n"
            }
            out += "\n"
        }
        for (index, command) in footnotes.enumerated() { out += "[^\(index + 1)]: `\(command)`\n" }
        return out
    }
}

/// A plain monospaced table: first column left-aligned, the others right-aligned.
public enum TextTable {
    public static func render(columns: [String], rows: [[String]]) -> String {
        var widths = columns.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                let pad = String(repeating: " ", count: max(0, widths[index] - cell.count))
                return index == 0 ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }
        var out = line(columns) + "\n" + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in rows { out += line(row) + "\n" }
        return out
    }
}
