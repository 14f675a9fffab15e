import Foundation
import Hummingbird
import RotationApp

/// `GET /brief`: the market brief exactly as `rotation brief --format html` renders it (its own
/// inline CSS and SVG charts), with the dashboard's navigation, favicon, dark theme and
/// narrow-screen rules added around it.
enum BriefPage {
    static let parameters = [CommandParameter("as_of", .date, "Evaluate as if the data ended on this day.")]

    /// Rules added after the brief's own: the navigation bar, charts and tables that fit a
    /// phone (tables scroll inside their box), and the dark theme.
    static let css = """
        *,*::before,*::after{box-sizing:border-box}
        header.site{background:#1d2330;padding:.5rem 1rem;font:14px/1.4 system-ui,sans-serif}
        header.site nav{display:flex;gap:.3rem 1rem;flex-wrap:wrap;align-items:baseline}
        header.site a{color:#d5dceb;text-decoration:none}header.site a[aria-current],header.site a:hover{color:#fff;text-decoration:underline}
        header.site strong{color:#fff;margin-right:.4rem}
        .charts{grid-template-columns:repeat(auto-fit,minmax(min(28rem,100%),1fr))}
        table{display:block;max-width:100%;overflow-x:auto}
        @media (max-width:600px){main{padding:1rem .6rem 2rem}svg text{font-size:17px}}
        @media (prefers-color-scheme:dark){body{color:#e4e8ef;background:#12151b}h2{border-color:#303746}.meta,figcaption,.footnotes{color:#a5afc0}
        th,td{border-color:#303746}td.pos{color:#63c57f}td.neg{color:#ff8a80}.notes{background:#2e2a14}code{background:#232936}
        figure{border-color:#303746}figure svg{background:#1b1f27}a{color:#8ab4f8}
        svg text[fill="#333"],svg text[fill="#555"],svg text[fill="#111"],svg text[fill="#777"]{fill:#d8dde6}
        svg [stroke="#e5e5e5"],svg [stroke="#eee"]{stroke:#303746}svg [stroke="#fff"]{stroke:#1b1f27}}
        """

    static func render(_ arguments: CommandArguments, state: ServerState) async throws -> String {
        try ReadCommand.checkNames(arguments, parameters: parameters, command: "the brief page")
        var form = PageForm(arguments, filesRoot: state.configuration.filesRoot)
        let asOf = form.read("as_of") { try $0.day("as_of") }
        guard !form.hasErrors else {
            let body = "<h1>Brief</h1>" + form.alert() + "<form method=\"get\" action=\"/brief\">"
                + form.input("as_of", "As of", value: "", size: 10, placeholder: "YYYY-MM-DD") + "<button>Show</button></form>"
            throw RenderedPage(status: form.status, html: PageLayout.page(title: "Brief", active: "/brief", body: body))
        }
        let brief = try await state.service.brief(BriefRequest(asOf: asOf))
        var page = BriefRendering.html(brief)
        if let head = page.range(of: "</head>") {
            page.replaceSubrange(head, with: PageLayout.headLinks + "<style>\n\(css)\n</style>\n</head>")
        }
        guard let body = page.range(of: "<body>\n") else { return page }
        return page.replacingCharacters(in: body, with: "<body>\n" + PageLayout.header(active: "/brief") + "\n")
    }
}
