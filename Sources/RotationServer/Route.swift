import Hummingbird
import RotationApp

/// One route of the server: what it answers, what it takes, and its handler. The router and the
/// OpenAPI document are both built from the same list of these, so they cannot drift apart.
struct Route: Sendable {
    /// What the route returns.
    enum Produces: Sendable, Equatable {
        case json, html, eventStream
    }

    /// A request body the route reads.
    enum Body: Sendable, Equatable {
        /// A JSON document (described in one line).
        case json(String)
        /// A CSV file's bytes.
        case csv
        /// Plain text (an article).
        case text
        /// An HTML form, URL-encoded.
        case form
    }

    var method: HTTPRequest.Method
    var path: String
    var summary: String
    var parameters: [CommandParameter]
    var body: Body?
    var produces: Produces
    /// The error statuses the route can answer with.
    var errors: [Int]
    /// Requires `Authorization: Bearer <write token>`.
    var needsToken: Bool
    var handler: @Sendable (Request, BasicRequestContext) async throws -> Response

    init(_ method: HTTPRequest.Method, _ path: String, _ summary: String, parameters: [CommandParameter] = [],
         body: Body? = nil, produces: Produces, errors: [Int] = [400], needsToken: Bool = false,
         handler: @escaping @Sendable (Request, BasicRequestContext) async throws -> Response) {
        self.method = method
        self.path = path
        self.summary = summary
        self.parameters = parameters
        self.body = body
        self.produces = produces
        self.errors = errors
        self.needsToken = needsToken
        self.handler = handler
    }
}
