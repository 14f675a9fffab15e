/// Index-level fundamentals from per-member figures, every P/E convention side by side
/// (definitions in `ValuationPriceEarnings`, `ValuationBridge` and `ValuationReport`).
///
/// Worked example (a unit test): caps 500 / 50 / 200 with earnings 50 / 0.1 / −20 give
/// aggregate 750 / 30.1 = 24.92, excluding losses 550 / 50.1 = 10.98 and losses as zero
/// 750 / 50.1 = 14.97. A member without market cap or earnings is left out of the P/E figures
/// and counted; all members losing money makes every P/E `nil`, with a note saying why.
public func valuation(members: [ValuationMember]) -> ValuationReport {
    let trailing = ValuationPriceEarnings.Sums(members.map { ($0.marketCap, $0.earningsTrailing) })
    let pe = ValuationPriceEarnings(trailing)
    let hasForward = members.contains { $0.earningsForward != nil }
    let forward = hasForward ? ValuationPriceEarnings(.init(members.map { ($0.marketCap, $0.earningsForward) })) : nil

    func ratio(_ pairs: [(Double?, Double?)], positiveDenominator: Bool = false) -> Double? {
        var top = 0.0, bottom = 0.0, used = 0
        for case let (a?, b?) in pairs { top += a; bottom += b; used += 1 }
        guard used > 0, positiveDenominator ? bottom > 0 : bottom != 0 else { return nil }
        return top / bottom
    }
    let evToSales = ratio(members.map { ($0.enterpriseValue, $0.sales) }, positiveDenominator: true)
    let growth = ratio(members.map { ($0.earningsForward, $0.earningsForward == nil ? nil : $0.earningsTrailing) },
                       positiveDenominator: true).map { $0 - 1 }
    let shortFloat = ratio(members.map { ($0.shortInterest, $0.floatShares) }, positiveDenominator: true)
    let shortCap = ratio(members.map { m in
        (m.shortInterest.flatMap { s in m.pricePerShare.map { s * $0 } }, m.shortInterest == nil ? nil : m.marketCap)
    }, positiveDenominator: true)

    var notes: [String] = []
    if trailing.missing > 0 {
        notes.append("\(trailing.missing) of \(members.count) members lack a market cap or trailing earnings and are left out of the P/E figures")
    }
    if pe.aggregate == nil && trailing.used > 0 {
        notes.append("pe.aggregate is null: the members' trailing earnings sum to \(ValuationBridge.fixed(trailing.earnings)), not a profit")
    }
    if pe.excludingLosses == nil && trailing.used > 0 {
        notes.append("pe.excluding_losses, pe.losses_as_zero and pe.median are null: no member has positive trailing earnings")
    }
    if trailing.used == 0 { notes.append("no member has both a market cap and trailing earnings") }
    return ValuationReport(
        members: members.count, pe: pe, peForward: forward,
        shareUnprofitableCount: trailing.used > 0 ? Double(trailing.losing) / Double(trailing.used) : nil,
        shareUnprofitableCap: trailing.cap > 0 ? trailing.losingCap / trailing.cap : nil,
        evToSales: evToSales, earningsGrowth: growth, shortInterestPctFloat: shortFloat,
        shortInterestPctCap: shortCap, bridge: ValuationBridge(trailing, pe), notes: notes)
}
