import Foundation
import Testing
import RotationData

/// Every file in `Malformed/` and the exact line it must fail with (see Malformed/README.md).
struct MalformedInputTests {
    /// File name, expected message after the file's path, expected code.
    static let cases: [(String, String, DataError.Code)] = [
        ("not_a_number.csv", #":3: field "close": expected a number, got "n/a""#, .badInput),
        ("nan_value.csv", #":3: field "high": expected a finite number, got "NaN""#, .badInput),
        ("infinite_value.csv", #":3: field "adj_close": expected a finite number, got "-inf""#, .badInput),
        ("negative_price.csv", #":3: field "open": expected a positive price, got "-3.5""#, .badInput),
        ("zero_price.csv", #":3: field "close": expected a positive price, got "0""#, .badInput),
        ("negative_volume.csv", #":3: field "volume": expected a non-negative volume, got "-10""#, .badInput),
        ("high_below_low.csv", #":3: field "high": high 9.5 is below low 10.0"#, .badInput),
        ("bad_date.csv", #":3: field "date": expected a date YYYY-MM-DD, got "2025-02-30""#, .badInput),
        ("duplicate_date.csv",
         #":5: field "date": duplicate date 2025-01-03 with different values (first on line 4)"#, .badInput),
        ("missing_date.csv", #":1: missing column "date""#, .badInput),
        ("missing_price.csv", #":1: missing a price column ("close" or "adj_close")"#, .badInput),
        ("empty.csv", ": empty file", .badInput),
        ("header_only.csv", ": no data rows", .badInput),
        ("ragged_row.csv", ":3: expected 7 fields, got 5", .badInput),
        ("not_utf8_header.csv", ":1: not UTF-8 text", .badInput),
        ("return_below_minus_one.csv", #":3: field "return": expected a return above -1, got "-1.5""#, .badInput),
        ("duplicate_column.csv", #":1: field "Close": duplicate column"#, .badInput),
        ("bad_month.csv", #":3: field "month": expected a month YYYY-MM, got "1926-13""#, .badInput),
    ]

    @Test("each malformed file fails with its one-line message", arguments: cases)
    func malformedFileFails(file: String, message: String, code: DataError.Code) {
        let path = TestData.malformed.appendingPathComponent(file).path
        let error = TestData.dataError { _ = try InputFiles.load(path: path) }
        #expect(error?.description == path + message)
        #expect(error?.code == code)
    }

    @Test("every file in Malformed is listed in the test table and in its README")
    func everyFileIsCovered() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: TestData.malformed.path)
            .filter { $0.hasSuffix(".csv") }
        let readme = try String(contentsOf: TestData.malformed.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(Set(names) == Set(Self.cases.map(\.0)))
        for name in names { #expect(readme.contains("`\(name)`"), "README does not list \(name)") }
    }

    @Test("a missing file is reported as missing, not as bad input")
    func missingFile() {
        let error = TestData.dataError { _ = try InputFiles.load(path: "/nonexistent/IWM.csv") }
        #expect(error?.description == "/nonexistent/IWM.csv: no such file or directory")
        #expect(error?.code == .missingFile)
    }

    @Test("infinities in any spelling are rejected as non-finite", arguments: ["inf", "-inf", "+Inf", "Infinity", "-infinity", "nan", "1e999"])
    func infinities(text: String) {
        let error = TestData.dataError { _ = try TestData.bars("date,close\n2025-01-02,\(text)\n") }
        #expect(error?.description == #"test.csv:2: field "close": expected a finite number, got "\#(text)""#)
    }

    @Test("text that is not a number is rejected", arguments: ["n/a", "1,5", "0x10", "12abc", ".", "-", "1.2.3", "--1"])
    func notNumbers(text: String) {
        let error = TestData.dataError { _ = try TestData.bars("date,close\n2025-01-02,\"\(text)\"\n") }
        #expect(error?.description == #"test.csv:2: field "close": expected a number, got "\#(text)""#)
    }
}
