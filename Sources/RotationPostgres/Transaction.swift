import PostgresNIO

/// One step of a transaction failed.
struct TransactionError: Error {
    /// Which statement failed: the opening one, the work between, or `COMMIT`.
    enum Step: Sendable {
        case begin, body, commit
    }

    var step: Step
    var underlying: any Error
}

/// The server closed the session before the next statement could be sent.
struct ConnectionLost: Error {}

extension PostgresConnection {
    /// Runs `body` between `begin` (default `BEGIN`) and `COMMIT`, rolling back when it throws.
    ///
    /// Used instead of postgres-nio's `withTransaction`, which sends `ROLLBACK` after any error:
    /// postgres-nio 1.33 never completes a query written to a connection the server has already
    /// closed (a terminated backend, a restart), so that `ROLLBACK` waited forever and held the
    /// pool's connection (docs/STORAGE.md, "A lost connection"). Here no statement is sent on a
    /// closed connection — the server has already rolled back a session it ended — and the
    /// `ROLLBACK` itself runs under a short deadline; a connection whose `ROLLBACK` fails is
    /// closed, so the pool never hands out a session in an unknown state.
    ///
    /// - Throws: `TransactionError` naming the step that failed, wrapping the error; a closed
    ///   connection is `ConnectionLost`.
    func transaction<T: Sendable>(begin: PostgresQuery = "BEGIN", logger: Logger,
                                  _ body: (PostgresConnection) async throws -> T) async throws -> T {
        guard !isClosed else { throw TransactionError(step: .begin, underlying: ConnectionLost()) }
        do {
            try await query(begin, logger: logger)
        } catch {
            throw TransactionError(step: .begin, underlying: error)
        }
        let value: T
        do {
            value = try await body(self)
            guard !isClosed else { throw ConnectionLost() }
        } catch {
            await rollBack(logger: logger)
            throw TransactionError(step: .body, underlying: error)
        }
        do {
            try await query("COMMIT", logger: logger)
        } catch {
            throw TransactionError(step: .commit, underlying: error)
        }
        return value
    }

    /// Sends `ROLLBACK` unless the connection is closed; closes the connection when that fails
    /// or takes over five seconds.
    private func rollBack(logger: Logger) async {
        guard !isClosed else { return }
        do {
            try await withDeadline(.seconds(5)) { [self] in
                _ = try await query("ROLLBACK", logger: logger)
            }
        } catch {
            _ = try? await withDeadline(.seconds(2)) { [self] in try await close().get() }
        }
    }
}
