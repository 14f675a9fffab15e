/// Who drove an index's return between two days, from member closes and start weights.
///
/// - Start and end: the last panel days on or before `from` (default: the first panel day) and
///   `to` (default: the last); the start must be earlier than the end.
/// - Weights: the snapshot in force on the start day (see `MembershipHistory`); market values
///   when every member has one, else published weights. Members with closes on both days are
///   covered; their weights are renormalised to sum to 1, and the uncovered share is reported.
/// - Member return `rᵢ = close_end / close_start − 1`; contribution `wᵢ rᵢ`; index return
///   `Σ wᵢ rᵢ` (a buy-and-hold portfolio of the start weights, which is what a cap-weighted
///   index does between reconstitutions). Equal-weight return: the mean `rᵢ`.
/// - Effective number of names: `1 / Σ wᵢ²` (the inverse Herfindahl index).
///
/// Returns `nil` when there is no snapshot, fewer than two panel days in the window, or the
/// start is not before the end.
public func contribution(panel: MemberPanel, membership: MembershipHistory,
                         from: TradingDay? = nil, to: TradingDay? = nil) -> ContributionReport? {
    let startRow = from.map { panel.days.lastIndex(onOrBefore: $0) } ?? (panel.days.isEmpty ? nil : 0)
    let endRow = to.map { panel.days.lastIndex(onOrBefore: $0) } ?? panel.days.indices.last
    guard let startRow, let endRow, startRow < endRow,
          let (snapshotIndex, precedesFirst) = membership.inForce(on: panel.days[startRow]) else { return nil }
    let snapshot = membership.snapshots[snapshotIndex]

    var covered: [(symbol: String, holding: MemberHolding, raw: Double, ret: Double)] = []
    var totalRaw = 0.0
    // Tickers in sorted order, so that the sums (and the last bits of every figure) do not
    // depend on the dictionary's per-process iteration order.
    for symbol in snapshot.members.keys.sorted() {
        let holding = snapshot.members[symbol]!
        let raw = snapshot.rawWeight(of: holding)
        totalRaw += raw
        guard let start = panel.close(symbol, at: startRow), let end = panel.close(symbol, at: endRow),
              start > 0 else { continue }
        covered.append((symbol, holding, raw, end / start - 1))
    }
    let coveredRaw = covered.reduce(0) { $0 + $1.raw }
    var rows = covered.map { member in
        let weight = coveredRaw > 0 ? member.raw / coveredRaw : 0
        return ContributionRow(symbol: member.symbol, sector: member.holding.sector, weight: weight,
                               return: member.ret, contribution: weight * member.ret)
    }
    rows.sort { $0.contribution != $1.contribution ? $0.contribution > $1.contribution : $0.symbol < $1.symbol }

    let hasWeight = coveredRaw > 0
    let indexReturn: Double? = hasWeight ? rows.reduce(0) { $0 + $1.contribution } : nil
    let equalReturn: Double? = rows.isEmpty ? nil : rows.reduce(0) { $0 + $1.return } / Double(rows.count)
    let squares = rows.reduce(0) { $0 + $1.weight * $1.weight }

    var notes: [String] = []
    if precedesFirst {
        notes.append("the start \(panel.days[startRow]) precedes the first membership snapshot; its members and weights (\(snapshot.date)) are used")
    }
    if covered.count < snapshot.count {
        notes.append("\(snapshot.count - covered.count) of \(snapshot.count) members lack a close on \(panel.days[startRow]) or \(panel.days[endRow]) and are left out; covered weights are renormalised")
    }
    return ContributionReport(
        startDate: panel.days[startRow], endDate: panel.days[endRow], snapshotDate: snapshot.date,
        weighting: snapshot.hasMarketValues ? "market_value" : "weight",
        indexReturn: indexReturn, equalWeightReturn: equalReturn,
        capMinusEqual: indexReturn.flatMap { i in equalReturn.map { i - $0 } },
        effectiveNames: hasWeight && squares > 0 ? 1 / squares : nil,
        members: snapshot.count, covered: covered.count,
        uncoveredWeight: totalRaw > 0 ? 1 - coveredRaw / totalRaw : 0,
        rows: rows, sectors: contributionSectors(rows, indexReturn: indexReturn),
        topShare: contributionTopShare(rows, indexReturn: indexReturn, largestWeights: false),
        largestWeightsShare: contributionTopShare(rows, indexReturn: indexReturn, largestWeights: true),
        notes: notes)
}

/// Rows grouped by sector, largest contribution first.
func contributionSectors(_ rows: [ContributionRow], indexReturn: Double?) -> [ContributionSector] {
    var bySector: [String: ContributionSector] = [:]
    for row in rows {
        let name = row.sector ?? "Unknown"
        var sector = bySector[name] ?? ContributionSector(sector: name, members: 0, weight: 0, return: nil,
                                                          contribution: 0, shareOfReturn: nil)
        sector.members += 1
        sector.weight += row.weight
        sector.contribution += row.contribution
        bySector[name] = sector
    }
    return bySector.values.map { sector in
        var s = sector
        s.return = s.weight > 0 ? s.contribution / s.weight : nil
        s.shareOfReturn = indexReturn.flatMap { $0 != 0 ? s.contribution / $0 : nil }
        return s
    }.sorted { $0.contribution != $1.contribution ? $0.contribution > $1.contribution : $0.sector < $1.sector }
}

/// Share of the index return from the top 10 / 50 rows: by contribution in the return's
/// direction, or by weight.
func contributionTopShare(_ rows: [ContributionRow], indexReturn: Double?, largestWeights: Bool) -> ContributionTopShare {
    guard let indexReturn, indexReturn != 0, !rows.isEmpty else { return ContributionTopShare(top10: nil, top50: nil) }
    let ordered: [ContributionRow]
    if largestWeights {
        ordered = rows.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.symbol < $1.symbol }
    } else {
        ordered = indexReturn > 0 ? rows : rows.reversed()
    }
    func share(_ k: Int) -> Double { ordered.prefix(k).reduce(0) { $0 + $1.contribution } / indexReturn }
    return ContributionTopShare(top10: share(10), top50: share(50))
}
