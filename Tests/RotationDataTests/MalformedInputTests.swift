import Foundation
import Testing
import RotationCore
import RotationData

/// Every file in `Malformed/` read through its reader: rejected files fail with exactly the
/// line `catalogue.tsv` gives, accepted files read fine (see Malformed/README.md). The CLI side
/// (exit codes, store unchanged) is `MalformedImportCLITests`.
struct MalformedInputTests {
    static let rejected = MalformedCatalogue.rejected(in: TestData.malformed)
    static let accepted = MalformedCatalogue.accepted(in: TestData.malformed)

    /// Reads `path` as `reader` reads it; spec files are decoded by the app, so only the CLI test reads them.
    static func read(_ path: String, reader: String) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        switch reader {
        case "import": _ = try InputFiles.load(path: path)
        case "members": _ = try MembersFile.parse(bytes: bytes, file: path)
        case "wide": _ = try WideMatrixCSV.parse(bytes: bytes, file: path)
        case "fundamentals": _ = try FundamentalsCSV.parse(bytes: bytes, file: path)
        default: Issue.record("unknown reader \(reader)")
        }
    }

    @Test("the catalogue lists at least 40 rejected files and every file in Malformed exactly once")
    func catalogueIsComplete() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: TestData.malformed.path)
            .filter { $0.hasSuffix(".csv") || $0.hasSuffix(".json") }
        let listed = Self.rejected.map(\.file) + Self.accepted.map(\.file)
        #expect(Self.rejected.count >= 40)
        #expect(listed.count == Set(listed).count, "a file is listed twice")
        #expect(Set(names) == Set(listed))
        #expect(Self.accepted.allSatisfy { $0.file.hasPrefix("accepted_") })
        #expect(Self.rejected.allSatisfy { !$0.file.hasPrefix("accepted_") })
        let readme = try String(contentsOf: TestData.malformed.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("catalogue.tsv") && readme.contains("accepted.tsv"))
    }

    @Test("each rejected file fails in its reader with its one-line message naming file, line and field",
          arguments: rejected.filter { $0.reader != "spec" })
    func rejectedFileFails(_ entry: MalformedCatalogue.Rejected) throws {
        let path = TestData.malformed.appendingPathComponent(entry.file).path
        let error = TestData.dataError { try Self.read(path, reader: entry.reader) }
        let expected = entry.message(for: path)
        #expect(error?.description == expected)
        #expect(error?.code == .badInput)
        #expect(error?.location?.file == path)
        #expect(error.map { !$0.description.contains("\n") && $0.description.utf8.count - path.utf8.count < 160 } == true)
        // The catalogue's ":LINE:" and "field \"NAME\"" parts come from the location, not the text.
        if let line = expected.dropFirst(path.count + 1).split(separator: ":").first.flatMap({ Int($0) }) {
            #expect(error?.location?.line == line)
        }
        if let field = expected.firstMatch(of: /field "([^"]+)":/)?.1, expected.hasPrefix(path + ":") {
            #expect(error?.location?.field == String(field))
        }
    }

    @Test("each accepted file reads fine into the catalogued rows", arguments: accepted)
    func acceptedFileReads(_ entry: MalformedCatalogue.Accepted) throws {
        let path = TestData.malformed.appendingPathComponent(entry.file).path
        let items = try InputFiles.load(path: path)
        #expect(items.count == 1)
        let range = try #require(items.first?.payload.dateRange)
        #expect(items.first?.payload.count == entry.rows)
        #expect(range.lowerBound.description == entry.firstDate && range.upperBound.description == entry.lastDate)
    }

    @Test("a split-like tenfold drop in close is history, not an error: adj_close carries the adjusted series")
    func splitJumpIsKept() throws {
        let path = TestData.malformed.appendingPathComponent("accepted_split_jump.csv").path
        guard case .bars(let bars) = try #require(InputFiles.load(path: path).first?.payload) else {
            Issue.record("expected bars")
            return
        }
        // Values as written in the fixture.
        #expect(bars.close == [10.2, 1.04, 1.05])
        #expect(bars.adjClose == [10.1, 10.4, 10.5])
    }

    @Test("a 10 MB field gives a one-line message cut to 40 characters, naming its size")
    func tenMegabyteField() throws {
        let digits = String(repeating: "7", count: 10 * 1024 * 1024)
        let error = TestData.dataError { _ = try TestData.bars("date,close\n2025-01-02,10\n2025-01-03,\(digits)\n") }
        // 10 MB of digits overflow a Double; the message quotes 40 of them and the byte count.
        #expect(error?.description
                == #"test.csv:3: field "close": expected a finite number, got "\#(String(repeating: "7", count: 40))… (10485760 bytes)""#)
    }

    @Test("control characters and bytes that are not UTF-8 are shown as \\xHH; other text as written",
          arguments: [("1\u{1}2", #"1\x012"#), ("é?", "é?"), ("12\r3", #"12\x0D3"#), ("\u{85}x", #"\xC2\x85x"#)])
    func quotedBytes(field: String, shown: String) {
        let error = TestData.dataError { _ = try TestData.bars("date,close\n2025-01-02,\(field)\n") }
        #expect(error?.description == #"test.csv:2: field "close": expected a number, got "\#(shown)""#)
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
