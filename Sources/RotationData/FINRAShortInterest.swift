import RotationCore

/// FINRA's consolidated equity short-interest file (`cdn.finra.org/equity/otcmarket/biweekly/
/// shrtYYYYMMDD.csv`): pipe-delimited despite its name, one header line, 14 columns, LF, no
/// trailer. Short interest is the open short position reported by member firms on a settlement
/// date (twice a month).
///
/// FINRA's *daily short-sale volume* files (`CNMSshvolYYYYMMDD.txt`, header
/// `Date|Symbol|ShortVolume|…`) measure something else (shares sold short during one day, most
/// of them covered the same day) and are refused with a sentence saying so.
public enum FINRAShortInterest {
    /// A symbol as kept for matching across sources: upper case, letters and digits only
    /// (`BRK-B`, `BRK.B`, `BRK/B` → `BRKB`, FINRA's spelling).
    public static func matchingKey(_ symbol: String) -> String {
        String(symbol.uppercased().filter { $0.isLetter || $0.isNumber })
    }

    /// The records of one file, all on one settlement date.
    ///
    /// - Throws: `DataError(.badInput)` naming the file, line and field; for a daily
    ///   short-volume file, a sentence explaining the difference.
    public static func parse(_ bytes: [UInt8], file: String) throws(DataError) -> (settlementDate: TradingDay, records: [ShortInterestRecord]) {
        let text = String(decoding: bytes, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        if lines.last?.isEmpty == true { lines.removeLast() }
        guard let headerLine = lines.first else { throw DataError(.badInput, "empty file (expected FINRA short interest)", at: SourceLocation(file: file)) }
        let header = headerLine.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        if header.starts(with: ["Date", "Symbol", "ShortVolume"]) {
            throw DataError(.badInput, "this is FINRA's daily short-sale volume (shares sold short during one day), not short interest (open short positions on a settlement date); use the twice-monthly short-interest file (shrtYYYYMMDD.csv)",
                            at: SourceLocation(file: file, line: 1))
        }
        func column(_ name: String) throws(DataError) -> Int {
            guard let index = header.firstIndex(of: name) else {
                throw DataError(.badInput, "missing column \"\(name)\" (expected FINRA's short-interest header)", at: SourceLocation(file: file, line: 1))
            }
            return index
        }
        let symbol = try column("symbolCode"), current = try column("currentShortPositionQuantity")
        let volume = try column("averageDailyVolumeQuantity"), cover = try column("daysToCoverQuantity")
        let settlement = try column("settlementDate")
        var date: TradingDay?
        var records: [ShortInterestRecord] = []
        var seen: [String: Int] = [:]
        for (offset, line) in lines.enumerated().dropFirst() {
            let number = offset + 1
            let fields = line.split(separator: "|", omittingEmptySubsequences: false)
            guard fields.count == header.count else {
                throw DataError(.badInput, "expected \(header.count) fields, got \(fields.count)", at: SourceLocation(file: file, line: number))
            }
            func value(_ index: Int, required: Bool) throws(DataError) -> Double? {
                let field = fields[index]
                if field.isEmpty && !required { return nil }
                guard let x = Double(field), x.isFinite, x >= 0 else {
                    throw DataError(.badInput, "expected a non-negative number, got \"\(field)\"",
                                    at: SourceLocation(file: file, line: number, field: header[index]))
                }
                return x
            }
            guard let day = TradingDay(String(fields[settlement])) else {
                throw DataError(.badInput, "expected a date YYYY-MM-DD, got \"\(fields[settlement])\"",
                                at: SourceLocation(file: file, line: number, field: header[settlement]))
            }
            if let date, date != day {
                throw DataError(.badInput, "settlement date \(day) differs from \(date) on the first row",
                                at: SourceLocation(file: file, line: number, field: header[settlement]))
            }
            date = day
            let name = String(fields[symbol])
            guard !name.isEmpty else {
                throw DataError(.badInput, "empty symbol", at: SourceLocation(file: file, line: number, field: header[symbol]))
            }
            if let earlier = seen.updateValue(number, forKey: name) {
                throw DataError(.badInput, "symbol \"\(name)\" appears twice (also on line \(earlier))",
                                at: SourceLocation(file: file, line: number, field: header[symbol]))
            }
            records.append(ShortInterestRecord(symbol: name, settlementDate: day, shortShares: try value(current, required: true)!,
                                               averageDailyVolume: try value(volume, required: false),
                                               daysToCover: try value(cover, required: false)))
        }
        guard let date else { throw DataError(.badInput, "no rows (expected FINRA short interest)", at: SourceLocation(file: file)) }
        return (date, records)
    }
}
