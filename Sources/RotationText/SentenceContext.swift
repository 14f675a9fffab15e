/// A subject named in a sentence: where, which symbol, and as written.
struct SubjectMention: Equatable {
    var start: Int
    var length: Int
    var symbol: String
    var phrase: String
    /// Written as a possessive ("the S&P 500's").
    var possessive: Bool
    /// Stands for the previous sentence's subject ("it", "the index").
    var carried: Bool
}

/// One sentence prepared for extraction: tokens, subjects, windows and covered tokens.
struct SentenceContext {
    let text: String
    let tokens: [TextToken]
    var subjects: [SubjectMention] = []
    var windows: [WindowMention] = []
    /// Tokens that belong to a subject name or a window phrase (their numbers are not claims).
    var covered: Set<Int> = []

    static let pronouns: [[String]] = [["it"], ["its"], ["the", "index"], ["the", "benchmark"], ["the", "fund"],
                                       ["the", "etf"], ["the", "gauge"]]

    init(text: String, aliases: SubjectAliases, windows finder: ([TextToken]) -> [WindowMention], carried: SubjectMention?) {
        self.text = text
        tokens = Tokenizer.tokens(text)
        var i = 0
        while i < tokens.count {
            if let (symbol, length) = aliases.match(tokens, at: i) {
                let possessive = i + length + 1 < tokens.count && tokens[i + length].isMark("'") && tokens[i + length + 1].word == "s"
                subjects.append(SubjectMention(start: i, length: length, symbol: symbol,
                                               phrase: WindowPhrases.phrase(tokens, i, length), possessive: possessive, carried: false))
                covered.formUnion(i..<(i + length))
                i += length
                continue
            }
            // A pronoun stands for the nearest subject named before it in this sentence, else for
            // the previous sentence's main subject.
            let referent = subjects.last { !$0.carried && !$0.possessive } ?? carried
            if let referent, let pronoun = Self.pronouns.first(where: { WindowPhrases.words(tokens, i, $0.count) == $0 }) {
                subjects.append(SubjectMention(start: i, length: pronoun.count, symbol: referent.symbol, phrase: referent.phrase,
                                               possessive: pronoun == ["its"], carried: true))
                i += pronoun.count
                continue
            }
            i += 1
        }
        windows = finder(tokens)
        for mention in windows { covered.formUnion(mention.start..<(mention.start + mention.length)) }
    }

    /// The main subject to carry into the next sentence: the first one named (not carried).
    var mainSubject: SubjectMention? { subjects.first { !$0.carried } ?? subjects.first }

    /// The lowercased word at `index`, or `nil`.
    func word(_ index: Int) -> String? {
        index >= 0 && index < tokens.count ? tokens[index].word : nil
    }

    /// True when any of `words` occurs in the sentence.
    func contains(anyOf words: Set<String>) -> Bool {
        tokens.contains { $0.word.map(words.contains) ?? false }
    }

    /// The subject for a number at `index`: the nearest non-possessive subject before it, else
    /// the first after it; `excluding` skips a benchmark already used.
    func subject(before index: Int, excluding excluded: SubjectMention? = nil) -> SubjectMention? {
        let usable = subjects.filter { $0 != excluded && !($0.possessive && !$0.carried) }
        return usable.last { $0.start < index } ?? usable.first { $0.start > index }
    }

    /// The window for a number at `index`, between the claim numbers `previous` and `next`:
    /// a phrase after the number (before the next one) first, then one before it (after the
    /// previous one), then the nearest anywhere in the sentence.
    /// With `inherit` (a relative claim, compared with the number before it) a phrase between the
    /// previous number and this one counts for this one too.
    func window(for index: Int, previous: Int?, next: Int?, needsDay: Bool = false, inherit: Bool = false) -> WindowMention? {
        let candidates = windows.filter { $0.isAfterAsOf || (needsDay ? $0.day != nil : $0.window != nil) }
        if let after = candidates.first(where: { $0.start > index && $0.start < (next ?? Int.max) }) { return after }
        // A phrase before the number that follows the previous number belongs to that number.
        if let before = candidates.last(where: { $0.start < index && $0.start > (previous ?? -1) }), previous == nil || inherit {
            return before
        }
        if previous != nil, !candidates.contains(where: { $0.start < index && $0.start > previous! }),
           let before = candidates.last(where: { $0.start < index }) {
            return before
        }
        if previous != nil, candidates.contains(where: { $0.start < index && $0.start > previous! }) { return nil }
        return candidates.min { abs($0.start - index) < abs($1.start - index) }
    }
}
