import Foundation
import Hummingbird
import RotationApp
import RotationBacktest

/// The JSON API's routes: one `GET /api/<command>` per read-only command, `POST /api/backtest`,
/// `POST /api/sweep`, `POST /api/check`,
/// and `POST /api/import` when the server has a write token.
enum APIRoutes {
    static func routes(_ state: ServerState) -> [Route] {
        var routes = ReadCommand.allCases.map { command in
            Route(.get, "/api/\(command.rawValue)", command.summary, parameters: command.parameters, produces: .json,
                  errors: errors(command)) { request, _ in
                CachedResponse.json(try await state.commandJSON(command, request), request: request)
            }
        }
        routes.append(Route(.post, "/api/backtest", "Run a strategy spec (the body, as in `rotation backtest --spec FILE`).",
                            parameters: [CommandParameter("drawdowns", .integer, "How many of the worst drawdowns to list (default 5).")],
                            body: .json("A backtest spec: the JSON `rotation backtest --spec` reads."), produces: .json,
                            errors: [400, 404, 413]) { request, _ in
            CachedResponse.json(try await backtest(request, state: state), request: request)
        })
        routes.append(SweepRoute.route(state))
        routes.append(Route(.post, "/api/check", "Check an article's numeric claims (the body, plain text) against the store.",
                            parameters: checkParameters, body: .text, produces: .json, errors: [400, 404, 413]) { request, _ in
            CachedResponse.json(try await check(request, state: state), request: request)
        })
        if state.configuration.writeToken != nil {
            routes.append(Route(.post, "/api/import", "Import one CSV file (the body) into the store, atomically.",
                                parameters: [CommandParameter("file", .text, required: true, "The file's name, e.g. IWM.csv (its stem names the series)."),
                                             CommandParameter("symbol", .text, "Store under this symbol instead of the file's stem.")],
                                body: .csv, produces: .json, errors: [400, 401, 413], needsToken: true) { request, _ in
                try await importFile(request, state: state)
            })
        }
        return routes
    }

    /// The error statuses a command can answer with: 400 for bad parameters and bad data, 404
    /// for an unknown symbol or file.
    static func errors(_ command: ReadCommand) -> [Int] {
        command == .symbols ? [400] : [400, 404]
    }

    static func backtest(_ request: Request, state: ServerState) async throws -> Data {
        let arguments = try state.query.arguments(request)
        try ReadCommand.checkNames(arguments, parameters: [CommandParameter("drawdowns", .integer, "")], command: "backtest")
        let body = try await state.body(request)
        let spec = try BacktestRequest.decodeSpec(body, file: "request body")
        try SpecDecoding.checkSymbols(spec)
        let report = try await state.service.backtest(BacktestRequest(spec: spec, drawdowns: try arguments.integer("drawdowns") ?? 5))
        var bytes = try JSONOutput.encode(report)
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    /// The options of `rotation check` that the API takes (the article is the body).
    static let checkParameters = [
        CommandParameter("as_of", .date, "Read the article as of this day (default: its dateline)."),
        CommandParameter("members", .file, "Holdings or members file, for breadth claims."),
        CommandParameter("holdings", .file, "Fundamentals file, for valuation claims."),
        CommandParameter("prices", .file, "Member prices for breadth claims (default: the store)."),
    ]

    static func check(_ request: Request, state: ServerState) async throws -> Data {
        let a = try state.query.arguments(request)
        try ReadCommand.checkNames(a, parameters: checkParameters, command: "check")
        let text = String(decoding: try await state.body(request), as: UTF8.self)
        let result = try await state.service.check(CheckRequest(
            text: text, asOf: try a.day("as_of"), members: try a.single("members").map(a.resolveFile),
            holdings: try a.single("holdings").map(a.resolveFile), prices: try a.single("prices").map(a.resolveFile)))
        var bytes = try JSONOutput.encode(result)
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    static func importFile(_ request: Request, state: ServerState) async throws -> Response {
        try WriteAuthorization.check(request, token: state.configuration.writeToken)
        let arguments = try state.query.arguments(request)
        let parameters = [CommandParameter("file", .text, required: true, ""), CommandParameter("symbol", .text, "")]
        try ReadCommand.checkNames(arguments, parameters: parameters, command: "import")
        let body = try await state.body(request)
        let result = try await state.service.importUpload(bytes: [UInt8](body), name: try arguments.required("file"),
                                                          symbol: try arguments.single("symbol"))
        await state.importLog.invalidate()
        var bytes = try JSONOutput.encode(result)
        bytes.append(UInt8(ascii: "\n"))
        return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
