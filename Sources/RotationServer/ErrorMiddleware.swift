import Foundation
import Hummingbird
import Logging

/// Turns every error into a response: `{"error": {"message": …}}` for the API and any
/// non-page path, a small HTML page for pages. Errors that are not the client's fault are
/// logged with their detail; the client sees only "internal error".
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    let filesRoot: String?

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let page as RenderedPage {
            // A form answered with the typed text kept and a message beside each bad field.
            return CachedResponse.uncached(page.html, request: request, status: page.status)
        } catch {
            let api = APIError.from(error, filesRoot: filesRoot)
            if api.status.code >= 500 {
                context.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(String(reflecting: error))"])
            }
            var headers = api.headers
            headers[.cacheControl] = "no-store"
            if Self.wantsHTML(request) {
                headers[.contentType] = "text/html; charset=utf-8"
                let page = PageLayout.page(title: "Error \(api.status.code)", active: nil,
                                           body: "<h1>\(api.status.code) \(HTML.escape(api.status.reasonPhrase))</h1><p>\(HTML.escape(api.message))</p>")
                return Response(status: api.status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: page)))
            }
            headers[.contentType] = "application/json; charset=utf-8"
            return Response(status: api.status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: api.json)))
        }
    }

    /// Pages (anything outside `/api`, `/openapi.json` and `/events`) get HTML errors.
    static func wantsHTML(_ request: Request) -> Bool {
        let path = request.uri.path
        return !(path.hasPrefix("/api") || path == "/openapi.json" || path == "/events")
    }
}
