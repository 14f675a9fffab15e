/// One piece of an article that the extractor reads as a unit: a sentence, a bullet, a row of a
/// quotes table, or a section label.
public struct TextUnit: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case sentence, bullet, tableRow = "table_row", label
    }

    public var text: String
    /// Where `text` starts in the article (Unicode scalars).
    public var offset: Int
    public var kind: Kind
    /// The section label in force ("For the week:"), as written; `nil` when none.
    public var label: String?
    /// For a table row: the header line above the table ("Index  Close  Change  % Change"),
    /// `nil` when the table has none.
    public var header: String?
    /// The paragraph the unit belongs to (0, 1, …): sentences of one paragraph share it; a label,
    /// a bullet or a table row is a paragraph of its own.
    public var paragraph = 0
}

/// The structure of plain text: paragraphs, lines, labels, bullets, tables, sentences.
///
/// Rules (docs/CHECKER.md, "Structure"):
/// - a blank line ends a paragraph, unless the text before it does not end a sentence and the text
///   after it starts with a lower-case letter or a digit (a page that wraps its lines with blank
///   lines in the middle of a sentence);
/// - a single line break joins lines, except before a bullet ("- ", "• ", "* "), after a line ending
///   with ":", and around a table row;
/// - a short line ending with ":" is a section label ("For the week:", "On Friday:"): the
///   following units carry it until the next label;
/// - a table row is a line with at least two numbers and no verb of the move vocabulary (a
///   quotes table: "S&P 500  6,827.41  −69.09  −1.07%").
public enum ArticleLayout {
    public static func units(_ text: String) -> [TextUnit] {
        let scalars = Array(text.unicodeScalars)
        // Lines with their start and end (end excludes the line break).
        var lines: [(start: Int, end: Int)] = []
        var start = 0
        for (i, scalar) in scalars.enumerated() where scalar == "\n" {
            lines.append((start, i))
            start = i + 1
        }
        lines.append((start, scalars.count))

        func trimmed(_ line: (start: Int, end: Int)) -> (start: Int, end: Int) {
            var s = line.start, e = line.end
            while s < e, scalars[s].properties.isWhitespace { s += 1 }
            while e > s, scalars[e - 1].properties.isWhitespace { e -= 1 }
            return (s, e)
        }
        lines = Self.gatherVerticalTable(lines, trimmed: trimmed, scalars: scalars)
        func string(_ s: Int, _ e: Int) -> String {
            var view = String.UnicodeScalarView()
            for scalar in scalars[s..<e] { view.append(scalar == "\n" || scalar == "\r" || scalar == "\t" ? " " : scalar) }
            return String(view)
        }

        var units: [TextUnit] = []
        var label: String?
        // The paragraph being gathered: its start and end in the text.
        var paragraph: (start: Int, end: Int)?
        var blankSince = false
        var header: String?
        var paragraphs = 0
        func flushParagraph() {
            guard let p = paragraph else { return }
            for (s, e) in Sentences.spans(scalars, from: p.start, to: p.end) {
                units.append(TextUnit(text: string(s, e), offset: s, kind: .sentence, label: label, paragraph: paragraphs))
            }
            paragraphs += 1
            paragraph = nil
        }
        var lastLine: (start: Int, end: Int)?
        var pending: (start: Int, end: Int)?
        for line in lines {
            let t = trimmed(line)
            if t.start == t.end {
                blankSince = true
                continue
            }
            // The line before this one, rules not counted (a table's header above its rule).
            if !string(t.start, t.end).unicodeScalars.allSatisfy({ $0 == "-" || $0 == " " || $0 == "|" || $0 == "=" || $0 == ":" }) {
                lastLine = pending
                pending = t
            }
            let content = string(t.start, t.end)
            let first = scalars[t.start]
            // A bullet: "- ", "• ", "* ", "– ".
            let doubleDash = t.start + 2 < t.end && first == "-" && scalars[t.start + 1] == "-" && scalars[t.start + 2] != "-"
            if doubleDash || ["-", "•", "*", "–", "—", "·"].contains(first) && t.start + 1 < t.end && scalars[t.start + 1] == " " {
                // A short line without a full stop right before bullets heads them ("For the 2023
                // trading year"): a label.
                if let p = paragraph, ![".", "!", "?"].contains(scalars[p.end - 1]),
                   let (headStart, headEnd) = Sentences.spans(scalars, from: p.start, to: p.end).last {
                    // The paragraph's last sentence, when short and unfinished.
                    let head = string(headStart, headEnd)
                    if isLabel(head + ":"), !Tokenizer.tokens(head).contains(where: { $0.isMark("%") }) {
                        if headStart > p.start {
                            paragraph = (p.start, headStart)
                            flushParagraph()
                        }
                        label = head
                        units.append(TextUnit(text: head, offset: headStart, kind: .label, label: label))
                        paragraph = nil
                    }
                }
                flushParagraph()
                var s = t.start + 1
                while s < t.end, scalars[s] == " " || scalars[s] == "-" { s += 1 }
                for (a, b) in Sentences.spans(scalars, from: s, to: t.end) {
                    units.append(TextUnit(text: string(a, b), offset: a, kind: .bullet, label: label))
                }
                blankSince = false
                continue
            }
            if isLabel(content) {
                flushParagraph()
                label = String(content.dropLast())
                units.append(TextUnit(text: content, offset: t.start, kind: .label, label: label))
                blankSince = false
                continue
            }
            if isTableRow(content) {
                // The header: the line just above the first row (no percent, no decimals), kept for
                // the rows below.
                if units.last?.kind != .tableRow || paragraph != nil {
                    header = nil
                    if let previous = lastLine {
                        let candidate = string(previous.start, previous.end)
                        let tokens = Tokenizer.tokens(candidate)
                        let plain = !tokens.contains { $0.isMark("%") } && !tokens.contains { if case .number(_, let d, _) = $0 { return d > 0 }; return false }
                        if plain, !isTableRow(candidate) { header = candidate }
                    }
                }
                flushParagraph()
                units.append(TextUnit(text: content, offset: t.start, kind: .tableRow, label: label, header: header))
                blankSince = false
                continue
            }
            if content.unicodeScalars.allSatisfy({ $0 == "-" || $0 == " " || $0 == "|" || $0 == "=" || $0 == ":" }) {
                // A rule under a table's header or a heading: it ends the heading's paragraph.
                if let p = paragraph, !scalars[p.start..<p.end].contains("\n") { flushParagraph() }
                continue
            }
            if let p = paragraph {
                var joins = !blankSince || continues(after: p.end, next: t.start)
                // A headline on its own line (no full stop, a dozen words at most) before a line
                // that starts with a capital is a unit of its own.
                if joins, !blankSince, isHeadline(p, next: t.start) { joins = false }
                if joins && !(p.end > 0 && scalars[p.end - 1] == ":") {
                    paragraph = (p.start, t.end)
                } else {
                    flushParagraph()
                    paragraph = t
                }
            } else {
                paragraph = t
            }
            blankSince = false
        }
        flushParagraph()
        // Number the paragraphs in reading order: a label, bullet or table row stands alone.
        var number = -1
        var previous: Int?
        for k in units.indices {
            if units[k].kind != .sentence || units[k].paragraph != previous { number += 1 }
            previous = units[k].kind == .sentence ? units[k].paragraph : nil
            units[k].paragraph = number
        }
        return units

        func isHeadline(_ p: (start: Int, end: Int), next: Int) -> Bool {
            guard !scalars[p.start..<p.end].contains("\n") else { return false }
            let last = scalars[p.end - 1]
            if [".", "!", "?", ",", ";", ":"].contains(last) { return false }
            guard scalars[next].properties.isUppercase else { return false }
            return Tokenizer.tokens(string(p.start, p.end)).compactMap(\.word).count <= 14
        }

        // A sentence broken by a blank line: the text before does not end a sentence and the
        // text after starts with a lower-case letter, a digit or a continuing mark.
        func continues(after end: Int, next: Int) -> Bool {
            let last = scalars[end - 1]
            if [".", "!", "?", ":", "\"", "”"].contains(last) { return false }
            let head = scalars[next]
            return head.properties.isLowercase || Tokenizer.isDigit(head) || [",", "(", "%", "$"].contains(head)
        }
    }

    /// A short line ending with ":" (at most eight words, no digits but a date's).
    static func isLabel(_ line: String) -> Bool {
        guard line.hasSuffix(":") else { return false }
        let tokens = Tokenizer.tokens(String(line.dropLast()))
        let words = tokens.compactMap(\.word)
        return !words.isEmpty && words.count <= 8 && tokens.count <= 12
    }

    /// A pipe table flattened to one cell per line, as some pages' copies give it ("|", "DJIA",
    /// "|", "48,063.29", "|", …, "|", "|", "NASDAQ", …, with a "|---|---|" rule under the header):
    /// each row's cells become one line (its range in the text, from the first cell to the last;
    /// `string` reads the line breaks as spaces), so that the table is read by its header.
    static func gatherVerticalTable(_ lines: [(start: Int, end: Int)], trimmed: ((start: Int, end: Int)) -> (start: Int, end: Int),
                                    scalars: [Unicode.Scalar]) -> [(start: Int, end: Int)] {
        func text(_ k: Int) -> Substring {
            let t = trimmed(lines[k])
            return Substring(String(String.UnicodeScalarView(scalars[t.start..<t.end])))
        }
        func isPipe(_ k: Int) -> Bool { k < lines.count && text(k) == "|" }
        func isRule(_ k: Int) -> Bool {
            let t = text(k)
            return t.count >= 3 && t.contains("-") && t.allSatisfy { $0 == "-" || $0 == "|" || $0 == ":" || $0 == " " }
        }
        var out: [(start: Int, end: Int)] = []
        var k = 0
        while k < lines.count {
            guard isPipe(k), k + 2 < lines.count, !isPipe(k + 1), !text(k + 1).isEmpty, isPipe(k + 2) else {
                out.append(lines[k])
                k += 1
                continue
            }
            var row: (start: Int, end: Int)?
            func flush() {
                if let r = row { out.append(r) }
                row = nil
            }
            var j = k
            while j < lines.count {
                if isPipe(j) {
                    if isPipe(j + 1) { flush() }
                    j += 1
                    continue
                }
                if isRule(j) {
                    flush()
                    out.append(lines[j])
                    j += 1
                    continue
                }
                // A cell is a line between two "|" lines.
                guard isPipe(j + 1), !text(j).isEmpty else { break }
                let t = trimmed(lines[j])
                row = (row?.start ?? t.start, t.end)
                j += 1
            }
            flush()
            k = max(j, k + 1)
        }
        return out
    }

    /// A row of a quotes table: a name of at most six words, then only numbers and marks
    /// ("S&P 500  6,827.41  −69.09  −1.07%", "| Russell 2000 | 2,551.46 | -1.5% |"), at least two
    /// numbers after the name.
    static func isTableRow(_ line: String) -> Bool {
        let tokens = Tokenizer.tokens(line).filter { !$0.isMark("|") }
        guard let first = tokens.first, first.word != nil else { return false }
        guard let lastWord = tokens.lastIndex(where: { $0.word != nil }) else { return false }
        let name = tokens[...lastWord]
        guard name.compactMap(\.word).count <= 6 else { return false }
        let rest = tokens[(lastWord + 1)...]
        // A number inside the name ("Russell 2000", "S&P 500") is part of it; the rest holds the figures.
        let nameWords = name.compactMap(\.word)
        let verbs = MoveWords.up.union(MoveWords.down).union(["closed", "ended", "finished", "settled", "was", "is", "were", "are"])
        guard !nameWords.contains(where: verbs.contains), CalendarWords.months[nameWords.last ?? ""] == nil else { return false }
        // Figures of a quotes table: a decimal, a sign or a percent among them (a date has none).
        let priced = rest.contains { token in
            if case .number(_, let decimals, let signed) = token { return decimals > 0 || signed }
            return token.isMark("%")
        }
        return priced && rest.filter { $0.number != nil }.count >= 2
    }
}
