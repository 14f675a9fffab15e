import Foundation
import RotationCore
import RotationData
import RotationText

/// `rotation check ARTICLE|-`.
public struct CheckRequest: Sendable {
    /// The article's text.
    public var text: String
    /// Read the article as of this day; `nil` means its dateline, else the subjects' last data day.
    public var asOf: TradingDay?
    /// The text of an alias file (`name,symbol` lines) extending the default table.
    public var aliases: String?
    /// A holdings or members file for breadth claims.
    public var members: String?
    /// Member prices for breadth claims: a wide price matrix or a directory of price files;
    /// `nil` = the members' symbols in the store (as `rotation breadth --prices`).
    public var prices: String?
    /// A fundamentals file for valuation claims.
    public var holdings: String?

    public init(text: String, asOf: TradingDay? = nil, aliases: String? = nil, members: String? = nil,
                holdings: String? = nil, prices: String? = nil) {
        self.text = text
        self.prices = prices
        self.asOf = asOf
        self.aliases = aliases
        self.members = members
        self.holdings = holdings
    }
}

extension RotationService {
    /// Extracts the article's numeric claims and checks each one against the store.
    public func check(_ request: CheckRequest) async throws -> CheckResult {
        var aliases = SubjectAliases.defaults
        if let file = request.aliases {
            do { aliases = try aliases.extended(withFile: file) } catch { throw Failure(.badInput, "aliases: \(error.description)") }
        }
        let extractor = ClaimExtractor(aliases: aliases)
        var asOf = request.asOf ?? Dateline.asOf(in: request.text)
        var loaded: [String: DailyBars] = [:]
        var missing: [String: String] = [:]
        func load(_ symbol: String) async {
            guard loaded[symbol] == nil, missing[symbol] == nil else { return }
            do { loaded[symbol] = try await source.loadBars(symbol) } catch {
                missing[symbol] = "no \(symbol) prices: \(Failure.from(error).message)"
            }
        }
        if asOf == nil {
            // No dated dateline: the first subject's last day of data, or the latest day on or
            // before it that a year-less dateline ("Dec 12") names.
            let draft = extractor.claims(in: request.text, asOf: TradingDay(year: 2100, month: 12, day: 31)!)
            for symbol in draft.compactMap(\.subject) {
                await load(symbol)
                if let last = loaded[symbol]?.days.last {
                    asOf = Dateline.asOf(in: request.text, reference: last) ?? last
                    break
                }
            }
        }
        guard let asOf else { return CheckResult(asOf: nil, claims: []) }
        let claims = extractor.claims(in: request.text, asOf: asOf)
        for claim in claims { for symbol in ClaimChecker.symbols(for: claim) { await load(symbol) } }
        // A reference for the market's last day, so that a series ending earlier is called stale.
        if !claims.isEmpty { await load("GSPC") }
        var checker = ClaimChecker(bars: loaded, missing: missing)
        checker.asOf = asOf
        if let members = request.members {
            let report = try await breadth(MembersInput(members: [members], prices: request.prices), asOf: nil, from: asOf.adding(days: -40), to: asOf)
            var shares: [TradingDay: MemberShares] = [:]
            for reading in report.report.series + [report.report.latest] where reading.covered > 0 {
                shares[reading.asOf] = MemberShares(up: Double(reading.advancers) / Double(reading.covered),
                                                    down: Double(reading.decliners) / Double(reading.covered))
            }
            let table = shares
            checker.breadth = { table[$0] }
        }
        if let holdings = request.holdings {
            let report = try valuation(holdings: holdings)
            checker.valuation = (report.pe.aggregate, report.peForward?.aggregate)
        }
        return CheckResult(asOf: asOf, claims: claims.map(checker.check))
    }

    /// The article at `path` (`-` for stdin) as text: 66 when it does not exist, 65 when it is
    /// not UTF-8 text (invalid UTF-8, or a NUL byte: a binary file).
    public static func readArticle(_ path: String) throws -> String {
        let bytes: [UInt8]
        if path == "-" {
            bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        } else {
            guard FileManager.default.fileExists(atPath: path) else {
                throw Failure(.missingInput, "\(path): no such file or directory")
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw Failure(.io, "\(path): cannot read the file")
            }
            bytes = [UInt8](data)
        }
        let name = path == "-" ? "standard input" : path
        guard !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) else {
            throw Failure(.badInput, "\(name): not UTF-8 text (binary or another encoding)")
        }
        return text
    }
}
