import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// An HTTP/1.1 server on 127.0.0.1 (a free port) for provider tests: each request is answered
/// by a closure from its path and query and how many times that URI was asked for before.
public final class LoopbackServer: @unchecked Sendable {
    /// How to answer one request.
    public enum Reply: Sendable {
        /// 200 with a body.
        case ok([UInt8])
        /// Any status, with a text body and extra headers (`Retry-After`).
        case status(Int, body: String = "", headers: [(String, String)] = [])
        /// Any status, headers and bytes: a recorded answer replayed as sent.
        case answer(Int, headers: [(String, String)], body: [UInt8])
        /// Accept the request and never answer (a read timeout for the client).
        case hang
        /// 200 announcing `Content-Length` of the whole body, sending only the first `sent`
        /// bytes, then closing the connection (a transfer cut off).
        case cutOff([UInt8], sent: Int)
    }

    /// `(path, query, earlier requests for the same URI)` → reply.
    public typealias Route = @Sendable (_ path: String, _ query: String, _ attempt: Int) -> Reply

    private let channel: any Channel
    private let state: State

    /// `http://127.0.0.1:PORT`.
    public let baseURL: String

    private init(channel: any Channel, state: State) {
        self.channel = channel
        self.state = state
        self.baseURL = "http://127.0.0.1:\(channel.localAddress?.port ?? 0)"
    }

    /// Starts a server answering with `route`.
    public static func start(_ route: @escaping Route) async throws -> LoopbackServer {
        let state = State(route: route)
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { child in
                state.track(child)
                return child.pipeline.configureHTTPServerPipeline().flatMapThrowing {
                    try child.pipeline.syncOperations.addHandler(RouteHandler(state: state))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        return LoopbackServer(channel: channel, state: state)
    }

    /// Every request URI received so far, in order.
    public var requests: [String] { state.log() }

    /// Stops listening and closes every open connection.
    public func stop() async throws {
        try await channel.close()
        for child in state.children() { try? await child.close() }
    }

    final class State: @unchecked Sendable {
        let route: Route
        private let lock = NSLock()
        private var uris: [String] = []
        private var open: [any Channel] = []

        init(route: @escaping Route) { self.route = route }

        func record(_ uri: String) -> Int {
            lock.lock()
            defer { lock.unlock() }
            let earlier = uris.filter { $0 == uri }.count
            uris.append(uri)
            return earlier
        }

        func log() -> [String] {
            lock.lock()
            defer { lock.unlock() }
            return uris
        }

        func track(_ channel: any Channel) {
            lock.lock()
            open.append(channel)
            lock.unlock()
        }

        func children() -> [any Channel] {
            lock.lock()
            defer { lock.unlock() }
            return open
        }
    }
}

/// Answers each request on one connection with the server's route.
final class RouteHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    let state: LoopbackServer.State
    private var uri = ""

    init(state: LoopbackServer.State) { self.state = state }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head): uri = head.uri
        case .body: break
        case .end: answer(context: context)
        }
    }

    private func answer(context: ChannelHandlerContext) {
        let attempt = state.record(uri)
        let parts = uri.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts[0])
        let query = parts.count > 1 ? String(parts[1]) : ""
        switch state.route(path, query, attempt) {
        case .ok(let body):
            send(context: context, status: .ok, body: body, headers: [])
        case .status(let code, let body, let headers):
            send(context: context, status: HTTPResponseStatus(statusCode: code), body: Array(body.utf8), headers: headers)
        case .answer(let code, let headers, let body):
            send(context: context, status: HTTPResponseStatus(statusCode: code), body: body, headers: headers)
        case .hang:
            break
        case .cutOff(let body, let sent):
            var head = HTTPResponseHead(version: .http1_1, status: .ok)
            head.headers.add(name: "Content-Length", value: "\(body.count)")
            context.write(wrapOutboundOut(.head(head)), promise: nil)
            context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: body.prefix(sent))))), promise: nil)
            context.close(promise: nil)
        }
    }

    private func send(context: ChannelHandlerContext, status: HTTPResponseStatus, body: [UInt8], headers: [(String, String)]) {
        var head = HTTPResponseHead(version: .http1_1, status: status)
        head.headers.add(name: "Content-Length", value: "\(body.count)")
        for (name, value) in headers { head.headers.add(name: name, value: value) }
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: body)))), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }
}
