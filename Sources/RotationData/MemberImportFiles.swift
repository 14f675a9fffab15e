import Foundation
import RotationCore

/// The member file layouts `rotation import` recognises by their header, besides price,
/// return, rate and factor files.
public enum MemberFileLayout: String, Sendable, Equatable {
    /// An iShares-style holdings file (`ticker`, a weight column; optional text lines above).
    case holdings
    /// A member list with `weight_YYYY-MM-DD` columns (`smallcap_members.csv`).
    case membersList = "members"
    /// A wide matrix of member closes: `date`, then two or more upper-case ticker columns.
    case priceMatrix = "member_prices"

    /// The layout of a file from its first lines, or `nil` for any other CSV.
    ///
    /// - holdings: a header with `ticker` (or `symbol`) and `weight_pct`, `weight` or
    ///   `weight (%)`; or, within the first 40 lines, a line starting `Ticker,` below text lines.
    /// - member list: `ticker` and at least one `weight_YYYY-MM-DD` column.
    /// - price matrix: the first column written `date` or `Date` and at least two more, each an
    ///   upper-case ticker (letters, digits, `.`, `-`; at least one letter), none of them
    ///   `CLOSE`, `ADJ_CLOSE`, `RETURN` or `VALUE` (which make a price, return or rate file;
    ///   `OPEN` is a ticker). FRED's `DATE,SERIES` files keep their reader: `DATE` is upper-case.
    public static func detect(_ bytes: [UInt8]) -> MemberFileLayout? {
        var header: [String]?
        var laterTickerLine = false
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var lineCount = 0
        while start < bytes.count && lineCount < 40 && !laterTickerLine {
            var end = start
            while end < bytes.count && bytes[end] != 10 { end += 1 }
            let line = bytes[start..<end]
            start = end + 1
            guard !line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) else { continue }
            lineCount += 1
            if header == nil {
                header = String(decoding: line, as: UTF8.self).split(separator: ",", omittingEmptySubsequences: false).map { field in
                    String(field.filter { $0 != "\"" }).trimmingCharacters(in: .whitespacesAndNewlines)
                }
            } else {
                let prefix = String(decoding: line.prefix(8), as: UTF8.self).lowercased().filter { $0 != "\"" }
                laterTickerLine = prefix.hasPrefix("ticker,")
            }
        }
        guard let header else { return nil }
        let keys = header.map { $0.lowercased() }
        if keys.contains("ticker") || keys.contains("symbol") {
            if !MembersCSV.weightColumns(header).isEmpty { return .membersList }
            if keys.contains("weight_pct") || keys.contains("weight") || keys.contains("weight (%)") { return .holdings }
            return nil
        }
        if laterTickerLine { return .holdings }
        guard header.first == "date" || header.first == "Date", header.count >= 3 else { return nil }
        let tickers = header.dropFirst()
        // A price or return file needs one of these; tickers such as OPEN or LOW are fine.
        let priceNames: Set = ["close", "adj_close", "adj close", "return", "value"]
        guard !tickers.contains(where: { priceNames.contains($0.lowercased()) }) else { return nil }
        let tickerLike = tickers.allSatisfy { name in
            !name.isEmpty && name.contains(where: \.isUppercase)
                && name.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "." || $0 == "-" }
        }
        return tickerLike ? .priceMatrix : nil
    }
}

/// Reading member files for `rotation import`.
public enum MemberImportFiles {
    /// The import items of `path` when it is a member file, else `nil` (the caller reads it as
    /// a price, return, rate or factor file).
    ///
    /// A holdings file gives one snapshot of index `index` (default: the file name up to its
    /// first `_`, upper-cased: `IWM_holdings_2025-11-05.csv` → `IWM`), dated as `HoldingsCSV`
    /// says (`date`, when given, dates a holdings file whose text and name state none, and
    /// overrides them); a member list gives one snapshot per weight column; a matrix gives one item.
    public static func load(path: String, index: String? = nil, date: TradingDay? = nil) throws -> [BatchImportItem]? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
              let data = FileManager.default.contents(atPath: path) else { return nil }
        let bytes = [UInt8](data)
        guard let layout = MemberFileLayout.detect(bytes) else { return nil }
        let hash = ContentHash.fnv1a64(bytes)
        let name = index ?? defaultIndex(path)
        switch layout {
        case .holdings:
            let (snapshot, names) = try HoldingsCSV.parseWithNames(bytes: bytes, file: path, date: date)
            return [.snapshot(SnapshotImportItem(file: path, contentHash: hash, index: name, snapshot: snapshot, names: names))]
        case .membersList:
            return try MembersCSV.parse(bytes: bytes, file: path).map {
                .snapshot(SnapshotImportItem(file: path, contentHash: hash, index: name, snapshot: $0))
            }
        case .priceMatrix:
            let panel = try WideMatrixCSV.parse(bytes: bytes, file: path)
            return [.memberPrices(MemberPricesImportItem(file: path, contentHash: hash, panel: panel))]
        }
    }

    /// The file name up to its first `_` (or its stem), upper-cased.
    public static func defaultIndex(_ path: String) -> String {
        let stem = InputFiles.fileStem(path)
        return String(stem.split(separator: "_").first ?? Substring(stem)).uppercased()
    }
}
