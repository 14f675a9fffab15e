import Testing
import RotationData

/// The one field splitter (`CSVFields`) and the one number parser (`NumberField`): their rules,
/// with every expected value written by hand.
struct CSVFieldsTests {
    /// The values (doubled quotes undone) and quoted flags of `line`.
    func split(_ line: String, noBreakSpaces: Bool = false) -> (values: [String], quoted: [Bool], unterminated: Int?) {
        let bytes = Array(line.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            var fields = CSVFields(trimsNoBreakSpaces: noBreakSpaces)
            fields.split(0..<buffer.count, of: buffer)
            return ((0..<fields.count).map { fields.value($0, of: buffer) }, fields.quoted, fields.unterminated)
        }
    }

    func number(_ text: String, _ options: NumberField.Options = []) -> NumberField {
        Array(text.utf8).withUnsafeBufferPointer { NumberField.parse(0..<$0.count, of: $0, options: options) }
    }

    @Test("plain fields split on commas, blanks around them trimmed, a trailing comma is an empty field")
    func plainFields() {
        #expect(split("a,b,c").values == ["a", "b", "c"])
        #expect(split(" a ,\tb\t, c").values == ["a", "b", "c"])
        #expect(split("a,,b,").values == ["a", "", "b", ""])
        #expect(split("").values == [""])
        #expect(split("   ").values == [""])
    }

    @Test("a quoted field holds commas and a doubled quote stands for one quote")
    func quotedFields() {
        let line = split(#"1,"Smith, John","say ""hi""",x"#)
        #expect(line.values == ["1", "Smith, John", #"say "hi""#, "x"])
        #expect(line.quoted == [false, true, true, false])
        #expect(line.unterminated == nil)
        #expect(split(#" "a,b" ,c"#).values == ["a,b", "c"])
        #expect(split(#""""#).values == [""])
        #expect(split(#""a"junk,b"#).values == ["a", "b"])
    }

    @Test("a quote that does not close on its line is recorded at its field")
    func unterminatedQuote() {
        let line = split(#"2024-01-02,"1.5,3"#)
        #expect(line.unterminated == 1)
        #expect(line.values == ["2024-01-02", "1.5,3"])
    }

    @Test("CRLF lines read like LF lines")
    func crlf() throws {
        let bytes = Array("date,close\r\n2024-01-02,\"1,5\"\r\n".utf8)
        let fields: [[String]] = bytes.withUnsafeBufferPointer { buffer in
            var lines = CSVLines(buffer)
            var fields = CSVFields()
            var out: [[String]] = []
            while let line = lines.next() {
                fields.split(line, of: buffer)
                out.append((0..<fields.count).map { fields.value($0, of: buffer) })
            }
            return out
        }
        #expect(fields == [["date", "close"], ["2024-01-02", "1,5"]])
    }

    @Test("no-break spaces are trimmed only when asked (iShares downloads)")
    func noBreakSpaces() {
        #expect(split("\u{A0}a\u{A0},b").values == ["\u{A0}a\u{A0}", "b"])
        #expect(split("\u{A0}a\u{A0},\u{A0}\"b,c\"", noBreakSpaces: true).values == ["a", "b,c"])
    }

    @Test("decimals, signs and exponents read to the values written")
    func numbers() {
        #expect(number("12.5") == .value(12.5))
        #expect(number("-0.25") == .value(-0.25))
        #expect(number("+3") == .value(3))
        #expect(number(".5") == .value(0.5))
        #expect(number("7.") == .value(7))
        #expect(number("007.50") == .value(7.5))
        #expect(number("1e3") == .value(1000))
        #expect(number("2.5E-2") == .value(0.025))
        #expect(number("-4e+1") == .value(-40))
        #expect(number("1234567890123456789") == .value(1_234_567_890_123_456_789))
    }

    @Test("empty is missing; text, hexadecimal and separators are not numbers; NaN and infinity are not finite")
    func notNumbers() {
        #expect(number("") == .empty)
        #expect(number("n/a") == .notANumber)
        #expect(number("0x10") == .notANumber)
        #expect(number("1,234") == .notANumber)
        #expect(number("-") == .notANumber)
        #expect(number("1.2.3") == .notANumber)
        #expect(number("1e") == .notANumber)
        #expect(number("NaN") == .notFinite)
        #expect(number("-inf") == .notFinite)
        #expect(number("Infinity") == .notFinite)
        #expect(number("1e999") == .notFinite)
    }

    @Test("holdings options: commas are thousands separators and a lone dash is no value")
    func holdingsOptions() {
        #expect(number("1,028,440,557.68", .holdings) == .value(1_028_440_557.68))
        #expect(number("-1,000", .holdings) == .value(-1000))
        #expect(number("-", .holdings) == .empty)
        #expect(number("", .holdings) == .empty)
        #expect(number(",", .holdings) == .notANumber)
        #expect(number("1,0x1", .holdings) == .notANumber)
        #expect(number("-", .dashIsEmpty) == .empty)
        #expect(number("1,000", .dashIsEmpty) == .notANumber)
    }
}
