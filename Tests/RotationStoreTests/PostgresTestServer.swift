import Foundation
import Logging
import PostgresNIO
@testable import RotationPostgres
import Testing

/// The PostgreSQL server the store tests use: `$ROTATION_TEST_POSTGRES_URL` (scripts/test starts
/// a throwaway cluster and sets it). Without it the PostgreSQL flavour is left out locally, but
/// in CI (`$CI` set) it stays in and every PostgreSQL test fails with the reason.
enum PostgresTestServer {
    static let environment = ProcessInfo.processInfo.environment

    /// The test database's URL, if configured.
    static let url: String? = environment["ROTATION_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }

    /// True under continuous integration, where a missing server is a failure, not a skip.
    static let isCI: Bool = !(environment["CI"] ?? "").isEmpty

    /// Whether the PostgreSQL tests run (and, without a URL, fail).
    static var runs: Bool { url != nil || isCI }

    /// Why PostgreSQL tests cannot run.
    struct NotConfigured: Error, CustomStringConvertible {
        var description: String {
            "ROTATION_TEST_POSTGRES_URL is not set: CI must run the store tests against PostgreSQL (scripts/test starts a throwaway server)"
        }
    }

    /// The configured URL, or a test failure naming what is missing.
    static func requireURL() throws -> String {
        guard let url else { throw NotConfigured() }
        return url
    }

    /// A fresh schema name, so every test has its own empty store and tests run in parallel.
    static func freshSchema() -> String {
        "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
    }

    /// The test URL with a parameter added (`schema=…`, `timeout=…`).
    static func url(adding parameter: String) throws -> String {
        let url = try requireURL()
        return url + (url.contains("?") ? "&" : "?") + parameter
    }

    /// A store on a fresh schema of the test database.
    static func makeStore(schema: String = freshSchema(), extra: String? = nil) throws -> PostgresStore {
        var url = try url(adding: "schema=\(schema)")
        if let extra { url += "&" + extra }
        return try PostgresStore(url: url)
    }

    /// Runs `body` on a direct connection to the test database with `search_path` set to `schema`,
    /// for checks the Store protocol does not expose (tables, locks, other sessions).
    @discardableResult
    static func withConnection<T>(schema: String? = nil,
                                  _ body: (PostgresConnection) async throws -> T) async throws -> T {
        var location = try PostgresLocation(url: requireURL())
        location.schema = schema
        var configuration = try PostgresConfiguration.connection(location)
        configuration.options.additionalStartupParameters = PostgresConfiguration.startupParameters(location).map {
            $0.0 == "application_name" ? ($0.0, "rotation-tests") : $0
        }
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        do {
            let result = try await body(connection)
            try await connection.close()
            return result
        } catch {
            try? await connection.close()
            throw error
        }
    }

    static let logger = Logger(label: "rotation.tests.postgres")
}

/// Makes the skip visible: without a server (and outside CI) this one test is reported as
/// skipped with the reason, and the PostgreSQL flavour is left out of the parameterised tests.
struct PostgresAvailabilityTests {
    @Test("the PostgreSQL store tests run against $ROTATION_TEST_POSTGRES_URL",
          .enabled(if: PostgresTestServer.runs,
                   "ROTATION_TEST_POSTGRES_URL is not set: PostgreSQL store tests skipped (scripts/test starts a server)"))
    func serverAnswers() async throws {
        let version = try await PostgresTestServer.withConnection { connection in
            var version = 0
            for try await number in try await connection.query("SHOW server_version_num", logger: PostgresTestServer.logger)
                .decode(String.self) {
                version = Int(number) ?? 0
            }
            return version
        }
        // DATE, NUMERIC, identity columns and ON CONFLICT need PostgreSQL 10 or later.
        #expect(version >= 100_000)
    }
}
