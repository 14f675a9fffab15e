import Foundation
import Hummingbird
import RotationApp
import RotationCore
import RotationData

/// `GET /`: the quotes table for the watchlist (refreshed on imports through `/events`), the
/// numbers table of the brief, the small-vs-large relative-strength chart and its current streak.
enum OverviewPage {
    static func render(state: ServerState) async throws -> String {
        let service = state.service
        let root = state.configuration.filesRoot
        let held = try await service.symbols().symbols
        let prices = held.filter { $0.kind == .price }.map(\.symbol)
        var watch = state.configuration.watchlist.filter(prices.contains)
        if watch.isEmpty { watch = Array(prices.prefix(8)) }
        var body = "<h1>Overview</h1>"
        body += "<h2>Recent quotes</h2>" + (try await quotes(watch, service: service))
        body += "<p class=\"note\" id=\"live\">Updates when data are imported. <a href=\"/\">Reload</a></p>"
        do {
            let brief = try await service.brief(BriefRequest())
            if let numbers = brief.sections.first(where: { $0.table != nil }), let table = numbers.table {
                body += "<h2>\(HTML.escape(numbers.title))</h2>"
                body += HTML.table(table.columns, table.rows.map { $0.map { HTML.escape($0.text) } })
            }
            body += try await briefChart(brief, service: service)
        } catch {
            body += PageLayout.unavailable("The numbers", error, filesRoot: root)
        }
        return PageLayout.page(title: "Overview", active: "/", body: body, script: liveScript)
    }

    /// Symbol, last, change, % change and record status of each symbol.
    static func quotes(_ symbols: [String], service: RotationService) async throws -> String {
        guard !symbols.isEmpty else { return "<p class=\"note\">The store holds no prices yet: import some with <code>rotation import</code>.</p>" }
        let highs = try await service.highs(HighsRequest(symbols: symbols))
        let day = try await service.perf(PerfRequest(symbols: symbols, windows: [Window("1d")].compactMap { $0 }))
        let rows = zip(highs.rows, day.rows).map { status, change -> [String] in
            let delta = change.endValue.flatMap { end in change.startValue.map { end - $0 } }
            let record: String
            if status.daysSinceRecordClose == 0 {
                record = "<span class=\"record up\">record close</span>"
            } else {
                record = "\(HTML.percent(status.fromRecordClose, decimals: 1)) from record (\(status.recordClose.map { HTML.escape($0.date.description) } ?? "n/a"))"
            }
            return ["<a href=\"/symbol?symbol=\(HTML.queryComponent(status.symbol))\">\(HTML.escape(status.symbol))</a>",
                    HTML.escape(status.last?.date.description ?? "n/a"), HTML.level(status.last?.close),
                    "<span class=\"\(HTML.tone(delta))\">\(HTML.change(delta))</span>",
                    "<span class=\"\(HTML.tone(change.return))\">\(HTML.percent(change.return))</span>", record]
        }
        return HTML.table(["Symbol", "Date", "Last", "Change", "% change", "Record status"], rows, numericFrom: 2, id: "quotes")
    }

    /// The small-against-large relative-strength section of a brief's universe ("" without both sleeves).
    static func briefChart(_ brief: BriefResult, service: RotationService) async throws -> String {
        guard let small = brief.universe.first(where: { $0.role == "small" })?.symbol,
              let large = brief.universe.first(where: { $0.role == "large" })?.symbol else { return "" }
        return try await relativeSection(small, large, service: service)
    }

    static func relativeSection(_ a: String, _ b: String, service: RotationService) async throws -> String {
        let report = try await service.relative(RelativeRequest(a: a, b: b, period: .week))
        let line = report.line.suffix(260)
        var out = "<h2>Relative strength: \(HTML.escape(a)) / \(HTML.escape(b)), weekly</h2>"
        out += PageCharts.lines([("\(a)/\(b)", line.map(\.date), line.map { Optional($0.value) })], title: "\(a) relative to \(b)",
                                description: "The ratio of \(a) to \(b), weekly; rising means \(a) leads.", id: "relative")
        if let streak = report.currentStreak {
            out += "<p>Current streak: <strong>\(HTML.escape(streak.leader ?? "tie"))</strong> has led for \(streak.length) week(s), "
                + "\(HTML.escape(streak.startDate.description)) to \(HTML.escape(streak.endDate.description)) "
                + "(relative change \(HTML.percent(streak.relativeChange))). \(HTML.escape(a)) beat \(HTML.escape(b)) in "
                + "\(report.recent.aBeat) of the last \(report.recent.periods) complete weeks.</p>"
        }
        return out
    }

    /// Replaces the quotes table when `/events` reports an import; reloads every 5 minutes when
    /// the browser has no EventSource.
    static let liveScript = """
        (function(){var live=document.getElementById('live');
        if(!window.EventSource||!window.fetch||!window.DOMParser){setTimeout(function(){location.reload()},300000);return}
        var source=new EventSource('/events');
        source.addEventListener('import',function(){fetch('/',{cache:'no-store'}).then(function(r){return r.text()}).then(function(t){
        var fresh=new DOMParser().parseFromString(t,'text/html').getElementById('quotes'),old=document.getElementById('quotes');
        if(fresh&&old){old.replaceWith(fresh);live.textContent='Updated after an import at '+new Date().toLocaleTimeString()+'.'}})});})();
        """
}
