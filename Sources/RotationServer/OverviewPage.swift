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
        let prices = try await state.chartable().map(\.symbol)
        var watch = state.configuration.watchlist.filter(prices.contains)
        if watch.isEmpty { watch = Array(prices.prefix(8)) }
        // The quotes and the brief's numbers do not depend on each other: computed side by side,
        // so the page an import retires comes back sooner.
        async let quotesSection = quotes(watch, service: service)
        async let numbersSection = numbers(service: service, filesRoot: root)
        var body = "<h1>Overview</h1>"
        body += "<h2>Recent quotes</h2>" + (try await quotesSection)
        body += "<p class=\"note\" id=\"live\" aria-live=\"polite\">Every figure on this page updates when data are imported. "
            + "<a href=\"/\">Reload</a></p>"
        body += await numbersSection
        return PageLayout.page(title: "Overview", active: "/", body: body, script: liveScript)
    }

    /// The brief's numbers table and the small-against-large chart, or why they are missing.
    static func numbers(service: RotationService, filesRoot: String?) async -> String {
        do {
            let brief = try await service.brief(BriefRequest())
            var out = ""
            if let numbers = brief.sections.first(where: { $0.table != nil }), let table = numbers.table {
                let asOf = brief.asOf?.description ?? "n/a"
                out += "<h2>\(HTML.escape(numbers.title))\(numbers.title.contains(asOf) ? "" : ", as of " + HTML.escape(asOf))</h2>"
                out += HTML.table(table.columns, table.rows.map { $0.map { HTML.escape($0.text) } })
            }
            return out + (try await briefChart(brief, service: service))
        } catch {
            return PageLayout.unavailable("The numbers", error, filesRoot: filesRoot)
        }
    }

    /// Symbol, date, last, change, % change and record status of each symbol; a symbol whose
    /// data end before the others' is marked with its last date (the `perf` use case's coverage).
    static func quotes(_ symbols: [String], service: RotationService) async throws -> String {
        guard !symbols.isEmpty else { return "<p class=\"note\">The store holds no prices yet: import some with <code>rotation import</code>.</p>" }
        async let highsReport = service.highs(HighsRequest(symbols: symbols))
        async let dayReport = service.perf(PerfRequest(symbols: symbols, windows: [Window("1d")].compactMap { $0 }))
        let (highs, day) = try await (highsReport, dayReport)
        let stale = Set(day.series.filter(\.endsBeforeAsOf).map(\.symbol))
        let rows = zip(highs.rows, day.rows).map { status, change -> [String] in
            let delta = change.endValue.flatMap { end in change.startValue.map { end - $0 } }
            let record: String
            if status.daysSinceRecordClose == 0 {
                record = "<span class=\"record up\">record close</span>"
            } else {
                record = "\(HTML.percent(status.fromRecordClose, decimals: 1)) from record (\(status.recordClose.map { HTML.escape($0.date.description) } ?? "n/a"))"
            }
            let date = HTML.escape(status.last?.date.description ?? "n/a")
            // The figures a phone shows without scrolling come first: last, % change, change.
            return [HTML.symbolLink(status.symbol), HTML.level(status.last?.close),
                    "<span class=\"\(HTML.tone(change.return))\">\(HTML.percent(change.return))</span>",
                    "<span class=\"\(HTML.tone(delta))\">\(HTML.change(delta))</span>",
                    stale.contains(status.symbol) ? "\(date) <span class=\"stale\" title=\"data end before the other series'\">stale</span>" : date,
                    record]
        }
        return HTML.table(["Symbol", "Last", "% change", "Change", "Date", "Record status"], rows, numeric: [1, 2, 3], id: "quotes")
    }

    /// The small-against-large relative-strength section of a brief's universe ("" without both sleeves).
    static func briefChart(_ brief: BriefResult, service: RotationService) async throws -> String {
        guard let small = brief.universe.first(where: { $0.role == "small" })?.symbol,
              let large = brief.universe.first(where: { $0.role == "large" })?.symbol else { return "" }
        return try await relativeSection(small, large, service: service)
    }

    /// The weekly A/B line over the last five years, rebased to 100 where it starts (the
    /// `relative` use case with `from`, as `rotation relative A B --period week --from D`), and
    /// the current streak over the whole history.
    static func relativeSection(_ a: String, _ b: String, service: RotationService) async throws -> String {
        // The chart covers the five years up to the full report's last point, rebased where it starts.
        let report = try await service.relative(RelativeRequest(a: a, b: b, period: .week))
        var out = "<h2>Relative strength: \(HTML.symbolLink(a)) / \(HTML.symbolLink(b)), weekly, five years</h2>"
        out += PageLayout.coverage(report.series, notes: report.notes, asOf: report.asOf)
        let end = report.line.last?.date
        let from = end.flatMap { TradingDay(year: $0.year - 5, month: $0.month, day: min($0.day, 28)) }
        let recent = from == nil ? report : try await service.relative(RelativeRequest(a: a, b: b, period: .week, from: from))
        out += PageCharts.lines([("\(a)/\(b)", recent.line.map(\.date), recent.line.map { Optional($0.value) })],
                                title: "\(a) relative to \(b), weekly",
                                description: PageCharts.rebasedDescription(a: a, b: b, line: recent.line, period: .week),
                                id: "relative", reference: 100)
        if let streak = report.currentStreak {
            out += "<p>Current streak: <strong>\(HTML.escape(streak.leader ?? "tie"))</strong> has led for \(streak.length) week(s), "
                + "\(HTML.escape(streak.startDate.description)) to \(HTML.escape(streak.endDate.description)) "
                + "(relative change \(HTML.percent(streak.relativeChange))). \(HTML.escape(a)) beat \(HTML.escape(b)) in "
                + "\(report.recent.aBeat) of the last \(report.recent.periods) complete weeks.</p>"
        }
        return out
    }

    /// Replaces every figure of the page (the whole `<main>`) with a fresh copy when `/events`
    /// reports an import; reloads every 5 minutes when the browser has no EventSource.
    static let liveScript = """
        (function(){if(!window.EventSource||!window.fetch||!window.DOMParser){setTimeout(function(){location.reload()},300000);return}
        var source=new EventSource('/events');
        source.addEventListener('import',function(){fetch('/',{cache:'no-store'}).then(function(r){return r.text()}).then(function(t){
        var fresh=new DOMParser().parseFromString(t,'text/html').querySelector('main'),old=document.querySelector('main');
        if(!fresh||!old)return;old.innerHTML=fresh.innerHTML;rotationSortable(old);rotationHover(old);var live=document.getElementById('live');
        if(live)live.textContent='Updated after an import at '+new Date().toLocaleTimeString()+'.';document.body.setAttribute('data-updated',Date.now())})});})();
        """
}
