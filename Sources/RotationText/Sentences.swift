/// Splitting plain text into sentences.
public enum Sentences {
    /// Words after which a full stop does not end a sentence ("Dec. 12", "U.S. stocks").
    static let abbreviations: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mr", "mrs", "ms", "dr", "inc", "corp", "co", "st", "vs", "etc", "no", "u.s", "e.g", "i.e",
    ]

    /// The sentences of `text`, trimmed, in order. A sentence ends at `.`, `!` or `?` followed
    /// by white space and then an upper-case letter, a digit, a quote or the end of the text,
    /// unless the word before the stop is an abbreviation or a single letter ("U.S."); a blank
    /// line always ends one. Single line breaks inside a paragraph count as spaces.
    public static func split(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var sentences: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            let sentence = trimmed(String(current))
            if !sentence.isEmpty { sentences.append(sentence) }
            current = String.UnicodeScalarView()
        }
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            if scalar == "\n" {
                var j = i + 1
                while j < scalars.count, scalars[j] == " " || scalars[j] == "\t" || scalars[j] == "\r" { j += 1 }
                if j < scalars.count, scalars[j] == "\n" {
                    flush()
                    i = j + 1
                    continue
                }
                current.append(" ")
                i += 1
                continue
            }
            current.append(scalar)
            if [".", "!", "?"].contains(scalar), endsSentence(scalars, at: i, current: current) {
                flush()
            }
            i += 1
        }
        flush()
        return sentences
    }

    private static func endsSentence(_ scalars: [Unicode.Scalar], at i: Int, current: String.UnicodeScalarView) -> Bool {
        var j = i + 1
        if j < scalars.count, scalars[j] == "\"" || scalars[j] == "”" || scalars[j] == ")" { j += 1 }
        guard j >= scalars.count || scalars[j].properties.isWhitespace else { return false }
        while j < scalars.count, scalars[j].properties.isWhitespace { j += 1 }
        if j < scalars.count {
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
