import Foundation
import Testing

/// The catalogue of bad inputs (`Tests/RotationDataTests/Malformed/catalogue.tsv`) run through
/// the built binary against a store that already holds data: each file exits with its code and
/// its one line on stderr, prints nothing on stdout, and leaves the store exactly as it was.
@Suite(.serialized)
struct MalformedImportCLITests {
    static let malformed = CLIRunner.packageRoot.appendingPathComponent("Tests/RotationDataTests/Malformed")
    static let constituents = CLIRunner.sharedData.appendingPathComponent("constituents")

    /// The command that reads a file with `reader`, as a user would run it.
    static func command(reader: String, path: String, db: String) -> [String] {
        let wide = constituents.appendingPathComponent("smallcap_adj_closes_wide.csv").path
        let holdings = constituents.appendingPathComponent("IWM_holdings_2025-11-05.csv").path
        switch reader {
        case "members": return ["breadth", "--members", path, "--prices", wide, "--db", db]
        case "wide": return ["breadth", "--members", holdings, "--prices", path, "--db", db]
        case "fundamentals": return ["valuation", "--holdings", path, "--db", db]
        case "spec": return ["backtest", "--spec", path, "--db", db]
        default: return ["import", path, "--db", db]
        }
    }

    /// A store holding SPY and IWM (the symbols the spec files name).
    static func populatedStore() throws -> String {
        let db = try CLIRunner.temporaryDirectory().appendingPathComponent("store.sqlite").path
        let prices = CLIRunner.sharedData.appendingPathComponent("prices")
        let setup = try CLIRunner.run(["import", prices.appendingPathComponent("SPY.csv").path,
                                       prices.appendingPathComponent("IWM.csv").path, "--db", db])
        #expect(setup.status == 0, "\(setup.stderr)")
        return db
    }

    @Test("every catalogued bad file exits with its code and line and leaves a populated store unchanged")
    func rejectedFilesLeaveStoreUnchanged() throws {
        try #require(StoreSnapshot.sqlite3 != nil, "install sqlite3 (Debian package sqlite3)")
        let entries = MalformedCatalogueFile.rejected(in: Self.malformed)
        try #require(entries.count >= 40)
        let db = try Self.populatedStore()
        let before = try StoreSnapshot.take(db)
        #expect(before.symbols.contains("\"IWM\"") && before.symbols.contains("\"SPY\""))
        for entry in entries {
            let path = Self.malformed.appendingPathComponent(entry.file).path
            let outcome = try CLIRunner.run(Self.command(reader: entry.reader, path: path, db: db))
            #expect(outcome.status == entry.exitCode, "\(entry.file)")
            #expect(outcome.stderr == "rotation: error: \(entry.message.replacingOccurrences(of: "FILE", with: path))\n",
                    "\(entry.file)")
            #expect(outcome.stdout.isEmpty, "\(entry.file)")
            #expect(try StoreSnapshot.take(db) == before, "\(entry.file) changed the store")
        }
    }

    @Test("a file with a 10 MB field exits 65 with a short line and leaves the store unchanged")
    func tenMegabyteField() throws {
        let db = try Self.populatedStore()
        let before = try StoreSnapshot.take(db)
        let file = try CLIRunner.temporaryDirectory().appendingPathComponent("HUGE.csv")
        let field = String(repeating: "1", count: 10 * 1024 * 1024)
        try "date,close\n2025-01-02,10\n2025-01-03,\(field)x\n".write(to: file, atomically: true, encoding: .utf8)
        let outcome = try CLIRunner.run(["import", file.path, "--db", db])
        #expect(outcome.status == 65)
        // 10 MB of digits and an "x" are not a number; the message shows 40 characters and the size.
        #expect(outcome.stderr == "rotation: error: \(file.path):3: field \"close\": expected a number, got \"\(String(repeating: "1", count: 40))… (10485761 bytes)\"\n")
        #expect(try StoreSnapshot.take(db) == before)
    }

    @Test("every catalogued awkward-but-valid file imports with exit 0 and adds its rows")
    func acceptedFilesImport() throws {
        let db = try CLIRunner.temporaryDirectory().appendingPathComponent("store.sqlite").path
        for entry in MalformedCatalogueFile.accepted(in: Self.malformed) {
            let path = Self.malformed.appendingPathComponent(entry.file).path
            let outcome = try CLIRunner.run(["import", path, "--db", db, "--json"])
            #expect(outcome.status == 0, "\(entry.file): \(outcome.stderr)")
            let report = try #require((try CLIRunner.json(outcome)["imports"] as? [[String: Any]])?.first)
            #expect(report["added"] as? Int == entry.rows, "\(entry.file)")
            #expect(report["first_date"] as? String == entry.firstDate, "\(entry.file)")
            #expect(report["last_date"] as? String == entry.lastDate, "\(entry.file)")
        }
    }
}

/// `catalogue.tsv` and `accepted.tsv` as the CLI tests read them (the data tests have their own
/// reader; the two targets share no code).
enum MalformedCatalogueFile {
    struct Rejected {
        var file: String
        var reader: String
        var exitCode: Int32
        var message: String
    }

    struct Accepted {
        var file: String
        var rows: Int
        var firstDate: String
        var lastDate: String
    }

    static func rows(_ name: String, in folder: URL) -> [[String]] {
        let text = (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    static func rejected(in folder: URL) -> [Rejected] {
        rows("catalogue.tsv", in: folder).map { Rejected(file: $0[0], reader: $0[1], exitCode: Int32($0[2]) ?? -1, message: $0[3]) }
    }

    static func accepted(in folder: URL) -> [Accepted] {
        rows("accepted.tsv", in: folder).map { Accepted(file: $0[0], rows: Int($0[1]) ?? -1, firstDate: $0[2], lastDate: $0[3]) }
    }
}
