import Foundation
import RotationText

/// Number formats shared by the text renderings (CLI tables, brief, pages).
public enum Formatting {
    /// A fraction as a signed percentage with two decimals: 0.04123 → "+4.12%"; nil → "n/a".
    public static func percent(_ fraction: Double?, decimals: Int = 2) -> String {
        guard let fraction else { return "n/a" }
        let text = String(format: "%+.\(decimals)f%%", fraction * 100)
        return text.replacingOccurrences(of: "-", with: "−")
    }

    /// A difference of two fractions in percentage points: 0.0181 → "1.81 points".
    public static func points(_ fraction: Double, decimals: Int = 2) -> String {
        String(format: "%.\(decimals)f", abs(fraction) * 100) + " percentage points"
    }

    /// A price or index level with thousands separators and two decimals: 2559.61 → "2,559.61".
    public static func level(_ value: Double?, decimals: Int = 2) -> String {
        guard let value else { return "n/a" }
        return CheckFormat.grouped(String(format: "%.\(decimals)f", abs(value)), negative: value < 0)
    }

    /// A plain decimal for ratios and statistics.
    public static func decimal(_ value: Double?, decimals: Int = 4) -> String {
        guard let value else { return "n/a" }
        return String(format: "%.\(decimals)f", value).replacingOccurrences(of: "-", with: "−")
    }

    /// A checked claim's value in its unit: percent for returns and shares, a level with
    /// separators, a count, a ratio (`rotation check` and the check page).
    public static func claimValue(_ value: Double, kind: ClaimKind) -> String {
        switch kind {
        case .return, .relative, .breadth, .shortInterest, .fromRecord: percent(value)
        case .streak: String(Int(value))
        case .coMovement, .valuation, .points: decimal(value, decimals: 2)
        case .level, .recordClose, .intradayHigh, .intradayLow: level(value)
        }
    }
}
