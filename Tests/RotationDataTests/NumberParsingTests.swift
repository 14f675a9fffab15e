import Testing
import RotationCore
import RotationData

/// The reader's fast decimal path against the standard library's correctly rounded parser.
struct NumberParsingTests {
    /// A fixed-seed linear congruential generator (Knuth's MMIX constants), so the inputs are
    /// the same on every run.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
    }

    @Test("20,000 random decimals read exactly as Double(String) reads them")
    func randomDecimalsMatchStrtod() throws {
        // Reference: Swift's Double(String) (strtod), correctly rounded for every input.
        var generator = SeededGenerator(state: 20_251_121)
        var texts: [String] = []
        for _ in 0..<20_000 {
            let integerDigits = Int.random(in: 1...9, using: &generator)
            let fractionDigits = Int.random(in: 0...(17 - integerDigits), using: &generator)
            var text = String(Int.random(in: 1...9, using: &generator))
            for _ in 1..<integerDigits { text += String(Int.random(in: 0...9, using: &generator)) }
            if fractionDigits > 0 {
                text += "."
                for _ in 0..<fractionDigits { text += String(Int.random(in: 0...9, using: &generator)) }
            }
            texts.append(text)
        }
        let start = TradingDay(year: 1950, month: 1, day: 1)!
        let rows = texts.enumerated().map { "\(start.adding(days: $0.offset)),\($0.element)" }
        let bars = try TestData.bars("date,close\n" + rows.joined(separator: "\n"))
        let mismatches = zip(texts, bars.close).filter { Double($0.0)! != $0.1 }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }
}
