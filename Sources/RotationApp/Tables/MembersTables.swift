import Foundation
import RotationCore

/// `breadth`, `contribution` and `valuation` as tables.
public enum MembersTables {
    /// The as-of day's readings (`latest`), then every day of the range (`days`: head and tail in
    /// text; the table CSV writes by default, a single row without `--from`/`--to`).
    public static func breadth(_ result: BreadthResult) -> TableDocument {
        var document = TableDocument(csvDefault: "days")
        let r = result.report.latest
        document.line("Breadth as of \(r.asOf) (snapshot \(r.snapshotDate.map(String.init(describing:)) ?? "n/a")): "
            + "\(r.covered) of \(r.members) members covered")
        func share(_ value: Double?) -> String { Formatting.percent(value).replacingOccurrences(of: "+", with: "") }
        let rows: [[String]] = [
            ["Advancers / decliners / unchanged", "\(r.advancers) / \(r.decliners) / \(r.unchanged)"],
            ["Share up", share(r.shareUp)],
            ["Highest since", r.highestSince.map(String.init(describing:)) ?? (r.recordInHistory ? "start of history" : "n/a")],
            ["Above 50-day average", share(r.pctAbove50d)],
            ["Above 200-day average", share(r.pctAbove200d)],
            ["52-week highs / lows", "\(r.newHighs52w.map(String.init) ?? "n/a") / \(r.newLows52w.map(String.init) ?? "n/a")"],
            ["McClellan oscillator", Formatting.decimal(r.mcclellan.oscillator, decimals: 2)],
            ["McClellan ratio-adjusted", Formatting.decimal(r.mcclellan.ratioAdjusted, decimals: 2)],
            ["Summation index", Formatting.decimal(r.mcclellan.summation, decimals: 2)],
        ]
        document.table(ResultTable(name: "latest", columns: [TableColumn("Reading", key: "reading"), TableColumn("Value", key: "value")],
                                   rows: rows.map { $0.map { .text($0) } }))
        let series = result.report.series
        document.table(ResultTable(name: "days", title: "Every day, \(series.first?.asOf.description ?? "?") to \(r.asOf)", columns: [
            TableColumn("Date", key: "date", unit: .date), TableColumn("Covered", key: "covered", unit: .count),
            TableColumn("Adv", key: "advancers", unit: .count), TableColumn("Dec", key: "decliners", unit: .count),
            TableColumn("Unch", key: "unchanged", unit: .count),
            TableColumn("Share up", key: "share_up", unit: .fraction(signed: false)),
            TableColumn(">50d", key: "above_50d", unit: .fraction(signed: false)),
            TableColumn(">200d", key: "above_200d", unit: .fraction(signed: false)),
            TableColumn("52w highs", key: "new_highs_52w", unit: .count), TableColumn("52w lows", key: "new_lows_52w", unit: .count),
            TableColumn("McClellan", key: "mcclellan_oscillator", unit: .ratio(decimals: 2)),
            TableColumn("Summation", key: "mcclellan_summation", unit: .ratio(decimals: 2)),
        ], rows: series.map { d in
            [.date(d.asOf), .integer(d.covered), .integer(d.advancers), .integer(d.decliners), .integer(d.unchanged),
             .number(d.shareUp), .number(d.pctAbove50d), .number(d.pctAbove200d), .integer(d.newHighs52w), .integer(d.newLows52w),
             .number(d.mcclellan.oscillator), .number(d.mcclellan.summation)]
        }, textRows: .headAndTail(5), showsInText: series.count > 1))
        for note in result.report.notes { document.line("Note: \(note)") }
        return document
    }

    /// The heading, the top contributors (`members`, the first `top` in text), the detractors
    /// (`detractors`: negative contributions, worst first), the sectors (`sectors`) and the concentration line.
    public static func contribution(_ result: ContributionResult, top: Int) -> TableDocument {
        var document = TableDocument()
        let r = result.report
        func share(_ value: Double?) -> String { Formatting.percent(value).replacingOccurrences(of: "+", with: "") }
        document.line("Contribution \(r.startDate) to \(r.endDate) (snapshot \(r.snapshotDate), \(r.weighting) weights): "
            + "index \(Formatting.percent(r.indexReturn)), equal weight \(Formatting.percent(r.equalWeightReturn)), "
            + "\(r.covered) of \(r.members) covered, uncovered weight \(share(r.uncoveredWeight)), "
            + "effective names \(Formatting.decimal(r.effectiveNames, decimals: 1))")
        let memberColumns = [
            TableColumn("Symbol", key: "symbol"), TableColumn("Sector", key: "sector", missing: ""),
            TableColumn("Weight", key: "weight", unit: .fraction(signed: false)), TableColumn("Return", key: "return", unit: .fraction()),
            TableColumn("Contribution", key: "contribution", unit: .fraction(decimals: 3)),
        ]
        func cells(_ row: ContributionRow) -> [TableCell] {
            [.text(row.symbol), .text(row.sector), .number(row.weight), .number(row.return), .number(row.contribution)]
        }
        document.table(ResultTable(name: "members", columns: memberColumns, rows: r.rows.map(cells), textRows: .first(top)))
        let detractors = r.rows.filter { $0.contribution < 0 }.sorted {
            $0.contribution != $1.contribution ? $0.contribution < $1.contribution : $0.symbol < $1.symbol
        }
        document.table(ResultTable(name: "detractors", title: "Detractors (worst first)", columns: memberColumns,
                                   rows: detractors.map(cells), textRows: .first(top)))
        if !r.sectors.isEmpty {
            document.table(ResultTable(name: "sectors", title: "Sectors", columns: [
                TableColumn("Sector", key: "sector"), TableColumn("Members", key: "members", unit: .count),
                TableColumn("Weight", key: "weight", unit: .fraction(signed: false)), TableColumn("Return", key: "return", unit: .fraction()),
                TableColumn("Contribution", key: "contribution", unit: .fraction(decimals: 3)),
                TableColumn("Share of return", key: "share_of_return", unit: .fraction(decimals: 1, signed: false)),
            ], rows: r.sectors.map {
                [.text($0.sector), .integer($0.members), .number($0.weight), .number($0.return), .number($0.contribution), .number($0.shareOfReturn)]
            }))
        }
        document.line("Share of the index return from the top 10 contributors \(share(r.topShare.top10)), top 50 \(share(r.topShare.top50)); "
            + "from the 10 largest weights \(share(r.largestWeightsShare.top10)), 50 largest \(share(r.largestWeightsShare.top50))")
        for note in r.notes { document.line("Note: \(note)") }
        return document
    }

    /// The P/E conventions (`pe`: trailing, and forward when the file has forward earnings), the
    /// bridge sentence, and the other aggregates the file allows.
    public static func valuation(_ report: ValuationReport) -> TableDocument {
        var document = TableDocument()
        document.line("Valuation of \(report.members) members")
        conventions(report, into: &document)
        func share(_ value: Double?) -> String { Formatting.percent(value).replacingOccurrences(of: "+", with: "") }
        document.line("Loss-makers: \(share(report.shareUnprofitableCount)) of members, \(share(report.shareUnprofitableCap)) of cap")
        if let evToSales = report.evToSales { document.line("EV/sales: \(Formatting.decimal(evToSales, decimals: 2))") }
        if let growth = report.earningsGrowth { document.line("Forward earnings growth (ΣE forward / ΣE trailing − 1): \(Formatting.percent(growth))") }
        if let float = report.shortInterestPctFloat { document.line("Short interest: \(share(float)) of float (cap-weighted)") }
        for note in report.notes { document.line("Note: \(note)") }
        return document
    }

    /// The conventions table and the bridge sentence.
    static func conventions(_ report: ValuationReport, into document: inout TableDocument) {
        let pe = report.pe, forward = report.peForward
        let conventions: [(String, String, (ValuationPriceEarnings) -> Double?)] = [
            ("Aggregate ΣM/ΣE (losses included)", "aggregate", \.aggregate),
            ("Excluding loss-makers", "excluding_losses", \.excludingLosses),
            ("Losses as zero", "losses_as_zero", \.lossesAsZero),
            ("Median member (E > 0)", "median", \.median),
        ]
        var columns = [TableColumn("P/E convention", key: "convention"), TableColumn(forward == nil ? "Value" : "Trailing", key: "pe_trailing", unit: .ratio(decimals: 2))]
        if forward != nil { columns.append(TableColumn("Forward", key: "pe_forward", unit: .ratio(decimals: 2))) }
        document.table(ResultTable(name: "pe", columns: columns, rows: conventions.map { title, _, value in
            [.text(title), .number(value(pe))] + (forward.map { [.number(value($0))] } ?? [])
        }))
        document.line(report.bridge.sentence)
    }

    /// The filings-based valuation: coverage, the conventions, loss-makers, growth, short
    /// interest, then the largest members (`members`, the first `top` in text).
    public static func filingsValuation(_ r: FilingsValuationReport, top: Int) -> TableDocument {
        var document = TableDocument()
        let c = r.coverage
        func share(_ x: Double?) -> String { x.map { Formatting.percent($0).replacingOccurrences(of: "+", with: "") } ?? "n/a" }
        document.line("Trailing valuation as of \(r.asOf) from SEC filings: \(c.members) members, \(c.withFacts) with filings, "
            + "\(c.withEarnings) with trailing earnings, \(c.withPrice) with a price, \(c.withMarketCap) with a market cap")
        conventions(r.valuation, into: &document)
        document.line("Loss-makers: \(share(r.valuation.shareUnprofitableCount)) of members, \(share(r.valuation.shareUnprofitableCap)) of cap")
        let g = r.earningsGrowthTrailing
        document.line("Trailing earnings growth vs \(g.yearAgo): \(g.value.map { Formatting.percent($0) } ?? "n/a") over \(g.members) members")
        let s = r.shortInterest
        if s.members == 0 {
            document.line("Short interest: none stored for these members on or before \(r.asOf) (rotation fetch finra --date D)")
        } else {
            document.line("Short interest (\(s.members) members, settlement \(s.settlementDates.map(String.init(describing:)).joined(separator: ", "))): "
                + "\(share(s.capWeighted)) of cap (cap-weighted), median \(share(s.median)) of shares outstanding")
        }
        let rows = r.rows.sorted { ($0.marketCap ?? -1) > ($1.marketCap ?? -1) }
        document.table(ResultTable(name: "members", columns: [
            TableColumn("Ticker", key: "ticker"),
            TableColumn("Cap ($m)", key: "market_cap", unit: .usd(textScale: 1e6)),
            TableColumn("TTM earnings ($m)", key: "earnings_ttm", unit: .usd(decimals: 1, textScale: 1e6)),
            TableColumn("Through", key: "earnings_period_end", unit: .date, missing: ""),
            TableColumn("P/E", key: "pe", unit: .ratio(decimals: 1)),
            TableColumn("Price date", key: "price_date", unit: .date, missing: ""),
        ], rows: rows.map { row in
            [.text(row.ticker), .number(row.marketCap), .number(row.earningsTrailing),
             .date(row.earningsPeriodEnd), .number(row.priceEarnings), .date(row.priceDate)]
        }, textRows: .first(top)))
        for note in r.valuation.notes { document.line("Note: \(note)") }
        return document
    }
}
