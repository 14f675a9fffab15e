import Hummingbird

/// `HEAD` answers exactly the headers `GET` would, with no body: the router sends a `HEAD` to
/// the same handler as the `GET` (see `withHead`), and this middleware drops the body, keeping
/// its `Content-Length`. An event stream's body is never started.
struct HeadMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .head else { return try await next(request, context) }
        var response = try await next(request, context)
        let length = response.body.contentLength
        response.body = ResponseBody()
        if let length { response.headers[.contentLength] = String(length) } else { response.headers[.contentLength] = nil }
        return response
    }
}
