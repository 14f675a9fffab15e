import Foundation
import Testing
import RotationCore
import RotationData

/// Kenneth French factor files, in the original download layout and the tidy form.
struct FactorCSVTests {
    /// The original Data Library layout, written by hand (CRLF, preamble, a header starting
    /// with a comma, an annual block after a blank line). The monthly values are the first
    /// three rows of `../shared/data/factors/ff3_monthly.csv`, except that 1926-09's HML was
    /// replaced by the missing marker -99.99.
    static let originalMonthly = [
        "This file was created by CMPT_ME_BEME_RETS using the 202510 CRSP database.",
        "The 1-month TBill rate data until 202405 are from Ibbotson and Associates.",
        "",
        ",Mkt-RF,SMB,HML,RF",
        "192607,    2.89,   -2.55,   -2.39,    0.22",
        "192608,    2.64,   -1.14,    3.81,    0.25",
        "192609,    0.38,   -1.36,  -99.99,    0.23",
        "",
        " Annual Factors: January-December ",
        ",Mkt-RF,SMB,HML,RF",
        "  1927,   29.44,   -2.20,   -4.58,    3.12",
        "",
        "Copyright 2025 Kenneth R. French",
        "",
    ].joined(separator: "\r\n")

    @Test("the original layout reads the first block, one series per factor, dated at month end")
    func originalLayout() throws {
        let all = try FactorCSV.parse(TestData.bytes(Self.originalMonthly), file: "F-F_Research_Data_Factors.CSV",
                                      stem: "ff3_monthly")
        #expect(all.map(\.name) == ["FF3_MONTHLY#mkt_rf", "FF3_MONTHLY#smb", "FF3_MONTHLY#hml", "FF3_MONTHLY#rf"])
        #expect(all.allSatisfy { $0.kind == .factor })
        let months = ["1926-07-31", "1926-08-31", "1926-09-30"].map(TestData.day)
        #expect(all[0].days == months)
        #expect(all[0].values == [2.89, 2.64, 0.38])
        #expect(all[1].values == [-2.55, -1.14, -1.36])
        #expect(all[2].days == Array(months.prefix(2)))
        #expect(all[2].values == [-2.39, 3.81])
    }

    @Test("the original daily layout reads YYYYMMDD dates")
    func originalDaily() throws {
        // Values: the first two rows of ../shared/data/factors/mom_daily.csv.
        let text = "Missing data are indicated by -99.99.\n\n,Mom   \n19261103,    0.54\n19261104,   -0.51\n\nCopyright\n"
        let all = try FactorCSV.parse(TestData.bytes(text), file: "F-F_Momentum_Factor_daily.CSV", stem: "mom_daily")
        #expect(all.map(\.name) == ["MOM_DAILY#mom"])
        #expect(all[0].days == ["1926-11-03", "1926-11-04"].map(TestData.day))
        #expect(all[0].values == [0.54, -0.51])
    }

    @Test("a bad date in the original layout names the line and the expected forms")
    func originalBadDate() {
        let text = "preamble\n,Mkt-RF,RF\n192607,1.0,0.2\n192613,1.0,0.2\n"
        let error = TestData.dataError { _ = try FactorCSV.parse(TestData.bytes(text), file: "f.csv", stem: "f") }
        #expect(error?.description == #"f.csv:4: field "date": expected a date YYYYMM or YYYYMMDD, got "192613""#)
    }

    @Test("a yearly tidy file is dated on December 31")
    func yearly() throws {
        // Values: the first row of ../shared/data/factors/ff3_annual.csv.
        let all = try FactorCSV.parse(TestData.bytes("year,mkt_rf,smb,hml,rf\n1927,29.44,-2.2,-4.58,3.12\n"),
                                      file: "ff3_annual.csv", stem: "ff3_annual")
        #expect(all[3].name == "FF3_ANNUAL#rf")
        #expect(all[3].days == [TestData.day("1927-12-31")])
        #expect(all[3].values == [3.12])
    }

    @Test("the shared monthly 3-factor file has 1192 months from 1926-07 to 2025-10")
    func sharedMonthly() throws {
        let url = TestData.sharedData.appendingPathComponent("factors/ff3_monthly.csv")
        let bytes = [UInt8](try Data(contentsOf: url))
        let all = try FactorCSV.parse(bytes, file: url.path, stem: "ff3_monthly")
        #expect(all.map(\.name) == ["FF3_MONTHLY#mkt_rf", "FF3_MONTHLY#smb", "FF3_MONTHLY#hml", "FF3_MONTHLY#rf"])
        // 1192 rows: data/README.md's factor table (and wc -l minus the header).
        #expect(all.allSatisfy { $0.count == 1192 })
        // First row "1926-07,2.89,-2.55,-2.39,0.22", last "2025-10,1.95,-0.55,-3.1,0.37", read from the file.
        #expect(all[1].values.first == -2.55)
        #expect(all[0].days.first == TestData.day("1926-07-31"))
        #expect(all[2].values.last == -3.1)
        #expect(all[2].days.last == TestData.day("2025-10-31"))
    }

    @Test("every shared factor and rate file loads with one item per value column")
    func sharedFactorsAndRates() throws {
        // Row counts from data/README.md's factor and rate tables.
        let expected: [(String, [String], SeriesKind, Int)] = [
            ("factors/ff3_annual.csv", ["FF3_ANNUAL#mkt_rf", "FF3_ANNUAL#smb", "FF3_ANNUAL#hml", "FF3_ANNUAL#rf"], .factor, 98),
            ("factors/ff3_daily.csv", ["FF3_DAILY#mkt_rf", "FF3_DAILY#smb", "FF3_DAILY#hml", "FF3_DAILY#rf"], .factor, 26233),
            ("factors/ff5_monthly.csv", ["FF5_MONTHLY#mkt_rf", "FF5_MONTHLY#smb", "FF5_MONTHLY#hml", "FF5_MONTHLY#rmw",
                                         "FF5_MONTHLY#cma", "FF5_MONTHLY#rf"], .factor, 754),
            ("factors/ff5_daily.csv", ["FF5_DAILY#mkt_rf", "FF5_DAILY#smb", "FF5_DAILY#hml", "FF5_DAILY#rmw",
                                       "FF5_DAILY#cma", "FF5_DAILY#rf"], .factor, 15813),
            ("factors/mom_daily.csv", ["MOM_DAILY#mom"], .factor, 26132),
            ("rates/DFF.csv", ["DFF"], .rate, 26349),
            ("rates/FEDFUNDS.csv", ["FEDFUNDS"], .rate, 865),
            ("rates/DGS10.csv", ["DGS10"], .rate, 16144),
            ("rates/DGS2.csv", ["DGS2"], .rate, 12552),
            ("rates/DGS3MO.csv", ["DGS3MO"], .rate, 11242),
        ]
        for (file, names, kind, rows) in expected {
            let items = try InputFiles.load(path: TestData.sharedData.appendingPathComponent(file).path)
            #expect(items.map(\.payload.symbol) == names, "\(file)")
            #expect(items.allSatisfy { $0.payload.kind == kind && $0.payload.count == rows }, "\(file)")
        }
    }
}
