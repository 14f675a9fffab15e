import Foundation
import RotationCore
import RotationData

/// Shared real data (`../shared/data/constituents`) and the breadth golden files, found from
/// this source file.
enum MembersTestData {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let constituents = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/constituents")
    static let golden = packageRoot.appendingPathComponent("Tests/RotationCoreTests/Golden/breadth")

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: constituents.appendingPathComponent(name)))
    }

    static let holdingsDates = ["2025-05-13", "2025-11-05", "2026-05-05"]

    /// The three holdings files as snapshots, dated from their names.
    static func holdings() throws -> MembershipHistory {
        MembershipHistory(try holdingsDates.map { date in
            let name = "IWM_holdings_\(date).csv"
            return try HoldingsCSV.parse(bytes: bytes(name), file: "constituents/\(name)")
        })
    }

    static let panel = Result { try WideMatrixCSV.parse(bytes: bytes("smallcap_adj_closes_wide.csv"),
                                                       file: "constituents/smallcap_adj_closes_wide.csv") }

    /// A fixture's bytes from a string literal.
    static func fixture(_ text: String) -> [UInt8] { Array(text.utf8) }
}
