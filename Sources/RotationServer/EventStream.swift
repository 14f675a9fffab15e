import Foundation
import Hummingbird
import ServiceLifecycle

/// `GET /events`: server-sent events. The stream opens with `event: version` carrying the
/// import-log token, then sends `event: import` with the new token whenever the log changes,
/// and a comment line every 15 s to keep proxies from closing it. A stream ends after
/// `eventStreamSeconds` (the browser's EventSource reconnects after `retry` ms) or when the
/// server shuts down gracefully.
enum EventStream {
    static func response(state: ServerState) -> Response {
        let poll = state.configuration.eventPollSeconds
        let lifetime = state.configuration.eventStreamSeconds
        let watcher = state.importLog
        let body = ResponseBody { writer in
            let start = ContinuousClock.now
            var version = await watcher.version()
            try await writer.write(ByteBuffer(string: "retry: 3000\nevent: version\ndata: \(version)\n\n"))
            var sinceHeartbeat = 0.0
            while !Task.isCancelled, !Task.isShuttingDownGracefully, ContinuousClock.now - start < .seconds(lifetime) {
                try? await Task.sleep(for: .seconds(poll))
                let current = await watcher.version()
                if current != version {
                    version = current
                    try await writer.write(ByteBuffer(string: "event: import\ndata: \(version)\n\n"))
                }
                sinceHeartbeat += poll
                if sinceHeartbeat >= 15 {
                    sinceHeartbeat = 0
                    try await writer.write(ByteBuffer(string: ": keep-alive\n\n"))
                }
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"], body: body)
    }
}
