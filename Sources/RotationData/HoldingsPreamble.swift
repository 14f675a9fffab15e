import Foundation
import RotationCore

/// The text lines around the table in a holdings file downloaded from iShares:
///
/// ```
/// iShares Russell 2000 ETF
/// Fund Holdings as of,"Nov 05, 2025"
/// Inception Date,"May 22, 2000"
///
/// Ticker,Name,Sector,Asset Class,Market Value,Weight (%),…
/// BE,"BLOOM ENERGY CLASS A CORP",Industrials,Equity,"731,205,514.79",1.06,…
///
/// "The content contained herein is owned or licensed by BlackRock…"
/// ```
/// The table starts at the first line whose first field is `Ticker` (or `Symbol`) and ends at
/// the first blank line after it. A file that starts with its header has neither part.
public enum HoldingsPreamble {
    /// The file with the preamble lines and the trailer blanked (line numbers kept, so errors
    /// still name the file's own lines) and the as-of date the preamble states, if any.
    public static func strip(_ bytes: [UInt8]) -> (table: [UInt8], asOf: TradingDay?) {
        let lines = lineRanges(bytes)
        guard let headerLine = lines.firstIndex(where: { startsWithTickerField(bytes[$0]) }), headerLine > 0 else {
            return (bytes, nil)
        }
        var asOf: TradingDay?
        for range in lines[..<headerLine] where asOf == nil {
            asOf = asOfDate(String(decoding: bytes[range], as: UTF8.self))
        }
        var table = [UInt8](repeating: 10, count: headerLine)
        var end = lines.count
        for k in (headerLine + 1)..<max(lines.count, headerLine + 1) where isBlank(bytes[lines[k]]) {
            end = k
            break
        }
        for k in headerLine..<end {
            table += bytes[lines[k]]
            table.append(10)
        }
        return (table, asOf)
    }

    /// The date of a `Fund Holdings as of,"Nov 05, 2025"` line (also `as of 11/05/2025` or
    /// ISO), or `nil` when the line states none.
    static func asOfDate(_ line: String) -> TradingDay? {
        let lowered = line.lowercased()
        guard let range = lowered.range(of: "as of") else { return nil }
        let rest = lowered[range.upperBound...].filter { $0 != "\"" && $0 != "," }
        let words = rest.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
        guard let first = words.first else { return nil }
        if let day = TradingDay(first) { return day }
        let slashed = first.split(separator: "/").compactMap { Int($0) }
        if slashed.count == 3 { return TradingDay(year: slashed[2], month: slashed[0], day: slashed[1]) }
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        guard words.count >= 3, let month = months.firstIndex(of: String(first.prefix(3))),
              let day = Int(words[1]), let year = Int(words[2]) else { return nil }
        return TradingDay(year: year, month: month + 1, day: day)
    }

    /// Byte ranges of the lines (without `\n` or a trailing `\r`), a UTF-8 BOM skipped.
    private static func lineRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 10 { end += 1 }
            var stop = end
            if stop > start && bytes[stop - 1] == 13 { stop -= 1 }
            ranges.append(start..<stop)
            start = end + 1
        }
        return ranges
    }

    private static func startsWithTickerField(_ line: ArraySlice<UInt8>) -> Bool {
        let text = String(String(decoding: line.prefix(12), as: UTF8.self).lowercased().filter { $0 != "\"" })
        return text.hasPrefix("ticker,") || text.hasPrefix("symbol,")
    }

    private static func isBlank(_ line: ArraySlice<UInt8>) -> Bool {
        line.allSatisfy { $0 == 32 || $0 == 9 || $0 == 0xA0 || $0 == 0xC2 }
    }
}
