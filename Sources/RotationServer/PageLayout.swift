import RotationCore

/// The frame every page shares: title, navigation, inline CSS, favicon and the small shared
/// script. No external assets; pages work without JavaScript (the script only adds sortable
/// column headers).
enum PageLayout {
    /// The pages in the navigation bar: path and label.
    static let navigation: [(path: String, label: String)] = [
        ("/", "Overview"), ("/symbol", "Symbol"), ("/rotation", "Rotation map"), ("/cycles", "Cycles"),
        ("/brief", "Brief"), ("/check", "Check"), ("/backtest", "Backtest"),
    ]

    /// Light and dark themes (`prefers-color-scheme`) as custom properties. Tables scroll inside
    /// their own box (`.table`), charts take the width of the page, and below 600 px wide chart
    /// text is drawn larger so it stays readable when the 640-unit chart shrinks to a phone.
    static let css = """
        :root{color-scheme:light dark;--fg:#1d2330;--bg:#fafbfc;--panel:#fff;--line:#e3e7ee;--head:#eef1f5;--muted:#596579;\
        --up:#137333;--down:#b3261e;--link:#1a56a8;--bar:#1d2330;--barfg:#fff;--barlink:#d5dceb;--alert:#fdecea}
        @media (prefers-color-scheme:dark){:root{--fg:#e4e8ef;--bg:#12151b;--panel:#1b1f27;--line:#303746;--head:#232936;\
        --muted:#a5afc0;--up:#63c57f;--down:#ff8a80;--link:#8ab4f8;--bar:#0b0d11;--barlink:#c3cbe0;--alert:#3b1f1f}
        svg text[fill="#333"],svg text[fill="#555"],svg text[fill="#111"],svg text[fill="#777"]{fill:#d8dde6}
        svg [stroke="#e5e5e5"]{stroke:#303746}svg [stroke="#999"],svg [stroke="#888"]{stroke:#7d8799}}
        *,*::before,*::after{box-sizing:border-box}
        body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:var(--fg);background:var(--bg)}
        a{color:var(--link)}code{overflow-wrap:anywhere}
        header.site{background:var(--bar);color:var(--barfg);padding:.5rem 1rem}
        header.site nav{display:flex;gap:.3rem 1rem;align-items:baseline;flex-wrap:wrap}
        header.site a{color:var(--barlink);text-decoration:none;padding:.15rem 0}header.site a[aria-current],header.site a:hover{color:#fff;text-decoration:underline}
        header.site strong{font-size:1.1rem;margin-right:.4rem;color:#fff}
        main{padding:.8rem 1rem;max-width:1180px}
        h1{font-size:1.35rem;margin:.4rem 0 .8rem;overflow-wrap:anywhere}h2{font-size:1.1rem;margin:1.4rem 0 .5rem}
        .table{max-width:100%;overflow-x:auto;margin:.4rem 0 1rem}
        table{border-collapse:collapse;background:var(--panel)}
        th,td{padding:.3rem .6rem;border-bottom:1px solid var(--line);text-align:left;white-space:nowrap;vertical-align:top}
        td .wrap{display:block;white-space:normal;min-width:14rem;max-width:32rem}
        table.claims td{white-space:normal;min-width:6rem}table.claims td:nth-child(2){min-width:12rem;max-width:22rem}
        th{background:var(--head);font-weight:600}
        .table td:first-child{position:sticky;left:0;background:var(--panel)}.table th:first-child{position:sticky;left:0}.num{text-align:right;font-variant-numeric:tabular-nums}
        th button.sort{font:inherit;font-weight:600;color:inherit;background:none;border:0;padding:0;cursor:pointer;text-align:inherit}
        th[aria-sort=ascending] button.sort::after{content:" ▲"}th[aria-sort=descending] button.sort::after{content:" ▼"}
        .up{color:var(--up)}.down{color:var(--down)}.muted{color:var(--muted)}.note{color:var(--muted);font-size:.9rem}
        .stale{color:var(--down);font-size:.85rem}span.stale{white-space:nowrap}
        form{margin:.4rem 0 1rem;display:flex;gap:.6rem;flex-wrap:wrap;align-items:flex-start}
        label{display:flex;flex-direction:column;font-size:.85rem;color:var(--muted);max-width:100%}
        label.wide{flex:1 1 100%}
        input,select,button,textarea{font:inherit;padding:.3rem .4rem;max-width:100%;color:inherit;background:var(--panel);\
        border:1px solid #8a94a6;border-radius:3px}
        form>button,form .actions button{align-self:flex-end;margin-top:1.2rem;padding:.35rem .9rem;cursor:pointer}
        textarea{width:100%}
        [aria-invalid=true]{border-color:var(--down);outline:1px solid var(--down)}
        .field-error{color:var(--down);font-size:.8rem;max-width:16rem}
        .alert{background:var(--alert);border-left:4px solid var(--down);padding:.2rem .8rem;margin:.6rem 0}
        .tabs{display:flex;gap:1rem;flex-wrap:wrap;margin:.2rem 0 .6rem}.tabs a[aria-current]{font-weight:700;text-decoration:none;color:var(--fg)}
        .readout{min-height:1.5em;font-size:.85rem;font-variant-numeric:tabular-nums}
        figure{margin:.4rem 0 1rem}figcaption{color:var(--muted);font-size:.85rem;margin-top:.2rem}
        svg{display:block;width:100%;max-width:900px;height:auto;background:var(--panel);border:1px solid var(--line)}
        @media (max-width:600px){main{padding:.6rem .6rem}svg text{font-size:19px}svg text[font-weight=bold]{font-size:21px}
        th,td{padding:.25rem .45rem}}
        .record{font-weight:600}svg [stroke="#fff"]{stroke:var(--panel)}
        """

    /// The favicon: a small SVG (two bars, small and large) as a data URI, so there is no
    /// extra request and no 404 in the log.
    static let favicon = "data:image/svg+xml,%3Csvg xmlns='http%3A//www.w3.org/2000/svg' viewBox='0 0 16 16'%3E"
        + "%3Crect width='16' height='16' rx='3' fill='%231d2330'/%3E%3Crect x='3' y='8' width='4' height='5' fill='%2363c57f'/%3E"
        + "%3Crect x='9' y='3' width='4' height='10' fill='%238ab4f8'/%3E%3C/svg%3E"

    /// Column sorting for every `table.sortable`: each header becomes a button; numbers
    /// (with %, +, −, thousands separators) sort as numbers, other text as text, "n/a" last.
    /// `rotationSortable(root)` runs again when the overview swaps in fresh figures.
    static let sortScript = """
        function rotationSortable(root){Array.prototype.forEach.call(root.querySelectorAll('table.sortable'),function(t){
        if(!t.tHead||t.getAttribute('data-sorting'))return;t.setAttribute('data-sorting','1');var ths=t.tHead.rows[0].cells;
        function key(c){var s=c?(c.getAttribute('data-sort')||c.textContent).trim():'';var n=s.replace(/[\\u2212\\u2013]/g,'-').replace(/[,%+\\s]/g,'');
        return /^-?\\d+(\\.\\d+)?$/.test(n)?parseFloat(n):(s==='n/a'||s===''?null:s.toLowerCase())}
        Array.prototype.forEach.call(ths,function(th,i){var b=document.createElement('button');b.type='button';b.className='sort';
        while(th.firstChild)b.appendChild(th.firstChild);th.appendChild(b);b.addEventListener('click',function(){
        var asc=th.getAttribute('aria-sort')!=='ascending';Array.prototype.forEach.call(ths,function(o){o.removeAttribute('aria-sort')});
        th.setAttribute('aria-sort',asc?'ascending':'descending');var body=t.tBodies[0],rows=Array.prototype.slice.call(body.rows);
        rows.sort(function(a,b){var x=key(a.cells[i]),y=key(b.cells[i]);if(x===null||y===null)return x===y?0:(x===null?1:-1);
        var d=(typeof x===typeof y)?(x<y?-1:x>y?1:0):(typeof x==='number'?-1:1);return asc?d:-d});
        rows.forEach(function(r){body.appendChild(r)})})})})}
        rotationSortable(document);
        """

    /// The hover (and touch) read-out of every time chart (`svg[data-x]`, from RotationCharts):
    /// a guide line and, under the chart, the date and each series' value at the nearest drawn
    /// point, inverted from the chart's scales with the decimals its pixels resolve. The chart
    /// is complete without it.
    static let hoverScript = """
        function rotationHover(root){Array.prototype.forEach.call(root.querySelectorAll('svg[data-x][data-y]'),function(svg){
        if(svg.getAttribute('data-hover'))return;svg.setAttribute('data-hover','1');
        var X=svg.getAttribute('data-x').split(' ').map(Number),Y=svg.getAttribute('data-y').split(' ').map(Number),pct=svg.getAttribute('data-style')==='percent';
        var series=Array.prototype.map.call(svg.querySelectorAll('g[data-series]'),function(g){var pts=[];
        Array.prototype.forEach.call(g.querySelectorAll('path'),function(p){(p.getAttribute('d').match(/-?[0-9.]+,-?[0-9.]+/g)||[]).forEach(function(s){var c=s.split(',');pts.push([+c[0],+c[1]])})});
        Array.prototype.forEach.call(g.querySelectorAll('circle'),function(c){pts.push([+c.getAttribute('cx'),+c.getAttribute('cy')])});
        pts.sort(function(a,b){return a[0]-b[0]});return {name:g.getAttribute('data-series'),pts:pts}});
        var step=Math.abs((Y[1]-Y[0])/(Y[3]-Y[2]))*0.01*(pct?100:1),places=Math.max(0,Math.min(6,Math.ceil(-Math.log10(step))));
        var guide=document.createElementNS('http'+'://www.w3.org/2000/svg','line');guide.setAttribute('y1',Y[2]);guide.setAttribute('y2',Y[3]);
        guide.setAttribute('stroke','#888');guide.setAttribute('visibility','hidden');svg.appendChild(guide);
        var box=document.createElement('div');box.className='readout';box.setAttribute('aria-live','polite');svg.parentNode.insertBefore(box,svg.nextSibling);
        function near(s,x){var best=null;s.pts.forEach(function(q){if(!best||Math.abs(q[0]-x)<Math.abs(best[0]-x))best=q});return best&&Math.abs(best[0]-x)<=4?best:null}
        function show(ev){var pt=svg.createSVGPoint();pt.x=ev.clientX;pt.y=ev.clientY;var p=pt.matrixTransform(svg.getScreenCTM().inverse());
        var x=Math.max(X[2],Math.min(X[3],p.x)),first=series.length?near(series[0],x):null;if(first)x=first[0];
        var day=Math.round(X[0]+(x-X[2])/(X[3]-X[2])*(X[1]-X[0])),parts=[new Date(day*86400000).toISOString().slice(0,10)];
        series.forEach(function(s){var q=near(s,x);if(!q)return;var v=Y[0]+(q[1]-Y[2])/(Y[3]-Y[2])*(Y[1]-Y[0]);
        parts.push(s.name+' '+(pct?(v*100).toFixed(places)+'%':v.toFixed(places)))});
        guide.setAttribute('x1',x);guide.setAttribute('x2',x);guide.setAttribute('visibility','visible');box.textContent=parts.join(' · ')}
        svg.addEventListener('pointermove',show);svg.addEventListener('pointerdown',show);
        svg.addEventListener('pointerleave',function(){guide.setAttribute('visibility','hidden');box.textContent=''})})}
        rotationHover(document);
        """

    /// The header with the navigation; the current page is marked with `aria-current="page"`.
    static func header(active: String?) -> String {
        var out = "<header class=\"site\"><nav aria-label=\"Pages\"><strong>Rotation</strong>"
        for item in navigation {
            out += "<a href=\"\(item.path)\"\(item.path == active ? " aria-current=\"page\"" : "")>\(HTML.escape(item.label))</a>"
        }
        return out + "<a href=\"/openapi.json\">API</a></nav></header>"
    }

    /// The `<head>` elements every page adds to its own: colour schemes and favicon.
    static let headLinks = "<meta name=\"color-scheme\" content=\"light dark\"><link rel=\"icon\" href=\"\(favicon)\">"

    /// A full page.
    static func page(title: String, active: String?, body: String, script: String? = nil) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" + headLinks
        out += "<title>\(HTML.escape(title)) · Rotation</title><style>\(css)</style></head><body>"
        out += header(active: active) + "<main>\(body)</main>"
        out += "<script>\(sortScript)\n\(hoverScript)\n\(script ?? "")</script>"
        return out + "</body></html>\n"
    }

    /// The use case's notes, each as a marked paragraph; "" when there are none.
    static func notes(_ notes: [String]) -> String {
        notes.map { "<p class=\"stale\" role=\"note\">\(HTML.escape($0))</p>" }.joined()
    }

    /// An answer's coverage as one line: the series whose data end before the as-of day, grouped
    /// by their last date ("Data end before 2026-08-21: DJI on 2026-02-23; XLK, XLF on
    /// 2026-07-31 — their figures stand on those days."), then the use case's other notes. Twelve
    /// sector ETFs ending a month early make one line, not twelve.
    static func coverage(_ series: [SeriesCoverage], notes: [String], asOf: TradingDay?) -> String {
        let stale = series.filter(\.endsBeforeAsOf)
        let staleSymbols = Set(stale.map(\.symbol))
        let others = notes.filter { note in
            !staleSymbols.contains { note.hasPrefix("\($0): data end ") || note.hasPrefix("\($0): no data on or before") }
        }
        guard !stale.isEmpty else { return Self.notes(others) }
        let byDate = Dictionary(grouping: stale, by: { $0.lastDate?.description ?? "no date" })
        let groups = byDate.keys.sorted().map { date in
            (byDate[date] ?? []).map(\.symbol).joined(separator: ", ") + (date == "no date" ? " have no data" : " on \(date)")
        }
        let day = asOf ?? series.compactMap(\.lastDate).max()
        let line = "Data end before \(day?.description ?? "the as-of day"): \(groups.joined(separator: "; ")) — their figures stand on those days."
        return "<p class=\"stale\" role=\"note\">\(HTML.escape(line))</p>" + Self.notes(others)
    }

    /// A paragraph stating that a part of a page could not be computed, with the reason.
    static func unavailable(_ what: String, _ error: any Error, filesRoot: String?) -> String {
        let reason = APIError.from(error, filesRoot: filesRoot).message
        return "<p class=\"note\">\(HTML.escape(what)): \(HTML.escape(reason))</p>"
    }
}
