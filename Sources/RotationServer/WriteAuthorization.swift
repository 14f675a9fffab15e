import Hummingbird

/// Bearer-token check for the write route: `Authorization: Bearer <token>`, compared in time
/// independent of where the first difference lies.
enum WriteAuthorization {
    static func check(_ request: Request, token: String?) throws {
        guard let token else { throw APIError(.notFound, "no such route") }
        let challenge: HTTPFields = [.wwwAuthenticate: "Bearer realm=\"rotation\""]
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer ") else {
            throw APIError(.unauthorized, "this route needs Authorization: Bearer <write token>", headers: challenge)
        }
        guard constantTimeEqual(Array(header.dropFirst("Bearer ".count).utf8), Array(token.utf8)) else {
            throw APIError(.unauthorized, "the write token is not valid", headers: challenge)
        }
    }

    /// Equal bytes, examining every byte of the longer input.
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(a.count == b.count ? 0 : 1)
        for index in 0..<max(a.count, b.count) {
            difference |= (index < a.count ? a[index] : 0) ^ (index < b.count ? b[index] : 0)
        }
        return difference == 0
    }
}
