import Foundation
import RotationCore
import RotationData

/// A `--members` value that names snapshots kept in the store rather than a file:
/// `DATE`, `INDEX@DATE` or `INDEX` (any argument that is not a file reference, i.e. has no `/`,
/// does not end in `.csv` and is not an existing file). With no `--members` at all the store's
/// snapshots are used when they belong to exactly one index.
///
/// The whole history of the index is used, so the snapshot in force (the latest on or before
/// each day) changes along a date range. `DATE` is the day the members are taken on: the
/// default `--as-of` of `breadth` and the default `--from` of `contribution`.
public struct StoredMembership: Sendable, Equatable {
    /// The index named, or `nil` for "the only index in the store".
    public var index: String?
    /// The day the members are taken on, when given.
    public var date: TradingDay?

    public init(index: String?, date: TradingDay?) {
        self.index = index
        self.date = date
    }

    /// Parses a `--members` argument; `nil` when it names a file.
    public static func parse(_ argument: String) -> StoredMembership? {
        if argument.isEmpty || InputFiles.isFileReference(argument) || FileManager.default.fileExists(atPath: argument) { return nil }
        if let day = TradingDay(argument) { return StoredMembership(index: nil, date: day) }
        if let at = argument.lastIndex(of: "@") {
            let name = String(argument[..<at]), dateText = String(argument[argument.index(after: at)...])
            guard !name.isEmpty, let day = TradingDay(dateText) else { return nil }
            return StoredMembership(index: name.uppercased(), date: day)
        }
        return StoredMembership(index: argument.uppercased(), date: nil)
    }
}

extension RotationService {
    /// The membership store, or a failure saying the store keeps no snapshots.
    func membershipStore() throws -> any MembershipStore {
        guard let store = try source.store() as? any MembershipStore else {
            throw Failure(.unavailable, "the store at \(source.location) does not keep membership snapshots; pass --members FILE")
        }
        return store
    }

    /// The snapshots `reference` names, checked against the days the command will report:
    /// every one of `days` must be on or after the first snapshot (else `emptyWindow`, exit 65).
    func storedHistory(_ reference: StoredMembership, days: [TradingDay]) async throws -> (index: String, history: MembershipHistory) {
        let store = try membershipStore()
        let index: String
        if let named = reference.index {
            index = named
        } else {
            let indexes = Array(Set(try await store.snapshotSummaries().map(\.index))).sorted()
            guard let only = indexes.first else {
                throw Failure(.usage, "the store holds no membership snapshots: pass --members FILE, or import holdings files first (rotation import FILE)")
            }
            guard indexes.count == 1 else {
                throw Failure(.usage, "the store holds snapshots of several indexes (\(indexes.joined(separator: ", "))): use --members INDEX@DATE or --members INDEX")
            }
            index = only
        }
        let history = try await store.membershipHistory(index: index)
        guard let first = history.firstDate else {
            throw DataError(.unknownSymbol, "no membership snapshots of \"\(index)\" in the store")
        }
        if let early = days.min(), early < first {
            throw DataError(.emptyWindow, "no \(index) membership snapshot on or before \(early) (the first in the store is \(first))")
        }
        return (index, history)
    }

    /// Member closes (adjusted, total basis) of every ticker in `history` that the store holds.
    func storedMemberPanel(_ history: MembershipHistory) async throws -> MemberPanel {
        let tickers = Set(history.snapshots.flatMap { $0.members.keys }).sorted()
        let bars: [DailyBars]
        if let store = try source.store() as? any MembershipStore {
            bars = try await store.loadBars(symbols: tickers)
        } else {
            let held = Set(try await source.store().symbols().filter { $0.kind == .price }.map(\.symbol))
            var loaded: [DailyBars] = []
            for ticker in tickers where held.contains(ticker) { loaded.append(try await source.loadBars(ticker)) }
            bars = loaded
        }
        let columns = bars.filter { !$0.isEmpty }.map { (ticker: $0.symbol, days: $0.days, closes: $0.closes(basis: .total)) }
        guard !columns.isEmpty else {
            throw DataError(.emptyWindow, "the store holds prices for none of the members; pass --prices FILE|DIR or import a member price matrix")
        }
        return MemberPanel(aligning: columns)
    }
}
