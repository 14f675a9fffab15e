import RotationCore
import RotationData

/// `symbols` as tables.
public enum SymbolsTables {
    /// The series (`symbols`; member prices summarised on one line unless `listMembers`), then the
    /// membership snapshots (`snapshots`).
    public static func symbols(_ result: SymbolsResult, listMembers: Bool) -> TableDocument {
        var document = TableDocument()
        let listed = listMembers ? result.symbols : result.symbols.filter { !$0.memberPrices }
        document.table(ResultTable(name: "symbols", columns: [
            TableColumn("Symbol", key: "symbol"), TableColumn("Kind", key: "kind"),
            TableColumn("First", key: "first_date", unit: .date, missing: ""), TableColumn("Last", key: "last_date", unit: .date, missing: ""),
            TableColumn("Rows", key: "rows", unit: .count),
        ], rows: listed.map {
            [.text($0.symbol), .text($0.memberPrices ? "member" : $0.kind.rawValue), .date($0.firstDate), .date($0.lastDate), .integer($0.rows)]
        }))
        let members = result.symbols.filter(\.memberPrices)
        if !listMembers, !members.isEmpty {
            let first = members.compactMap(\.firstDate).min().map(String.init(describing:)) ?? "?"
            let last = members.compactMap(\.lastDate).max().map(String.init(describing:)) ?? "?"
            document.line("")
            document.line("Member prices: \(members.count) tickers, \(first) to \(last) (rotation symbols --kind member lists them)")
        }
        if !result.snapshots.isEmpty {
            document.table(ResultTable(name: "snapshots", title: "Membership snapshots", columns: [
                TableColumn("Index", key: "index"), TableColumn("Date", key: "date", unit: .date),
                TableColumn("Members", key: "members", unit: .count), TableColumn("Weight", key: "weight", unit: .fraction(signed: false)),
            ], rows: result.snapshots.map { [.text($0.index), .date($0.date), .integer($0.members), .number($0.weight)] }))
        }
        return document
    }
}
