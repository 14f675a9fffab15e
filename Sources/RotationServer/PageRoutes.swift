import Foundation
import Hummingbird
import RotationApp

/// The dashboard's pages and the event stream behind the live overview.
///
/// A page reads only the parameters it takes (others, such as `utm_source`, are ignored) and
/// reads an empty field as left out; its answer is kept under its path and those parameters.
enum PageRoutes {
    static func routes(_ state: ServerState) -> [Route] {
        func page(_ path: String, _ summary: String, _ parameters: [CommandParameter],
                  _ render: @escaping @Sendable (CommandArguments, ServerState) async throws -> String) -> Route {
            Route(.get, path, summary, parameters: parameters, produces: .html, errors: [400, 404]) { request, _ in
                let arguments = try state.query.arguments(request).forPage(parameters)
                let key = path + "?" + arguments.canonicalQuery
                let page = try await state.cached(key: key) { Data(try await render(arguments, state).utf8) }
                return CachedResponse.make(page, contentType: "text/html; charset=utf-8", request: request)
            }
        }
        return [
            page("/", "Overview: recent quotes, the numbers, relative strength and the current streak.", []) { _, state in
                try await OverviewPage.render(state: state)
            },
            page("/symbol", "Symbol page: price chart with records, windows, metrics vs a benchmark, drawdowns.",
                 SymbolPage.parameters, SymbolPage.render),
            page("/rotation", "Rotation map: RS-Ratio against RS-Momentum with tails.", RotationMapPage.parameters, RotationMapPage.render),
            page("/cycles", "Cycles: the A/B line and its ranked stretches.", CyclesPage.parameters, CyclesPage.render),
            page("/brief", "The market brief as HTML.", BriefPage.parameters, BriefPage.render),
            page("/check", "Claim check: a form to paste an article; with `article` (a permalink for a short text), its verdict table.",
                 CheckPage.formParameters.map { var optional = $0; optional.required = false; return optional }) { arguments, state in
                if arguments.values["article"] == nil { return CheckPage.empty() }
                return try await CheckPage.render(arguments, state: state)
            },
            Route(.post, "/check", "Claim check: the verdict table for the posted article (form fields article, as_of).",
                  parameters: [], body: .form, produces: .html, errors: [400, 404, 413]) { request, _ in
                let fields = CommandArguments(CheckPage.formFields(try await state.body(request))).forPage(CheckPage.formParameters)
                let page = try await CheckPage.render(fields, state: state)
                return CachedResponse.uncached(page, request: request)
            },
            page("/backtest", "Backtest form, equity curve and metrics.", BacktestPage.parameters, BacktestPage.render),
            Route(.get, "/events", "Server-sent events: `import` whenever the store's import log changes.",
                  produces: .eventStream, errors: []) { _, _ in
                EventStream.response(state: state)
            },
        ]
    }
}
