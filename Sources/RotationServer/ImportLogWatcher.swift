import Foundation
import RotationData

/// The store's import log as a version token for server-sent events: the token changes whenever
/// an import is recorded (by this server or by `rotation import` in another process).
///
/// The log is re-read at most once per `minimumInterval`, however many event streams ask.
actor ImportLogWatcher {
    private let store: any Store
    private let minimumInterval: Double
    private var cached: String?
    private var readAt: ContinuousClock.Instant?

    init(store: any Store, minimumInterval: Double) {
        self.store = store
        self.minimumInterval = minimumInterval
    }

    /// `<entries>:<newest imported_at>` of the import log ("0:" when empty; "unavailable" when
    /// the log cannot be read).
    func version() async -> String {
        let now = ContinuousClock.now
        if let cached, let readAt, now - readAt < .seconds(minimumInterval) { return cached }
        let token: String
        do {
            let log = try await store.importLog()
            token = "\(log.count):\(log.first?.importedAt ?? "")"
        } catch {
            token = "unavailable"
        }
        cached = token
        readAt = now
        return token
    }

    /// Forgets the cached token, so the next read sees an import this server just made.
    func invalidate() {
        cached = nil
    }
}
