import Foundation
import Hummingbird
import Logging
import RotationApp

/// Every route of the server, in registration order: the API, the pages, the OpenAPI document
/// describing all of them (itself included; computed once, it is static), and a `HEAD` for
/// every `GET` (the same handler; `HeadMiddleware` drops the body).
func routeTable(_ state: ServerState, version: String) throws -> [Route] {
    let routes = APIRoutes.routes(state) + PageRoutes.routes(state)
    let summary = "This document: OpenAPI 3.1 for every route."
    let described = Route(.get, "/openapi.json", summary, produces: .json, errors: []) { _, _ in Response(status: .noContent) }
    var document = try JSONOutput.encode(OpenAPIDocument.make(withHead(routes + [described]), version: version))
    document.append(UInt8(ascii: "\n"))
    let bytes = document
    return withHead(routes + [Route(.get, "/openapi.json", summary, produces: .json, errors: []) { request, _ in
        CachedResponse.json(bytes, request: request)
    }])
}

/// The routes with a `HEAD` beside each `GET`: link checkers and uptime monitors ask for the
/// headers only.
func withHead(_ routes: [Route]) -> [Route] {
    routes + routes.filter { $0.method == .get }.map { route in
        var head = route
        head.method = .head
        head.summary = "Headers only (no body) of GET \(route.path)."
        return head
    }
}

/// Builds the router: request logging, error mapping, then every route of the table.
func buildRouter(_ state: ServerState, version: String) throws -> Router<BasicRequestContext> {
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: RequestLogMiddleware())
    router.add(middleware: HeadMiddleware())
    router.add(middleware: ErrorMiddleware(filesRoot: state.configuration.filesRoot))
    for route in try routeTable(state, version: version) {
        router.on(RouterPath(route.path), method: route.method, use: route.handler)
    }
    return router
}

/// The server as a Hummingbird application: the same value `rotation serve` runs and tests drive
/// in-process (`app.test(.router)`). Opens the store first, so a bad `--db` fails here.
public func buildApplication(_ configuration: ServerConfiguration, version: String = "0.1.0") async throws -> some ApplicationProtocol {
    var logger = Logger(label: "rotation.serve")
    logger.logLevel = configuration.logLevel
    let state = try ServerState(configuration: configuration)
    return Application(
        router: try buildRouter(state, version: version),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "rotation"),
        logger: logger)
}

/// Runs the server until SIGINT or SIGTERM, then shuts down gracefully (in-flight requests finish,
/// event streams end).
public func runServer(_ configuration: ServerConfiguration, version: String = "0.1.0") async throws {
    let app = try await buildApplication(configuration, version: version)
    try await app.runService()
}
