/// Spaces requests to one host at least `interval` seconds apart (a polite client), across
/// symbols and retries of one fetch.
actor HostRateLimiter {
    private let interval: Duration
    private var nextSlot: [String: ContinuousClock.Instant] = [:]

    init(interval seconds: Double) {
        interval = .milliseconds(Int64((max(0, seconds) * 1000).rounded()))
    }

    /// Returns when a request to `host` may be sent, having reserved that moment.
    func waitTurn(host: String) async throws {
        let now = ContinuousClock.now
        let slot = max(now, nextSlot[host] ?? now)
        nextSlot[host] = slot + interval
        if slot > now { try await Task.sleep(until: slot, clock: .continuous) }
    }
}
