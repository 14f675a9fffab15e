import Foundation
import RotationCore
import RotationData
import Testing

/// FINRA's short-interest file on the real sample in `../shared/provider-samples/finra` (read at
/// test time), and its refusals.
struct FINRAShortInterestTests {
    static let samples = TestData.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/provider-samples/finra")

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: samples.appendingPathComponent(name)))
    }

    @Test("the 2021-07-15 file gives 71 symbols on that settlement date, floors and 999.99 kept as published")
    func sample() throws {
        let (date, records) = try FINRAShortInterest.parse(try Self.bytes("short_interest_shrt20210715.excerpt.csv"), file: "shrt.csv")
        // The sample's README: 71 rows, settlement 2021-07-15; AAPL 96,355,309 short, ADV 96,035,157, days to cover 1.00.
        #expect(date == TradingDay("2021-07-15"))
        #expect(records.count == 71)
        let apple = try #require(records.first { $0.symbol == "AAPL" })
        #expect(apple.shortShares == 96_355_309)
        #expect(apple.averageDailyVolume == 96_035_157)
        #expect(apple.daysToCover == 1)
        // Row "20210715|AAALF|Aareal Bank AG AKT|S|OTC|363666|322028||0|999.99|…": no volume.
        let otc = try #require(records.first { $0.symbol == "AAALF" })
        #expect(otc.averageDailyVolume == 0)
        #expect(otc.daysToCover == 999.99)
    }

    @Test("the daily short-volume file is refused with a sentence saying it is another measure")
    func dailyVolumeRefused() throws {
        let error = TestData.dataError { _ = try FINRAShortInterest.parse(try Self.bytes("daily_short_sale_VOLUME_CNMSshvol20211201.txt"), file: "vol.txt") }
        #expect(error?.description == "vol.txt:1: this is FINRA's daily short-sale volume (shares sold short during one day), not short interest (open short positions on a settlement date); use the twice-monthly short-interest file (shrtYYYYMMDD.csv)")
    }

    @Test("a bad number names the line and the column")
    func badNumber() {
        let text = "symbolCode|currentShortPositionQuantity|averageDailyVolumeQuantity|daysToCoverQuantity|settlementDate\nAAA|12|5|2.4|2021-07-15\nBBB|n/a|5|2.4|2021-07-15\n"
        let error = TestData.dataError { _ = try FINRAShortInterest.parse(Array(text.utf8), file: "s.csv") }
        #expect(error?.description == #"s.csv:3: field "currentShortPositionQuantity": expected a non-negative number, got "n/a""#)
    }

    @Test("symbols match across sources on letters and digits")
    func matchingKey() {
        #expect(FINRAShortInterest.matchingKey("BRK-B") == "BRKB")
        #expect(FINRAShortInterest.matchingKey("brk.b") == "BRKB")
        #expect(FINRAShortInterest.matchingKey("BRK/B") == "BRKB")
    }
}
