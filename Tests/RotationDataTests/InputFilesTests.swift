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
}
