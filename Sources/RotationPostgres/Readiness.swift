import Foundation

/// A one-time preparation (connect, check the login, migrate) that operations wait for: started
/// at once, shared by every waiter while it runs, remembered once it succeeds, and started
/// afresh by the next waiter after it fails.
final class Readiness: @unchecked Sendable {
    private let prepare: @Sendable () async throws -> Void
    private let lock = NSLock()
    private var attempt: Task<Void, any Error>?
    private var ready = false

    /// Starts the first attempt of `prepare`.
    init(_ prepare: @escaping @Sendable () async throws -> Void) {
        self.prepare = prepare
        attempt = Task { try await prepare() }
    }

    /// Returns once prepared; throws the error of the attempt it waited for.
    func wait() async throws {
        let current: Task<Void, any Error>? = lock.withLock {
            if ready { return nil }
            let current = attempt ?? Task { [prepare] in try await prepare() }
            attempt = current
            return current
        }
        guard let current else { return }
        do {
            try await current.value
            lock.withLock { ready = true }
        } catch {
            lock.withLock {
                if attempt == current { attempt = nil }
            }
            throw error
        }
    }

    /// Cancels an attempt in progress.
    func cancel() {
        lock.withLock { attempt }?.cancel()
    }
}
