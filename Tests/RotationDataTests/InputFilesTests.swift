import Foundation
import Testing
import RotationCore
import RotationData

/// Naming files on the command line: expansion, file references, `FILE#column`.
struct InputFilesTests {
    static let prices = TestData.sharedData.appendingPathComponent("prices").path
    static let factors = TestData.sharedData.appendingPathComponent("factors").path

    @Test("a directory expands to its csv files sorted by name; files stay as given")
    func expandDirectory() throws {
        let files = try InputFiles.expand([Self.prices, Self.factors + "/ff3_monthly.csv"])
        #expect(files.count == 27)
        #expect(files.first == Self.prices + "/DIA.csv")
        #expect(files[25] == Self.prices + "/XLY.csv")
        #expect(files.last == Self.factors + "/ff3_monthly.csv")
    }

    @Test("expanding a path that does not exist names it")
    func expandMissing() {
        let error = TestData.dataError { _ = try InputFiles.expand(["no/such/dir"]) }
        #expect(error?.description == "no/such/dir: no such file or directory")
        #expect(error?.code == .missingFile)
    }

    @Test("arguments with a slash or a .csv ending are files, others are symbols")
    func fileReferences() {
        #expect(InputFiles.isFileReference("prices/IWM.csv"))
        #expect(InputFiles.isFileReference("IWM.CSV"))
        #expect(InputFiles.isFileReference("ff3_monthly.csv#smb"))
        #expect(InputFiles.isFileReference("./IWM"))
        #expect(!InputFiles.isFileReference("IWM"))
        #expect(!InputFiles.isFileReference("FF3_MONTHLY#smb"))
        #expect(!InputFiles.isFileReference("csv"))
    }

    @Test("a price file loads as bars named by its stem, with the content hash")
    func loadPrices() throws {
        let path = Self.prices + "/IWM.csv"
        let items = try InputFiles.load(path: path)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(items.count == 1)
        #expect(items[0].file == path)
        #expect(items[0].payload.symbol == "IWM")
        #expect(items[0].payload.kind == .price)
        #expect(items[0].contentHash == ContentHash.fnv1a64(bytes))
        #expect(try InputFiles.load(path: path, symbol: "R2K")[0].payload.symbol == "R2K")
    }

    @Test("FILE#column picks one factor, named STEM#column")
    func pickFactorColumn() throws {
        let items = try InputFiles.load(path: Self.factors + "/ff3_monthly.csv#SMB")
        #expect(items.count == 1)
        #expect(items[0].file == Self.factors + "/ff3_monthly.csv")
        #expect(items[0].payload.symbol == "FF3_MONTHLY#smb")
        guard case .series(let smb) = items[0].payload else { Issue.record("expected a series"); return }
        #expect(smb.values.first == -2.55)
    }

    @Test("FILE#column picks a bars column as a price series")
    func pickBarsColumn() throws {
        let items = try InputFiles.load(path: Self.prices + "/IWM.csv#adj_close")
        guard case .series(let series) = items.first?.payload else { Issue.record("expected a series"); return }
        #expect(series.name == "IWM#adj_close")
        #expect(series.kind == .price)
        // 2025-12-12 adj_close 251.9532: data/README.md cross-source table.
        let index = try #require(series.days.firstIndex(of: TestData.day("2025-12-12")))
        #expect(series.values[index] == 251.9532)
    }

    @Test("an unknown column is an error listing the columns")
    func unknownColumn() {
        let path = Self.factors + "/ff3_monthly.csv"
        let error = TestData.dataError { _ = try InputFiles.load(path: path, column: "umd") }
        #expect(error?.description == path + #":1: no column "umd" (columns: mkt_rf, smb, hml, rf)"#)
    }

    /// A fresh empty directory under the system's temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rotation-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("a directory expands to csv files of any case only, not subdirectories or other files")
    func expandFiltersEntries() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["b.csv", "a.CSV", "notes.txt"] {
            try Data("date,close\n2025-01-02,1\n".utf8).write(to: dir.appendingPathComponent(name))
        }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub.csv"), withIntermediateDirectories: false)
        #expect(try InputFiles.expand([dir.path]) == [dir.path + "/a.CSV", dir.path + "/b.csv"])
    }

    @Test("an original French download is recognised by its header and loads as factors")
    func loadOriginalFrench() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("F-F_Research_Data_Factors.CSV")
        try Data(FactorCSVTests.originalMonthly.utf8).write(to: file)
        let items = try InputFiles.load(path: file.path, symbol: "ff3")
        #expect(items.map(\.payload.symbol) == ["FF3#mkt_rf", "FF3#smb", "FF3#hml", "FF3#rf"])
        #expect(items.allSatisfy { $0.payload.kind == .factor && $0.file == file.path })
        let picked = try InputFiles.load(path: file.path + "#Mkt-RF")
        #expect(picked.map(\.payload.symbol) == ["F-F_RESEARCH_DATA_FACTORS#mkt_rf"])
    }

    @Test("a rate file's value column can be named with FILE#column")
    func pickRateColumn() throws {
        let path = TestData.sharedData.appendingPathComponent("rates/DGS10.csv").path
        let items = try InputFiles.load(path: path + "#value", symbol: "US10Y")
        #expect(items.map(\.payload.symbol) == ["US10Y"])
        #expect(items.first?.payload.kind == .rate)
    }
}
