import Foundation
import ZIPFoundation

/// Answers in each provider's published format, built at test time from `../shared/data`
/// rows (the values are the shared files' text, unchanged; only the layout is the vendor's).
public enum ProviderFixtures {
    /// Stooq's `Date,Open,High,Low,Close,Volume` from a price file (`Volume` left out when the
    /// file has none, as Stooq does for indices without volume).
    public static func stooqCSV(_ prices: SharedData.Table) -> [UInt8] {
        let volume = prices.column("volume")
        let hasVolume = volume.contains { !$0.isEmpty }
        var text = "Date,Open,High,Low,Close" + (hasVolume ? ",Volume" : "") + "\r\n"
        let columns = ["date", "open", "high", "low", "close"] + (hasVolume ? ["volume"] : [])
        let values = columns.map(prices.column)
        for row in prices.rows.indices {
            text += values.map { $0[row] }.joined(separator: ",") + "\r\n"
        }
        return Array(text.utf8)
    }

    /// A Yahoo v8 chart answer from a price file: bars stamped at 09:30 in `zone` on their day
    /// (as Yahoo stamps daily bars at the session's start), `gmtoffset` the zone's offset on
    /// the last bar, empty fields as `null`.
    public static func yahooJSON(_ prices: SharedData.Table, symbol: String, zone: String = "America/New_York",
                                 hour: Int = 9, minute: Int = 30) -> [UInt8] {
        var calendar = Calendar(identifier: .gregorian)
        let timeZone = TimeZone(identifier: zone)!
        calendar.timeZone = timeZone
        let stamps: [Int] = prices.column("date").map { date in
            let parts = date.split(separator: "-").map { Int($0)! }
            let components = DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: hour, minute: minute)
            return Int(calendar.date(from: components)!.timeIntervalSince1970)
        }
        let last = Date(timeIntervalSince1970: TimeInterval(stamps.last ?? 0))
        let offset = timeZone.secondsFromGMT(for: last)
        let abbreviation = timeZone.abbreviation(for: last) ?? "UTC"
        let array = { (name: String) in "[" + prices.column(name).map { $0.isEmpty ? "null" : $0 }.joined(separator: ",") + "]" }
        let json = """
            {"chart":{"result":[{"meta":{"currency":"USD","symbol":"\(symbol)","instrumentType":"ETF",\
            "gmtoffset":\(offset),"timezone":"\(abbreviation)","exchangeTimezoneName":"\(zone)","dataGranularity":"1d"},\
            "timestamp":[\(stamps.map(String.init).joined(separator: ","))],\
            "indicators":{"quote":[{"open":\(array("open")),"low":\(array("low")),"high":\(array("high")),\
            "volume":\(array("volume")),"close":\(array("close"))}],"adjclose":[{"adjclose":\(array("adj_close"))}]}}],\
            "error":null}}
            """
        return Array(json.utf8)
    }

    /// FRED's `observation_date,SERIES` from a rate file; with `holidays`, weekdays missing
    /// between rows are listed with an empty value, as FRED lists every business day.
    public static func fredCSV(_ rates: SharedData.Table, series: String, holidays: Bool = false) -> [UInt8] {
        var text = "observation_date,\(series)\n"
        var previous: Date?
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        for row in rates.rows {
            let day = formatter.date(from: row[0])!
            if holidays, var gap = previous?.addingTimeInterval(86_400) {
                while gap < day {
                    let weekday = Calendar(identifier: .gregorian).dateComponents(in: formatter.timeZone, from: gap).weekday!
                    if weekday != 1 && weekday != 7 { text += formatter.string(from: gap) + ",\n" }
                    gap = gap.addingTimeInterval(86_400)
                }
            }
            text += "\(row[0]),\(row[1])\n"
            previous = day
        }
        return Array(text.utf8)
    }

    /// Kenneth French's original CSV for the monthly 3-factor file (monthly block, blank line,
    /// annual block, copyright), CRLF line endings, zipped as `DATASET.CSV`.
    public static func frenchZip(monthly: SharedData.Table, annual: SharedData.Table,
                                 dataset: String = "F-F_Research_Data_Factors") throws -> [UInt8] {
        let pad = { (value: String) in String(repeating: " ", count: max(0, 8 - value.count)) + value }
        var text = "This file was created by CMPT_ME_BEME_RETS using the CRSP database.\r\n"
        text += "The 1-month TBill rate data until May 2024 are from Ibbotson Associates.\r\n\r\n"
        text += ",Mkt-RF,SMB,HML,RF\r\n"
        for row in monthly.rows {
            text += row[0].replacingOccurrences(of: "-", with: "") + "," + row.dropFirst().map(pad).joined(separator: ",") + "\r\n"
        }
        text += "\r\n Annual Factors: January-December \r\n,Mkt-RF,SMB,HML,RF\r\n"
        for row in annual.rows {
            text += row[0] + "," + row.dropFirst().map(pad).joined(separator: ",") + "\r\n"
        }
        text += "\r\nCopyright 2025 Kenneth R. French\r\n"
        return try zip(Array(text.utf8), entry: dataset + ".CSV")
    }

    /// A zip archive (deflate) holding one entry.
    public static func zip(_ bytes: [UInt8], entry: String) throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        let data = Data(bytes)
        try archive.addEntry(with: entry, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
            position, size in data.subdata(in: Int(position)..<(Int(position) + size))
        }
        return [UInt8](archive.data ?? Data())
    }

    /// An iShares holdings download from a holdings file: title, "Fund Holdings as of" date,
    /// header with iShares' column names, every field quoted, numbers with thousands
    /// separators, a non-breaking-space line and the disclaimer.
    public static func isharesCSV(_ holdings: SharedData.Table, fund: String, asOf: String) -> [UInt8] {
        let names = ["ticker": "Ticker", "name": "Name", "sector": "Sector", "asset_class": "Asset Class",
                     "market_value": "Market Value", "weight_pct": "Weight (%)", "notional_value": "Notional Value",
                     "quantity": "Quantity", "price": "Price", "location": "Location", "exchange": "Exchange",
                     "currency": "Currency"]
        let numeric: Set = ["market_value", "weight_pct", "notional_value", "quantity", "price"]
        var text = "\u{FEFF}\(fund)\nFund Holdings as of,\"\(asOf)\"\nInception Date,\"May 22, 2000\"\n"
        text += "Stock,\"-\"\nBond,\"-\"\nCash,\"-\"\nOther,\"-\"\n \n"
        text += holdings.header.map { names[$0] ?? $0 }.joined(separator: ",") + "\n"
        for row in holdings.rows {
            let fields = Swift.zip(holdings.header, row).map { key, value in
                numeric.contains(key) ? thousands(value) : value
            }
            text += fields.map { "\"\($0)\"" }.joined(separator: ",") + "\n"
        }
        text += "\u{A0}\n\"The content contained herein is owned or licensed by BlackRock and/or its third-party information providers.\"\n"
        return Array(text.utf8)
    }

    /// `1234567.89` → `1,234,567.89` (the text's digits unchanged).
    static func thousands(_ value: String) -> String {
        let negative = value.hasPrefix("-")
        let body = negative ? String(value.dropFirst()) : value
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        var integer = String(parts[0])
        var grouped = ""
        while integer.count > 3 {
            grouped = "," + integer.suffix(3) + grouped
            integer = String(integer.dropLast(3))
        }
        let fraction = parts.count > 1 ? "." + parts[1] : ""
        return (negative ? "-" : "") + integer + grouped + fraction
    }
}
