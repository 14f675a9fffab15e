import Foundation
import RotationCore
import RotationData

/// Inputs shared by `breadth` and `contribution`: membership snapshots and member prices.
public struct MembersInput: Sendable {
    /// Holdings files (iShares layout) or a members file (`ticker,sector,weight_YYYY-MM-DD…`);
    /// or one `DATE`, `INDEX@DATE` or `INDEX` naming the store's snapshots (`StoredMembership`);
    /// empty = the store's snapshots when they belong to one index.
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

    /// The store's snapshots this input names, or `nil` when it names files.
    func storedMembership() throws -> StoredMembership? {
        guard !members.isEmpty else { return StoredMembership(index: nil, date: nil) }
        let stored = members.compactMap(StoredMembership.parse)
        if stored.isEmpty { return nil }
        guard members.count == 1 else {
            throw Failure(.usage, "--members \(members.joined(separator: " ")): a DATE, INDEX@DATE or INDEX (the store's snapshots) cannot be combined with other --members values")
        }
        return stored[0]
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
    /// With the store's snapshots, `--members DATE` is the default as-of day.
    public func breadth(_ input: MembersInput, asOf: TradingDay?, from: TradingDay?, to: TradingDay?) async throws -> BreadthResult {
        let stored = try input.storedMembership()
        let asOf = asOf ?? (from == nil && to == nil ? stored?.date : nil)
        let (history, panel, basis) = try await membersData(input, stored: stored,
                                                            days: [stored?.date, asOf, from, to].compactMap { $0 })
        guard let report = RotationCore.breadth(panel: panel, membership: history, asOf: asOf, from: from, to: to) else {
            throw DataError(.emptyWindow, "no member prices on or before \(asOf.map(String.init(describing:)) ?? "the as-of day") in \(input.prices ?? "the store")")
        }
        return BreadthResult(report: report, basis: basis)
    }

    /// Each member's and sector's contribution to the index return over `from…to`.
    /// With the store's snapshots, `--members DATE` is the default start (`from`).
    public func contribution(_ input: MembersInput, from: TradingDay?, to: TradingDay?) async throws -> ContributionResult {
        let stored = try input.storedMembership()
        let from = from ?? stored?.date
        let (history, panel, basis) = try await membersData(input, stored: stored,
                                                            days: [stored?.date, from, to].compactMap { $0 })
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

    /// The membership history and member prices of `input`: from files, or (`stored`) from the
    /// store, checking that none of `days` precedes the first stored snapshot.
    private func membersData(_ input: MembersInput, stored: StoredMembership?,
                             days: [TradingDay]) async throws -> (MembershipHistory, MemberPanel, PriceBasis) {
        if let stored {
            let history = try await storedHistory(stored, days: days).history
            return (history, try await panel(input.prices, history: history), .total)
        }
        var snapshots: [MembershipSnapshot] = []
        for file in input.members {
            snapshots += try MembersFile.parse(bytes: try Self.readBytes(file), file: file, date: input.date)
        }
        let history = MembershipHistory(snapshots)
        return (history, try await panel(input.prices, history: history), .total)
    }

    /// Member closes from a wide matrix CSV or a directory of per-ticker price files, or
    /// (`prices` nil) the store's bars of the members in `history`.
    private func panel(_ prices: String?, history: MembershipHistory) async throws -> MemberPanel {
        guard let prices else { return try await storedMemberPanel(history) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: prices, isDirectory: &isDirectory), isDirectory.boolValue else {
            return try WideMatrixCSV.parse(bytes: try Self.readBytes(prices), file: prices)
        }
        var columns: [(ticker: String, days: [TradingDay], closes: [Double])] = []
        for file in try InputFiles.expand([prices]) {
            for item in try InputFiles.load(path: file) {
                guard case .bars(let bars) = item.payload else { continue }
                columns.append((bars.symbol, bars.days, bars.closes(basis: .total)))
            }
        }
        return MemberPanel(aligning: columns)
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
