import Foundation

/// Files of `../shared/data` (beside the package root), read as plain comma-separated text:
/// those files hold no quoted fields.
public enum SharedData {
    /// `…/shared/data`.
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/data")

    /// The full path of a file under `shared/data`.
    public static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    /// A table: header fields and rows of fields, as text exactly as written.
    public struct Table: Sendable {
        public var header: [String]
        public var rows: [[String]]

        /// The fields of the column named `name` in every row.
        public func column(_ name: String) -> [String] {
            guard let index = header.firstIndex(of: name) else { return [] }
            return rows.map { $0[index] }
        }

        /// The last `count` rows.
        public func suffix(_ count: Int) -> Table {
            Table(header: header, rows: Array(rows.suffix(count)))
        }
    }

    /// Reads `shared/data/RELATIVE`.
    public static func table(_ relative: String) throws -> Table {
        let text = try String(contentsOfFile: path(relative), encoding: .utf8)
        let lines = text.split(separator: "\n").map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        let split = { (line: String) in line.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        return Table(header: split(lines[0]), rows: lines.dropFirst().filter { !$0.isEmpty }.map(split))
    }
}
