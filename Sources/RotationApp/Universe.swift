import Foundation
import RotationCore
import RotationData

/// The sleeves a brief compares, from `--universe small=RUT,large=GSPC,tech=IXIC`.
///
/// Without `--universe`, each default role takes the first candidate the store holds:
/// small = RUT, then IWM; large = GSPC, then SPY; tech = IXIC, then NDX, then QQQ. A role with
/// no candidate in the store is left out and named in the brief's notes.
public struct Universe: Sendable, Equatable {
    public var entries: [(role: String, candidates: [String])]

    public static func == (lhs: Universe, rhs: Universe) -> Bool {
        lhs.entries.map(\.role) == rhs.entries.map(\.role) && lhs.entries.map(\.candidates) == rhs.entries.map(\.candidates)
    }

    /// Small caps, large caps, tech, with fallbacks.
    public static let standard = Universe(entries: [
        ("small", ["RUT", "IWM"]),
        ("large", ["GSPC", "SPY"]),
        ("tech", ["IXIC", "NDX", "QQQ"]),
    ])

    /// Parses `role=SYMBOL,role=SYMBOL`.
    public static func parse(_ text: String) throws -> Universe {
        var entries: [(String, [String])] = []
        for part in text.split(separator: ",") {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, !pair[0].isEmpty, !pair[1].isEmpty else {
                throw Failure(.usage, "--universe: expected ROLE=SYMBOL[,ROLE=SYMBOL…], got \"\(part)\"")
            }
            entries.append((pair[0], [pair[1].uppercased()]))
        }
        guard !entries.isEmpty else { throw Failure(.usage, "--universe: expected ROLE=SYMBOL[,ROLE=SYMBOL…]") }
        return Universe(entries: entries)
    }

    /// Display names for well-known symbols.
    public static func label(for symbol: String) -> String {
        switch symbol {
        case "RUT": "Russell 2000"
        case "IWM": "Russell 2000 ETF (IWM)"
        case "GSPC": "S&P 500"
        case "SPY": "S&P 500 ETF (SPY)"
        case "IXIC": "Nasdaq Composite"
        case "NDX": "Nasdaq-100"
        case "QQQ": "Nasdaq-100 ETF (QQQ)"
        case "DJI": "Dow Jones Industrial Average"
        default: symbol
        }
    }

    /// Human name for a role.
    public static func roleName(_ role: String) -> String {
        switch role {
        case "small": "small caps"
        case "large": "large caps"
        case "tech": "tech"
        default: role
        }
    }
}
