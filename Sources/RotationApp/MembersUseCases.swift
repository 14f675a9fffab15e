import Foundation
import RotationCore
import RotationData

/// Inputs shared by `breadth` and `contribution`: membership snapshots and member prices.
public struct MembersInput: Sendable {
    /// Holdings files (iShares layout) or a members file (`ticker,sector,weight_YYYY-MM-DD…`).
    public var members: [String]
    /// The snapshot date of a holdings file whose name carries none.
    public var date: TradingDay?
    /// A wide price matrix (`date` then one column per ticker), or a directory of per-ticker CSV
    /// files; nil = the members' symbols in the store.
    public var prices: String?

    public init(members: [String], date: TradingDay? = nil, prices: String? = nil) {
        self.members = members
        self.date = date
        self.prices = prices
    }
}

/// A core report with the price basis it was computed on added as a top-level `basis` key.
public struct BasisEchoed<Report: Encodable & Sendable>: Sendable, Encodable {
    public var report: Report
    public var basis: PriceBasis

    public func encode(to encoder: any Encoder) throws {
        try report.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(basis, forKey: .basis)
    }

    private enum Key: String, CodingKey { case basis }
}

/// The `breadth` document.
public typealias BreadthResult = BasisEchoed<BreadthReport>

/// The `contribution` document.
public typealias ContributionResult = BasisEchoed<ContributionReport>

extension RotationService {
    /// Breadth of the members as of a day, or a dated series over `from…to`.
    public func breadth(_ input: MembersInput, asOf: TradingDay?, from: TradingDay?, to: TradingDay?) async throws -> BreadthResult {
        let (history, panel, basis) = try await membersData(input)
        guard let report = RotationCore.breadth(panel: panel, membership: history, asOf: asOf, from: from, to: to) else {
            throw DataError(.emptyWindow, "no member prices on or before \(asOf.map(String.init(describing:)) ?? "the as-of day") in \(input.prices ?? "the store")")
        }
        return BreadthResult(report: report, basis: basis)
    }

    /// Each member's and sector's contribution to the index return over `from…to`.
    public func contribution(_ input: MembersInput, from: TradingDay?, to: TradingDay?) async throws -> ContributionResult {
        let (history, panel, basis) = try await membersData(input)
        guard let report = RotationCore.contribution(panel: panel, membership: history, from: from, to: to) else {
            throw DataError(.emptyWindow, "fewer than two member price days between \(from.map(String.init(describing:)) ?? "the first day") and \(to.map(String.init(describing:)) ?? "the last day")")
        }
        return ContributionResult(report: report, basis: basis)
    }

    /// Index-level valuation under every convention, from a fundamentals file.
    public func valuation(holdings file: String) throws -> ValuationReport {
        let members = try FundamentalsCSV.parse(bytes: try Self.readBytes(file), file: file)
        return RotationCore.valuation(members: members)
    }

    private func membersData(_ input: MembersInput) async throws -> (MembershipHistory, MemberPanel, PriceBasis) {
        guard !input.members.isEmpty else { throw Failure(.usage, "--members FILE is required (a holdings or members file)") }
        var snapshots: [MembershipSnapshot] = []
        for file in input.members {
            if TradingDay(file) != nil {
                throw Failure(.usage, "--members \(file): the store does not keep membership snapshots yet; pass a holdings or members FILE")
            }
            snapshots += try MembersFile.parse(bytes: try Self.readBytes(file), file: file, date: input.date)
        }
        let history = MembershipHistory(snapshots)
        let panel: MemberPanel
        if let prices = input.prices {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: prices, isDirectory: &isDirectory), isDirectory.boolValue {
                var columns: [(ticker: String, days: [TradingDay], closes: [Double])] = []
                for file in try InputFiles.expand([prices]) {
                    for item in try InputFiles.load(path: file) {
                        guard case .bars(let bars) = item.payload else { continue }
                        columns.append((bars.symbol, bars.days, bars.closes(basis: .total)))
                    }
                }
                panel = MemberPanel(aligning: columns)
            } else {
                panel = try WideMatrixCSV.parse(bytes: try Self.readBytes(prices), file: prices)
            }
        } else {
            let tickers = Set(snapshots.flatMap { $0.members.keys })
            let held = Set(try await source.store().symbols().map(\.symbol))
            var columns: [(ticker: String, days: [TradingDay], closes: [Double])] = []
            for ticker in tickers.sorted() where held.contains(ticker) {
                let bars = try await source.loadBars(ticker)
                columns.append((ticker, bars.days, bars.closes(basis: .total)))
            }
            guard !columns.isEmpty else {
                throw DataError(.emptyWindow, "the store holds prices for none of the members; pass --prices FILE|DIR")
            }
            panel = MemberPanel(aligning: columns)
        }
        return (history, panel, .total)
    }

    /// A file's bytes, with the contract's missing-file and I/O errors.
    static func readBytes(_ path: String) throws -> [UInt8] {
        guard FileManager.default.fileExists(atPath: path) else {
            throw DataError(.missingFile, "no such file or directory", at: SourceLocation(file: path))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DataError(.io, "cannot read the file", at: SourceLocation(file: path))
        }
        return [UInt8](data)
    }
}
