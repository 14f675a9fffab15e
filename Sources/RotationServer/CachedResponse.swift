import Foundation
import Hummingbird
import RotationData

/// Responses whose validator is a hash of their bytes: `ETag: "<fnv1a64 of the body>"` and
/// `Cache-Control: no-cache` (a client may keep the body but must revalidate, since an import can
/// change any answer). A request whose `If-None-Match` holds the same tag gets `304 Not Modified`
/// with no body, so repeated dashboard loads cost a computation but no transfer.
///
/// A client that accepts gzip gets the body compressed (`Content-Encoding: gzip`) when that
/// saves bytes; the compressed answer is another representation, so its tag is
/// `"<fnv1a64>-gzip"`, and every answer says `Vary: Accept-Encoding`.
enum CachedResponse {
    /// The response for a computed body.
    static func make(_ body: Data, contentType: String, request: Request, status: HTTPResponse.Status = .ok) -> Response {
        let hash = ContentHash.fnv1a64(body)
        let plainTag = "\"\(hash)\"", gzipTag = "\"\(hash)-gzip\""
        let compressed = Gzip.accepted(by: request) ? Gzip.memo.compressed(body, key: hash) : nil
        var headers: HTTPFields = [.eTag: compressed == nil ? plainTag : gzipTag, .cacheControl: "no-cache", .vary: "Accept-Encoding"]
        if status == .ok, let match = request.headers[.ifNoneMatch], matches(match, tag: plainTag) || matches(match, tag: gzipTag) {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentType] = contentType
        if let compressed {
            headers[.contentEncoding] = "gzip"
            return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: compressed)))
        }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    /// A JSON document.
    static func json(_ body: Data, request: Request) -> Response {
        make(body, contentType: "application/json; charset=utf-8", request: request)
    }

    /// A page that must not be kept (the answer to a posted form): `Cache-Control: no-store`,
    /// compressed when the client accepts gzip.
    static func uncached(_ html: String, request: Request, status: HTTPResponse.Status = .ok) -> Response {
        let body = Data(html.utf8)
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store", .vary: "Accept-Encoding"]
        if Gzip.accepted(by: request), let compressed = Gzip.compress(body) {
            headers[.contentEncoding] = "gzip"
            return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: compressed)))
        }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
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
