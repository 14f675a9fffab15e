/// The frame every page shares: title, navigation, inline CSS. No external assets; pages work
/// without JavaScript.
enum PageLayout {
    /// The pages in the navigation bar: path and label.
    static let navigation: [(path: String, label: String)] = [
        ("/", "Overview"), ("/symbol", "Symbol"), ("/rotation", "Rotation map"), ("/cycles", "Cycles"),
        ("/brief", "Brief"), ("/check", "Check"), ("/backtest", "Backtest"),
    ]

    static let css = """
        body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d2330;background:#fafbfc}
        header{background:#1d2330;color:#fff;padding:.6rem 1.2rem;display:flex;gap:1.2rem;align-items:baseline;flex-wrap:wrap}
        header a{color:#cfd8e6;text-decoration:none}header a.active,header a:hover{color:#fff;text-decoration:underline}
        header strong{font-size:1.1rem;margin-right:.6rem}
        main{padding:1rem 1.2rem;max-width:1100px}
        h1{font-size:1.35rem;margin:.4rem 0 .8rem}h2{font-size:1.1rem;margin:1.4rem 0 .5rem}
        table{border-collapse:collapse;margin:.4rem 0 1rem;background:#fff}
        th,td{padding:.3rem .7rem;border-bottom:1px solid #e3e7ee;text-align:left;white-space:nowrap}
        td .wrap{display:block;white-space:normal;min-width:16rem;max-width:40rem}
        th{background:#f0f3f7;font-weight:600}.num{text-align:right;font-variant-numeric:tabular-nums}
        .up{color:#137333}.down{color:#b3261e}.muted{color:#667085}.note{color:#667085;font-size:.9rem}
        form{margin:.4rem 0 1rem;display:flex;gap:.6rem;flex-wrap:wrap;align-items:end}
        label{display:flex;flex-direction:column;font-size:.85rem;color:#475467}
        input,select,button,textarea{font:inherit;padding:.25rem .4rem}
        svg{background:#fff;border:1px solid #e3e7ee;max-width:100%;height:auto}
        .record{font-weight:600}
        """

    /// A full page.
    static func page(title: String, active: String?, body: String, script: String? = nil) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        out += "<title>\(HTML.escape(title)) · Rotation</title><style>\(css)</style></head><body>"
        out += "<header><strong>Rotation</strong>"
        for item in navigation {
            out += "<a href=\"\(item.path)\"\(item.path == active ? " class=\"active\"" : "")>\(HTML.escape(item.label))</a>"
        }
        out += "<a href=\"/openapi.json\">API</a></header><main>\(body)</main>"
        if let script { out += "<script>\(script)</script>" }
        return out + "</body></html>\n"
    }

    /// A paragraph stating that a part of a page could not be computed, with the reason.
    static func unavailable(_ what: String, _ error: any Error, filesRoot: String?) -> String {
        let reason = APIError.from(error, filesRoot: filesRoot).message
        return "<p class=\"note\">\(HTML.escape(what)): \(HTML.escape(reason))</p>"
    }
}
