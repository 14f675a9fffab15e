/// Names of indices and funds mapped to the symbols the store holds.
///
/// Matching is on tokens (case-insensitive, punctuation kept), so "S&P 500's" contains the
/// alias "S&P 500" and "Nasdaq-100" is not "Nasdaq". Longer aliases win over shorter ones.
public struct SubjectAliases: Sendable, Equatable {
    /// (alias tokens, symbol), longest alias first.
    public private(set) var entries: [(tokens: [TextToken], name: String, symbol: String)]

    public static func == (lhs: SubjectAliases, rhs: SubjectAliases) -> Bool {
        lhs.entries.map(\.name) == rhs.entries.map(\.name) && lhs.entries.map(\.symbol) == rhs.entries.map(\.symbol)
    }

    /// The symbol of a name that is no subject at all (a data source: "Dow Jones Market Data").
    public static let notASubject = "~"

    /// The default table: Russell 2000 / small caps → RUT, S&P 500 → GSPC, Nasdaq (Composite) →
    /// IXIC, Nasdaq-100 → NDX, Dow → DJI, and the ETFs IWM, SPY, QQQ, DIA by ticker.
    public static let defaults: SubjectAliases = {
        var table = SubjectAliases(entries: [])
        let pairs: [(String, String)] = [
            ("Russell 2000", "RUT"), ("Russell 2000 index", "RUT"), ("small caps", "RUT"), ("small-caps", "RUT"),
            ("small-cap index", "RUT"), ("small-cap stocks", "RUT"), ("small cap stocks", "RUT"), ("Russell", "RUT"),
            ("S&P 500", "GSPC"), ("S&P 500 index", "GSPC"), ("S&P", "GSPC"), ("large caps", "GSPC"), ("large-cap stocks", "GSPC"),
            ("Nasdaq", "IXIC"), ("Nasdaq Composite", "IXIC"), ("tech-heavy Nasdaq", "IXIC"),
            ("Nasdaq-100", "NDX"), ("Nasdaq 100", "NDX"),
            ("Dow", "DJI"), ("Dow Jones Industrial Average", "DJI"), ("Dow Jones", "DJI"), ("blue-chip Dow", "DJI"),
            ("IWM", "IWM"), ("SPY", "SPY"), ("QQQ", "QQQ"), ("DIA", "DIA"), ("IJR", "IJR"), ("IWN", "IWN"), ("IWO", "IWO"),
            ("VB", "VB"), ("VBR", "VBR"), ("XLK", "XLK"), ("XLF", "XLF"), ("XLE", "XLE"), ("XLI", "XLI"), ("XLV", "XLV"),
            ("XLY", "XLY"), ("XLP", "XLP"), ("XLU", "XLU"), ("XLB", "XLB"), ("XLRE", "XLRE"), ("XLC", "XLC"),
            ("small-cap benchmark", "RUT"), ("small-cap gauge", "RUT"), ("small-cap Russell 2000", "RUT"),
            ("small-cap shares", "RUT"), ("small-company stocks", "RUT"),
            ("Russell 2000 small-cap index", "RUT"), ("iShares Russell 2000 ETF", "IWM"),
            ("Nasdaq Composite index", "IXIC"), ("tech-heavy Nasdaq Composite", "IXIC"), ("tech-heavy index", "IXIC"),
            ("Nasdaq 100 index", "NDX"), ("Nasdaq-100 index", "NDX"), ("tech-heavy Nasdaq 100", "NDX"),
            ("blue-chip index", "DJI"), ("blue-chip average", "DJI"), ("blue chips", "DJI"), ("blue-chip stocks", "DJI"),
            ("Dow Industrials", "DJI"), ("Dow Jones industrials", "DJI"), ("blue-chip Dow Jones Industrial Average", "DJI"),
            ("broader index", "GSPC"), ("broad index", "GSPC"), ("broader market", "GSPC"), ("broad market", "GSPC"),
            ("NDX", "NDX"), ("SPX", "GSPC"), ("GSPC", "GSPC"), ("RUT", "RUT"), ("DJI", "DJI"), ("DJIA", "DJI"), ("COMP", "IXIC"), ("IXIC", "IXIC"),
            ("Dow Industrial Average", "DJI"), ("Dow Jones industrial average", "DJI"), ("S&P index", "GSPC"),
            ("large-cap index", "GSPC"), ("large-cap benchmark", "GSPC"), ("large-cap gauge", "GSPC"), ("broad S&P 500", "GSPC"),
            ("large-cap S&P 500", "GSPC"), ("Standard & Poor's 500", "GSPC"), ("S&P 500 index", "GSPC"),
            // Indexes and assets the store does not hold: named so that their figures are never
            // given to a neighbouring index ("Russell 1000" is not "Russell").
            ("Global Dow", ""), ("S&P 600", ""), ("S&P SmallCap 600", ""), ("S&P Small Cap 600", ""), ("S&P MidCap 400", ""), ("S&P 400", ""),
            ("S&P 500 equal weight", ""), ("equal-weight S&P 500", ""), ("equal-weighted S&P 500", ""),
            ("S&P 500 Equal Weight index", ""), ("S&P 500 futures", ""), ("S&P futures", ""), ("Nasdaq futures", ""),
            ("Nasdaq 100 futures", ""), ("Nasdaq-100 futures", ""), ("Dow futures", ""), ("Russell 2000 futures", ""),
            ("E-mini", ""), ("S&P 500 e-minis", ""),
            ("Russell 1000", ""), ("Russell 3000", ""), ("Russell 2000 Value", ""), ("Russell 2000 Growth", ""),
            ("Russell 2000 value index", ""), ("Russell 2000 growth index", ""), ("Russell Microcap", ""), ("Russell Midcap", ""),
            ("Russell 1000 Value", ""), ("Russell 1000 Growth", ""), ("Russell Top 200", ""),
            ("Dow Jones Transportation Average", ""), ("Dow transports", ""), ("Dow Jones Transportation", ""),
            ("transportation average", ""), ("Dow Jones Utility Average", ""), ("Dow utilities", ""),
            ("NYSE Composite", ""), ("Nasdaq Biotechnology", ""), ("Philadelphia Semiconductor", ""), ("Philadelphia SE Semiconductor", ""),
            ("semiconductor index", ""), ("chip index", ""), ("VIX", ""), ("Cboe Volatility", ""), ("volatility index", ""),
            ("KBW", ""), ("regional bank index", ""), ("Stoxx 600", ""), ("STOXX", ""), ("FTSE", ""), ("Nikkei", ""),
            ("DAX", ""), ("CAC", ""), ("Hang Seng", ""), ("MSCI", ""), ("TSX", ""), ("bitcoin", ""), ("gold", ""),
            ("oil", ""), ("crude", ""), ("Brent", ""), ("dollar", ""), ("dollar index", ""), ("Treasury", ""), ("Treasuries", ""),
            ("yield", ""), ("yields", ""), ("Wilshire 5000", ""), ("Magnificent Seven", ""),
            ("Magnificent 7", ""), ("Mag 7", ""), ("MDY", ""), ("RSP", ""), ("SOXX", ""), ("SMH", ""),
            ("small-cap value", ""), ("small-cap growth", ""), ("small-cap value stocks", ""), ("small-cap growth stocks", ""),
            // Sources of data, never subjects.
            ("Dow Jones Market Data", notASubject), ("Dow Jones Indices", notASubject), ("S&P Dow Jones Indices", notASubject),
            ("S&P Global", notASubject), ("Dow Jones Newswires", notASubject), ("FTSE Russell", notASubject),
        ]
        for (name, symbol) in pairs { table.add(name: name, symbol: symbol) }
        return table
    }()

    init(entries: [(tokens: [TextToken], name: String, symbol: String)]) {
        self.entries = entries
    }

    /// Adds (or replaces) an alias; the table stays ordered longest alias first.
    public mutating func add(name: String, symbol: String) {
        let tokens = Tokenizer.tokens(name)
        guard !tokens.isEmpty else { return }
        entries.removeAll { $0.tokens == tokens }
        entries.append((tokens, name, symbol.uppercased()))
        entries.sort { $0.tokens.count > $1.tokens.count }
    }

    /// The table extended with a user file of `name,symbol` lines. Blank lines, lines starting
    /// with `#` and a header line `name,symbol` are skipped.
    ///
    /// - Throws: `AliasFileError` naming the line of a row that is not `name,symbol`.
    public func extended(withFile text: String) throws(AliasFileError) -> SubjectAliases {
        var table = self
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let row = Sentences.trimmed(String(line))
            if row.isEmpty || row.hasPrefix("#") || row.lowercased() == "name,symbol" { continue }
            let fields = row.split(separator: ",", omittingEmptySubsequences: false).map { Sentences.trimmed(String($0)) }
            guard fields.count == 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw AliasFileError(line: number, text: row)
            }
            table.add(name: fields[0], symbol: fields[1])
        }
        return table
    }

    /// The alias starting at token `index`: its symbol and length in tokens; `nil` when none.
    public func match(_ tokens: [TextToken], at index: Int) -> (symbol: String, length: Int)? {
        for entry in entries where index + entry.tokens.count <= tokens.count {
            if Array(tokens[index..<(index + entry.tokens.count)]) == entry.tokens {
                return (entry.symbol, entry.tokens.count)
            }
        }
        return nil
    }
}

/// A line of an alias file that is not `name,symbol`.
public struct AliasFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var text: String

    public var description: String { "line \(line): expected \"name,symbol\", got \"\(text)\"" }
}
