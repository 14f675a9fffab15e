import Foundation
import Hummingbird
import RotationApp

/// An error as a client sees it: a 4xx (or 5xx) status and one safe line, sent as
/// `{"error": {"message": …}}`. Only these reach clients; internals are logged, not echoed.
struct APIError: Error, Sendable {
    var status: HTTPResponse.Status
    var message: String
    /// Extra response headers (`WWW-Authenticate` on 401).
    var headers: HTTPFields = [:]

    init(_ status: HTTPResponse.Status, _ message: String, headers: HTTPFields = [:]) {
        self.status = status
        self.message = message
        self.headers = headers
    }

    /// Classifies any error thrown by a handler: use-case failures by their category (unknown
    /// symbol 404, bad window or date 400, bad data 400, an unreadable named file 400, unavailable
    /// store 503), Hummingbird's
    /// HTTP errors by their status, anything else as a bare 500 with no detail.
    static func from(_ error: any Error, filesRoot: String?) -> APIError {
        switch error {
        case let api as APIError:
            return api
        case let http as HTTPError:
            return APIError(http.status, http.body ?? Self.sentence(for: http.status))
        case let http as any HTTPResponseError where http.status.code < 500:
            return APIError(http.status, Self.sentence(for: http.status))
        default:
            let failure = Failure.from(error)
            switch failure.category {
            case .internal:
                return APIError(.internalServerError, "internal error")
            case .io:
                // The server reads only files a request names (the store fails as unavailable),
                // so an unreadable file — a folder where a file was expected — is the client's.
                return APIError(.badRequest, hidingRoot(failure.message, filesRoot: filesRoot))
            case .unavailable:
                return APIError(.serviceUnavailable, "the store is unavailable")
            default:
                let status = HTTPResponse.Status(code: failure.category.httpStatus)
                return APIError(status, hidingRoot(failure.message, filesRoot: filesRoot))
            }
        }
    }

    /// The message with the server's files folder removed from any path in it.
    static func hidingRoot(_ message: String, filesRoot: String?) -> String {
        guard let filesRoot, !filesRoot.isEmpty else { return message }
        let prefix = filesRoot.hasSuffix("/") ? filesRoot : filesRoot + "/"
        return message.replacingOccurrences(of: prefix, with: "")
    }

    /// A plain sentence for a status Hummingbird raised without a message.
    static func sentence(for status: HTTPResponse.Status) -> String {
        switch status.code {
        case 404: "no such route"
        case 405: "method not allowed"
        case 413: "the request body is too large"
        case 414: "the query is too long"
        default: status.reasonPhrase.lowercased()
        }
    }

    /// The JSON error document.
    var json: Data {
        let document = ["error": ["message": message]]
        return (try? JSONOutput.encode(document)).map { $0 + Data("\n".utf8) } ?? Data("{\"error\":{\"message\":\"error\"}}\n".utf8)
    }
}

extension Failure.Category {
    /// The HTTP status the server answers a failure of this category with.
    var httpStatus: Int {
        switch self {
        case .usage, .badInput: 400
        case .missingInput: 404
        case .unavailable: 503
        case .io, .internal, .cannotCreate: 500
        }
    }
}
