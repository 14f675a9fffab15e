import RotationCore
import RotationText
import Testing

/// The hand tokenizer and sentence splitter; expected tokens written by hand.
struct TokenizerTests {
    @Test("thousands separators, decimals, the Unicode minus and ordinals are read as written")
    func numbers() {
        #expect(Tokenizer.tokens("2,590.61") == [.number(2590.61, decimals: 2, signed: false)])
        #expect(Tokenizer.tokens("−20.4%") == [.number(-20.4, decimals: 1, signed: true), .mark("%")])
        #expect(Tokenizer.tokens("10th") == [.number(10, decimals: 0, signed: false)])
        #expect(Tokenizer.tokens("2–3%") == [.number(2, decimals: 0, signed: false), .mark("–"), .number(3, decimals: 0, signed: false), .mark("%")])
    }

    @Test("sentences split at full stops but not after abbreviations or inside numbers")
    func sentences() {
        let text = "Stocks rose 1.5% on Dec. 12 in the U.S. market. The Nasdaq fell."
        #expect(Sentences.split(text) == ["Stocks rose 1.5% on Dec. 12 in the U.S. market.", "The Nasdaq fell."])
    }

    /// Found by `scripts/fuzz claims`: a whole number beyond Int trapped when the window phrase
    /// around it was printed, and digits beyond a Double's range became an infinite claim.
    @Test("numbers beyond Int or Double never trap and never become a claim of infinity")
    func hugeNumbers() throws {
        let asOf = try #require(TradingDay("2025-12-12"))
        let beyondInt = ClaimExtractor().claims(in: "The index is up 99999999999999999999999999999999999% year to date.", asOf: asOf)
        // 35 nines read as the double nearest 10^35 − 1, which is 1e35; as a fraction ÷ 100 = 1e33
        // (Python: float("9" * 35) / 100 == 1e33).
        #expect(beyondInt.map(\.stated) == [1e33])
        let beyondDouble = String(repeating: "9", count: 400)
        #expect(Tokenizer.tokens(beyondDouble + "%") == [.word(beyondDouble), .mark("%")])
        #expect(ClaimExtractor().claims(in: "The Russell 2000 rose \(beyondDouble)% this week.", asOf: asOf).isEmpty)
    }

    /// Found by `scripts/fuzz claims` (a hang): each "Dec." copied the whole sentence so far to
    /// read the word before the stop, so one long sentence of abbreviations took quadratic time
    /// (26 kB: over 10 s under the fuzzer). 40,000 of them (520 kB) would take hours that way; the
    /// time limit turns a regression into a failure instead of a stalled run.
    @Test("a sentence of 40,000 abbreviated dates splits as one sentence in linear time", .timeLimit(.minutes(1)))
    func longSentenceOfAbbreviations() {
        let text = String(repeating: "Dec. 12, 2025 ", count: 40_000)
        let sentences = Sentences.split(text)
        #expect(sentences.count == 1 && sentences.first?.utf8.count == text.utf8.count - 1)
    }
}
