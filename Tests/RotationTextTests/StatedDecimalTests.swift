import RotationCore
import RotationText
import Testing

/// Stated percentages keep the digits the text wrote (issue 18, item 5): "1.4%" is JSON 0.014,
/// not 0.013999999999999999 (1.4 / 100 in binary floating point).
struct StatedDecimalTests {
    static let asOf = TradingDay("2025-12-12")!

    func stated(_ text: String) throws -> Double {
        let claims = ClaimExtractor().claims(in: text, asOf: Self.asOf)
        #expect(claims.count == 1, "\(claims)")
        return try #require(claims.first).stated
    }

    @Test("\"rose 1.4%\" states exactly the Double nearest 0.014, which 1.4 / 100 is not")
    func onePointFour() throws {
        #expect(1.4 / 100 != 0.014)  // the noise this guards against
        let value = try stated("The Russell 2000 rose 1.4% for the week.")
        #expect(value == 0.014)
        #expect("\(value)" == "0.014")
    }

    @Test("a fall, several decimals and a signed figure keep their digits", arguments: [
        ("The Nasdaq fell 0.07% on Friday.", -0.0007),
        ("Small caps are up 13.57% since August.", 0.1357),
        ("The Nasdaq was +4.1% for the week.", 0.041),
        ("The Dow fell 2.3% for the week.", -0.023),
    ])
    func digitsKept(text: String, expected: Double) throws {
        #expect(try stated(text) == expected)
    }

    @Test("the midpoint of a stated range is the decimal midpoint: 7.9% to 8% is 0.0795")
    func rangeMidpoint() throws {
        let value = try stated("Small caps rose 7.9% to 8% for the week.")
        #expect(value == 0.0795)
    }
}
