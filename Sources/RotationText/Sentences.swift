/// Splitting plain text into sentences.
public enum Sentences {
    /// Words after which a full stop does not end a sentence ("Dec. 12", "U.S. stocks").
    static let abbreviations: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mr", "mrs", "ms", "dr", "inc", "corp", "co", "st", "vs", "etc", "no", "u.s", "e.g", "i.e",
    ]

    /// The sentences of `text`, trimmed, in order: the units of `ArticleLayout` (sentences,
    /// bullets, table rows and labels) as text.
    public static func split(_ text: String) -> [String] {
        ArticleLayout.units(text).map(\.text)
    }

    /// The sentences of `scalars[from..<to]` as trimmed ranges. A sentence ends at `.`, `!` or `?`
    /// followed by white space and then an upper-case letter, a digit, a quote or the end, unless
    /// the word before the stop is an abbreviation or a single letter ("U.S.").
    static func spans(_ scalars: [Unicode.Scalar], from: Int, to: Int) -> [(Int, Int)] {
        var result: [(Int, Int)] = []
        var current = String.UnicodeScalarView()
        var start = from
        func flush(_ end: Int) {
            var s = start, e = end
            while s < e, scalars[s].properties.isWhitespace { s += 1 }
            while e > s, scalars[e - 1].properties.isWhitespace { e -= 1 }
            if s < e { result.append((s, e)) }
            current = String.UnicodeScalarView()
            start = end
        }
        var i = from
        while i < to {
            let scalar = scalars[i]
            current.append(scalar)
            if [".", "!", "?"].contains(scalar), endsSentence(scalars, at: i, limit: to, current: current) {
                flush(i + 1)
            }
            i += 1
        }
        flush(to)
        return result
    }

    private static func endsSentence(_ scalars: [Unicode.Scalar], at i: Int, limit: Int, current: String.UnicodeScalarView) -> Bool {
        var j = i + 1
        if j < limit, scalars[j] == "\"" || scalars[j] == "”" || scalars[j] == ")" { j += 1 }
        guard j >= limit || scalars[j].properties.isWhitespace else { return false }
        while j < limit, scalars[j].properties.isWhitespace { j += 1 }
        if j < limit {
            let next = scalars[j]
            guard next.properties.isUppercase || Tokenizer.isDigit(next) || next == "\"" || next == "“" else { return false }
        }
        guard scalars[i] == "." else { return true }
        // The word before the stop, read backwards from the sentence's end: only that word is
        // visited (copying the whole sentence here made a long sentence of "Dec." quadratic —
        // found by `scripts/fuzz claims`).
        var start = current.index(before: current.endIndex)
        while start > current.startIndex {
            let previous = current.index(before: start)
            guard Tokenizer.isLetter(current[previous]) || current[previous] == "." else { break }
            start = previous
        }
        let word = String(String.UnicodeScalarView(current[start..<current.index(before: current.endIndex)]))
        let lowered = word.lowercased()
        if abbreviations.contains(lowered) { return false }
        return !(lowered.unicodeScalars.count == 1 || lowered.contains("."))
    }

    static func trimmed(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars[...]
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
