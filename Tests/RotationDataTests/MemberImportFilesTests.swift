import Foundation
import RotationCore
import RotationData
import Testing

/// Recognising member files for `rotation import` and reading iShares downloads.
struct MemberImportFilesTests {
    /// An iShares download as the fund's site serves it: text lines above the table, quoted
    /// numbers with thousands separators, a non-breaking-space line and a disclaimer below.
    static let download = """
        iShares Russell 2000 ETF
        Fund Holdings as of,"Nov 05, 2025"
        Inception Date,"May 22, 2000"
        Shares Outstanding,"282,150,000.00"
        \u{00A0}
        Ticker,Name,Sector,Asset Class,Market Value,Weight (%),Notional Value,Quantity,Price
        "BE","BLOOM ENERGY CLASS A CORP","Industrials","Equity","731,205,514.79","1.06","731,205,514.79","5,170,819.00","141.41"
        "XTSLA","BLK CSH FND TREASURY SL AGENCY","Cash and/or Derivatives","Money Market","312,034,567.32","0.39","312,034,567.32","312,034,567.00","1.00"
        "CRDO","CREDO TECHNOLOGY GROUP HOLDING LTD","Information Technology","Equity","617,797,996.92","0.90","617,797,996.92","3,567,787.00","173.16"
        \u{00A0}
        "The content contained herein is owned or licensed by BlackRock and/or its third-party information providers."

        """

    @Test("each layout is recognised from its header, and other CSV files are left to their readers")
    func detect() throws {
        let cases: [(String, MemberFileLayout?)] = [
            ("ticker,name,sector,asset_class,market_value,weight_pct\nAAA,A,Energy,Equity,1,1\n", .holdings),
            (Self.download, .holdings),
            ("ticker,sector,weight_2025-05-13,weight_2025-11-05\nAAA,Energy,1,\n", .membersList),
            ("date,AAMI,OPEN,BRK.B\n2024-01-02,1,2,3\n", .priceMatrix),
            ("date,open,high,low,close,adj_close,volume\n2024-01-02,1,1,1,1,1,1\n", nil),
            ("DATE,DGS10,DGS2\n2024-01-02,4.1,4.3\n", nil),                 // FRED: upper-case DATE
            ("date,mkt_rf,smb,hml,rf\n2024-01-02,1,1,1,1\n", nil),          // factors: lower-case names
            ("Date,CLOSE,IWM\n2024-01-02,1,2\n", nil),                      // a price column makes it prices
        ]
        for (text, layout) in cases {
            #expect(MemberFileLayout.detect(Array(text.utf8)) == layout, "\(text.prefix(40))")
        }
        let real = try MembersTestData.bytes("smallcap_adj_closes_wide.csv")
        #expect(MemberFileLayout.detect(real) == .priceMatrix)
        #expect(MemberFileLayout.detect(try MembersTestData.bytes("IWM_holdings_2026-05-05.csv")) == .holdings)
    }

    @Test("an iShares download is dated from its text lines and read up to the blank line, with names")
    func download() throws {
        let (snapshot, names) = try HoldingsCSV.parseWithNames(bytes: Array(Self.download.utf8), file: "IWM_holdings.csv")
        #expect(snapshot.date == TradingDay("2025-11-05")!)
        // Hand-read from the fixture: two equity rows; weights are percent, stored as percent / 100.
        #expect(snapshot.members == [
            "BE": MemberHolding(sector: "Industrials", weight: 1.06 / 100, marketValue: 731205514.79),
            "CRDO": MemberHolding(sector: "Information Technology", weight: 0.90 / 100, marketValue: 617797996.92),
        ])
        #expect(names == ["BE": "BLOOM ENERGY CLASS A CORP", "CRDO": "CREDO TECHNOLOGY GROUP HOLDING LTD"])
    }

    @Test("errors in a download name the file's own line")
    func downloadErrorLine() {
        let bad = Self.download.replacingOccurrences(of: "\"0.90\"", with: "\"n/a\"")
        #expect(throws: DataError(.badInput, "expected a number, got \"n/a\"",
                                  at: SourceLocation(file: "IWM_holdings.csv", line: 9, field: "Weight (%)"))) {
            try HoldingsCSV.parseWithNames(bytes: Array(bad.utf8), file: "IWM_holdings.csv")
        }
    }

    @Test("the as-of line is read in the forms iShares and others write")
    func asOfForms() {
        let cases: [(String, String?)] = [
            ("Fund Holdings as of,\"Nov 05, 2025\"", "2025-11-05"),
            ("Fund Holdings as of,\"Sep 30, 2024\"", "2024-09-30"),
            ("Holdings as of,11/05/2025", "2025-11-05"),
            ("Holdings as of 2026-05-05", "2026-05-05"),
            ("Inception Date,\"May 22, 2000\"", nil),
        ]
        for (line, expected) in cases {
            let text = line + "\nTicker,Weight (%)\nAAA,1\n"
            #expect(HoldingsPreamble.strip(Array(text.utf8)).asOf == expected.flatMap { TradingDay($0) }, "\(line)")
        }
    }

    @Test("the index defaults to the file name up to its first underscore")
    func defaultIndex() {
        #expect(MemberImportFiles.defaultIndex("constituents/IWM_holdings_2025-11-05.csv") == "IWM")
        #expect(MemberImportFiles.defaultIndex("data/smallcap_members.csv") == "SMALLCAP")
        #expect(MemberImportFiles.defaultIndex("ijr.csv") == "IJR")
    }
}
