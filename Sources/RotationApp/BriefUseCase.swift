import Foundation
import RotationCore
import RotationData

/// `rotation brief`: the market brief computed from whatever the store holds.
public struct BriefRequest: Sendable {
    public var asOf: TradingDay?
    /// `nil` = the standard small / large / tech universe with fallbacks.
    public var universe: Universe?
    public var basis: PriceBasis
    /// The windows of "the numbers" table.
    public var windows: [Window]
    /// Membership snapshots and member prices for the breadth section (`--members`, `--prices`).
    public var members: MembersInput?
    /// A fundamentals file for the valuation section (`--holdings`).
    public var holdings: String?

    public init(asOf: TradingDay? = nil, universe: Universe? = nil, basis: PriceBasis = .price,
                windows: [Window] = BriefRequest.standardWindows, members: MembersInput? = nil, holdings: String? = nil) {
        self.asOf = asOf
        self.universe = universe
        self.basis = basis
        self.windows = windows
        self.members = members
        self.holdings = holdings
    }

    /// Week, one month, year to date, six months, one year.
    public static let standardWindows: [Window] = ["week", "1m", "ytd", "6m", "1y"].compactMap { Window($0) }
}

extension RotationService {
    /// Composes the brief: the numbers, records, leadership and risk, and breadth and valuation
    /// when member or fundamentals files are given, with the data of its charts. On an empty
    /// store, first imports the bundled sample and says so.
    public func brief(_ request: BriefRequest) async throws -> BriefResult {
        var notes: [String] = []
        // Only the default store may be created here (to hold the bundled sample); a --db or
        // $ROTATION_DB that names no file is a mistake, refused like any other read.
        if source.location == StoreLocation.resolve(argument: nil, environment: StoreLocation.environmentWithoutDB) {
            source.createsStore = true
        }
        let store = try source.store()
        var held = try await store.symbols()
        if held.isEmpty {
            let reports = try await SampleData.load(into: store)
            held = try await store.symbols()
            notes.append("The store (\(source.location)) was empty, so Rotation loaded its bundled sample: "
                + "\(reports.map(\.symbol).joined(separator: ", ")) — \(SampleData.provenance) "
                + "Load current data with `rotation fetch --defaults` (Yahoo's indexes, ETFs and sector SPDRs, "
                + "FRED's DFF, the Fama–French factors), or import your own with `rotation import FILE|DIR`.")
        }
        let heldSymbols = Set(held.map(\.symbol))
        let explicit = request.universe != nil
        var sleeves: [(Sleeve, DailyBars)] = []
        for (role, candidates) in (request.universe ?? .standard).entries {
            guard let symbol = candidates.first(where: heldSymbols.contains) else {
                if explicit {
                    throw DataError(.unknownSymbol, "unknown symbol \"\(candidates[0])\" (rotation symbols lists what the store holds)")
                }
                notes.append("No \(Universe.roleName(role)) in the store (looked for \(candidates.joined(separator: ", "))).")
                continue
            }
            let bars = try await source.loadBars(symbol)
            sleeves.append((Sleeve(role: role, symbol: symbol, label: Universe.label(for: symbol)), bars))
        }
        guard !sleeves.isEmpty else {
            throw Failure(.missingInput, "the store holds none of the brief's symbols; import prices first (rotation import FILE|DIR)")
        }
        let limit = request.asOf ?? TradingDay(daysSinceEpoch: Int(Int32.max))
        let lastDays = sleeves.compactMap { _, bars in bars.lastIndex(onOrBefore: limit).map { bars.days[$0] } }
        guard lastDays.count == sleeves.count, let asOf = lastDays.min() else {
            throw DataError(.emptyWindow, "no data on or before \(request.asOf.map(String.init(describing:)) ?? "the as-of date") for every sleeve")
        }
        if request.asOf == nil, let latest = lastDays.max(), latest != asOf {
            notes.append("As of \(asOf), the last day every sleeve has data (the latest data end on \(latest)).")
        } else if let requested = request.asOf, asOf < requested {
            // Asked for a day after a sleeve's data end: every window ends on the common last day,
            // and the brief says so instead of mixing end days.
            let short = sleeves.filter { _, bars in bars.lastIndex(onOrBefore: limit).map { bars.days[$0] == asOf } ?? false }.map(\.1.symbol)
            notes.append("As of \(asOf), not \(requested): \(short.joined(separator: ", ")) data end on \(asOf), so every window ends there.")
        }
        let composer = BriefComposer(sleeves: sleeves, asOf: asOf, basis: request.basis)
        let analyses = await briefAnalyses(composer, request: request)
        var sections = [composer.numbers(windows: request.windows), composer.records()] + analyses.sections
        var sizeNotes: [String] = []
        // No small-cap index held (the bundled sample): the size factor, when held, tells the story.
        if !sleeves.contains(where: { $0.0.role == "small" }), let factor = Self.sizeFactor(among: held.map(\.symbol)) {
            do { sections.insert(try await sizeSection(factor: factor, composer: composer), at: 2) } catch { sizeNotes.append("size (\(factor)): \(error)") }
        }
        return BriefResult(asOf: asOf, basis: request.basis, universe: sleeves.map(\.0), notes: notes + analyses.notes + sizeNotes,
                           sections: sections, charts: analyses.charts)
    }
}
