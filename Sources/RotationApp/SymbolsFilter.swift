import RotationCore
import RotationData

/// `rotation symbols --kind KIND [PATTERN]`: which of the held symbols to list.
///
/// Kinds are the stored kinds (`price`, `return`, `rate`, `factor`) and `member`, the member
/// prices a wide matrix wrote (`SymbolSummary.memberPrices`); `price` then means the user's own
/// price series only. A pattern is a case-insensitive glob over the symbol (`*` any run of
/// characters, `?` one character): `XL*`, `*#SMB`.
public struct SymbolsFilter: Sendable, Equatable {
    /// The kinds `--kind` accepts, in the order the error lists them.
    public static let kinds = ["price", "return", "rate", "factor", "member"]

    public var kind: String?
    public var pattern: String?

    /// - Throws: `Failure(.usage)` for a kind not in `kinds`.
    public init(kind: String? = nil, pattern: String? = nil) throws {
        if let kind, !Self.kinds.contains(kind.lowercased()) {
            throw Failure(.usage, "--kind \(kind): expected one of \(Self.kinds.joined(separator: ", "))")
        }
        self.kind = kind?.lowercased()
        self.pattern = pattern
    }

    /// True when `summary` passes the kind and the pattern.
    public func admits(_ summary: SymbolSummary) -> Bool {
        if let kind {
            if kind == "member" {
                guard summary.memberPrices else { return false }
            } else if summary.kind.rawValue != kind || summary.memberPrices {
                return false
            }
        }
        if let pattern, !Self.glob(Array(pattern.uppercased()), matches: Array(summary.symbol.uppercased())) {
            return false
        }
        return true
    }

    /// `*` and `?` glob matching (iterative, with backtracking to the last `*`).
    static func glob(_ pattern: [Character], matches text: [Character]) -> Bool {
        var p = 0, t = 0, star = -1, mark = 0
        while t < text.count {
            if p < pattern.count && (pattern[p] == "?" || pattern[p] == text[t]) {
                p += 1; t += 1
            } else if p < pattern.count && pattern[p] == "*" {
                star = p; mark = t; p += 1
            } else if star >= 0 {
                p = star + 1; mark += 1; t = mark
            } else {
                return false
            }
        }
        while p < pattern.count && pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }
}

extension SymbolsResult {
    /// The result with only the symbols `filter` admits (snapshots are kept unless a kind is given).
    public func filtered(by filter: SymbolsFilter) -> SymbolsResult {
        SymbolsResult(symbols: symbols.filter(filter.admits),
                      snapshots: filter.kind == nil && filter.pattern == nil ? snapshots : [])
    }
}
