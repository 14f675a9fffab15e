import Foundation

/// The time limit of one database call ran out.
struct DeadlineExceeded: Error, Equatable {
    var limit: Duration
}

/// Runs `operation` and returns its result, or throws `DeadlineExceeded` once `limit` has
/// passed, whichever comes first.
///
/// The caller regains control at the limit even when the operation ignores cancellation (a
/// driver waiting on a socket): the operation runs in its own task, which is cancelled and
/// left to finish on its own; its late result is discarded. The server side is bounded too:
/// every connection carries a `statement_timeout` (see `PostgresConfiguration`).
func withDeadline<T: Sendable>(_ limit: Duration,
                               _ operation: @escaping @Sendable () async throws -> T) async throws -> T {
    let race = DeadlineRace<T>()
    return try await withTaskCancellationHandler {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            race.start(continuation)
            let work = Task {
                do {
                    race.finish(.success(try await operation()))
                } catch {
                    race.finish(.failure(error))
                }
            }
            let timer = Task {
                try? await Task.sleep(for: limit)
                if race.finish(.failure(DeadlineExceeded(limit: limit))) { work.cancel() }
            }
            race.onFinish { timer.cancel() }
            race.onCancel { work.cancel() }
        }
    } onCancel: {
        race.finish(.failure(CancellationError()))
    }
}

/// The shared state of one `withDeadline` call: the first result wins, later ones are dropped.
private final class DeadlineRace<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<T, any Error>?
    private var pending: Result<T, any Error>?
    private var finished = false
    private var cleanups: [@Sendable () -> Void] = []
    private var cancellations: [@Sendable () -> Void] = []
    private var cancelled = false

    func start(_ continuation: CheckedContinuation<T, any Error>) {
        lock.lock()
        if let pending {
            lock.unlock()
            continuation.resume(with: pending)
            return
        }
        self.continuation = continuation
        lock.unlock()
    }

    /// Records the outcome; true when this call was the first (the one delivered).
    @discardableResult
    func finish(_ result: Result<T, any Error>) -> Bool {
        lock.lock()
        guard !finished else {
            lock.unlock()
            return false
        }
        finished = true
        if case .failure(let error) = result, error is CancellationError { cancelled = true }
        let continuation = self.continuation
        self.continuation = nil
        if continuation == nil { pending = result }
        let cleanups = self.cleanups, cancellations = cancelled ? self.cancellations : []
        lock.unlock()
        continuation?.resume(with: result)
        cleanups.forEach { $0() }
        cancellations.forEach { $0() }
        return true
    }

    /// Runs `body` once the race is decided (at once if it already is).
    func onFinish(_ body: @escaping @Sendable () -> Void) {
        lock.lock()
        guard !finished else {
            lock.unlock()
            return body()
        }
        cleanups.append(body)
        lock.unlock()
    }

    /// Runs `body` if the race was decided by the caller's cancellation.
    func onCancel(_ body: @escaping @Sendable () -> Void) {
        lock.lock()
        guard !cancelled else {
            lock.unlock()
            return body()
        }
        if !finished { cancellations.append(body) }
        lock.unlock()
    }
}
