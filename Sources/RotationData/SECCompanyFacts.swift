import Foundation
import RotationCore

/// An SEC XBRL company-facts answer (`data.sec.gov/api/xbrl/companyfacts/CIK##########.json`,
/// or one entry of the bulk `companyfacts.zip`), reduced to the concepts the valuation needs.
///
/// Shape: `{"cik": 320193, "entityName": "Apple Inc.", "facts": {"us-gaap": {"NetIncomeLoss":
/// {"label", "description", "units": {"USD": [{"start"?, "end", "val", "accn", "fy", "fp",
/// "form", "filed", "frame"?}]}}}}}`. `start` is absent for instants; `fy`/`fp` may be `null`
/// (proxy statements); `frame` is ignored (it marks one fact per calendar period, not the
/// point-in-time view).
public struct SECCompanyFacts: Sendable {
    /// Central Index Key, the SEC's company number.
    public var cik: Int
    public var entityName: String
    /// The kept facts, in the file's order.
    public var facts: [FilingFact]

    public init(cik: Int, entityName: String, facts: [FilingFact]) {
        self.cik = cik
        self.entityName = entityName
        self.facts = facts
    }

    /// `taxonomy:tag` of every concept kept by default (`FundamentalConcept`), each in its unit.
    public static let keptConcepts: [String: String] = Dictionary(
        uniqueKeysWithValues: FundamentalConcept.allCases.map { ($0.rawValue, $0.unit) })

    /// Parses the answer, keeping the facts of `concepts` (`taxonomy:tag` → unit key).
    ///
    /// - Throws: `DataError(.badInput)` naming the file and the JSON path of the first bad
    ///   field (`facts.us-gaap.NetIncomeLoss.units.USD[3].filed`).
    public static func parse(_ data: Data, file: String,
                             concepts: [String: String] = keptConcepts) throws(DataError) -> SECCompanyFacts {
        func fail(_ field: String?, _ message: String) -> DataError {
            DataError(.badInput, message, at: SourceLocation(file: file, field: field))
        }
        let root: [String: Any]
        do {
            guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw fail(nil, "expected a JSON object (an SEC company-facts answer)")
            }
            root = object
        } catch let error as DataError {
            throw error
        } catch {
            throw fail(nil, "not valid JSON (expected an SEC company-facts answer)")
        }
        guard let cik = (root["cik"] as? NSNumber)?.intValue ?? (root["cik"] as? String).flatMap({ Int($0) }) else {
            throw fail("cik", "expected the company's CIK as a number")
        }
        let name = root["entityName"] as? String ?? ""
        guard let taxonomies = root["facts"] as? [String: Any] else {
            // A company with no XBRL facts answers `"facts": {}` or omits the key.
            if root["facts"] == nil || root["facts"] is [Any] { return SECCompanyFacts(cik: cik, entityName: name, facts: []) }
            throw fail("facts", "expected an object of taxonomies")
        }
        var facts: [FilingFact] = []
        for concept in concepts.keys.sorted() {
            let unit = concepts[concept]!
            let parts = concept.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, let tags = taxonomies[parts[0]] as? [String: Any],
                  let tag = tags[parts[1]] as? [String: Any] else { continue }
            let path = "facts.\(parts[0]).\(parts[1]).units.\(unit)"
            guard let units = tag["units"] as? [String: Any], let rows = units[unit] else { continue }
            guard let list = rows as? [Any] else { throw fail(path, "expected a list of facts") }
            facts.reserveCapacity(facts.count + list.count)
            for (index, element) in list.enumerated() {
                let at = "\(path)[\(index)]"
                guard let row = element as? [String: Any] else { throw fail(at, "expected a fact object") }
                func day(_ key: String) throws(DataError) -> TradingDay {
                    guard let text = row[key] as? String, let day = TradingDay(text) else {
                        throw fail("\(at).\(key)", "expected a date YYYY-MM-DD, got \(describe(row[key]))")
                    }
                    return day
                }
                func text(_ key: String) throws(DataError) -> String {
                    guard let text = row[key] as? String, !text.isEmpty else {
                        throw fail("\(at).\(key)", "expected text, got \(describe(row[key]))")
                    }
                    return text
                }
                guard let number = row["val"] as? NSNumber, !(number is Bool), number.doubleValue.isFinite else {
                    throw fail("\(at).val", "expected a number, got \(describe(row["val"]))")
                }
                let start: TradingDay? = row["start"] == nil ? nil : try day("start")
                let end = try day("end")
                if let start, start > end { throw fail("\(at).start", "period starts \(start), after its end \(end)") }
                facts.append(FilingFact(
                    concept: concept, unit: unit, value: number.doubleValue, start: start, end: end,
                    fiscalYear: (row["fy"] as? NSNumber)?.intValue, fiscalPeriod: (row["fp"] as? String).flatMap { $0.isEmpty ? nil : $0 },
                    form: try text("form"), accession: try text("accn"), filed: try day("filed")))
            }
        }
        return SECCompanyFacts(cik: cik, entityName: name, facts: facts)
    }

    static func describe(_ value: Any?) -> String {
        switch value {
        case nil, is NSNull: "nothing"
        case let text as String: "\"\(text.prefix(40))\""
        case let number as NSNumber: number.stringValue
        default: "a \(type(of: value!))"
        }
    }
}

/// The SEC's ticker map (`www.sec.gov/files/company_tickers.json`): an object keyed "0", "1", …
/// of `{"cik_str": 320193, "ticker": "AAPL", "title": "Apple Inc."}`.
public struct SECTickerMap: Sendable {
    /// CIK and company name by normalised ticker.
    public var companies: [String: (cik: Int, title: String)]

    /// A ticker as the SEC writes it: upper case, class separator "-" (`BRK.B`, `BRK/B` → `BRK-B`).
    public static func normalised(_ ticker: String) -> String {
        String(ticker.uppercased().map { $0 == "." || $0 == "/" ? "-" : $0 })
    }

    /// The CIK of `ticker` (normalised first), or `nil` when the SEC does not list it.
    public func cik(of ticker: String) -> Int? { companies[SECTickerMap.normalised(ticker)]?.cik }

    /// Parses the map.
    ///
    /// - Throws: `DataError(.badInput)` naming the file and the first bad entry.
    public static func parse(_ data: Data, file: String) throws(DataError) -> SECTickerMap {
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            throw DataError(.badInput, "not valid JSON (expected the SEC's company_tickers.json)", at: SourceLocation(file: file))
        }
        guard let entries = object as? [String: Any] else {
            throw DataError(.badInput, "expected an object of companies keyed \"0\", \"1\", …", at: SourceLocation(file: file))
        }
        var companies: [String: (cik: Int, title: String)] = [:]
        companies.reserveCapacity(entries.count)
        for key in entries.keys.sorted(by: { (Int($0) ?? .max, $0) < (Int($1) ?? .max, $1) }) {
            guard let entry = entries[key] as? [String: Any], let cik = (entry["cik_str"] as? NSNumber)?.intValue,
                  let ticker = entry["ticker"] as? String, !ticker.isEmpty else {
                throw DataError(.badInput, "expected cik_str (a number) and ticker (text)", at: SourceLocation(file: file, field: key))
            }
            let normal = normalised(ticker)
            if companies[normal] == nil { companies[normal] = (cik, entry["title"] as? String ?? "") }
        }
        return SECTickerMap(companies: companies)
    }
}
