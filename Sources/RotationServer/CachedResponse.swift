import Foundation
import Hummingbird
import RotationData

/// Responses whose validator is a hash of their bytes: `ETag: "<fnv1a64 of the body>"` and
/// `Cache-Control: no-cache` (a client may keep the body but must revalidate, since an import can
/// change any answer). A request whose `If-None-Match` holds the same tag gets `304 Not Modified`
/// with no body, so repeated dashboard loads cost a computation but no transfer.
enum CachedResponse {
    /// The response for a computed body.
    static func make(_ body: Data, contentType: String, request: Request, status: HTTPResponse.Status = .ok) -> Response {
        let tag = "\"\(ContentHash.fnv1a64(body))\""
        var headers: HTTPFields = [.eTag: tag, .cacheControl: "no-cache"]
        if status == .ok, let match = request.headers[.ifNoneMatch], matches(match, tag: tag) {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentType] = contentType
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    /// A JSON document.
    static func json(_ body: Data, request: Request) -> Response {
        make(body, contentType: "application/json; charset=utf-8", request: request)
    }

    /// True when an `If-None-Match` value (`*`, or a comma-separated list of tags, weak or
    /// strong) names the tag.
    static func matches(_ header: String, tag: String) -> Bool {
        header.split(separator: ",").contains { part in
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            return trimmed == "*" || trimmed == tag || trimmed == "W/" + tag
        }
    }
}
