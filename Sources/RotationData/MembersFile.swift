import RotationCore

/// A `--members FILE`: a member list with dated weight columns (`MembersCSV`) or a single
/// holdings file (`HoldingsCSV`), told apart by the header.
public enum MembersFile {
    /// Snapshots from either format. `date` applies to a holdings file only (else its name's date).
    public static func parse(bytes: [UInt8], file: String, date: TradingDay? = nil) throws -> [MembershipSnapshot] {
        let table = try MembersCSVTable(bytes: bytes, file: file)
        if !MembersCSV.weightColumns(table.header).isEmpty {
            return try MembersCSV.parse(bytes: bytes, file: file)
        }
        return [try HoldingsCSV.parse(bytes: bytes, file: file, date: date)]
    }
}
