import PostgresNIO
import RotationData

/// postgres-nio configurations built from a `PostgresLocation`: one for the pool
/// (`PostgresClient`) and one for the single connection that checks the login and migrates.
///
/// Every connection sends the same startup parameters: `application_name` (`rotation`, so an
/// administrator can find the store's sessions), `search_path` when a schema is named,
/// `statement_timeout` and `idle_in_transaction_session_timeout` equal to the operation timeout,
/// so the server itself ends work the client has given up on, and `TimeZone` UTC.
enum PostgresConfiguration {
    /// The name rotation's sessions carry in `pg_stat_activity`.
    static let applicationName = "rotation"

    /// The startup parameters every connection sends.
    static func startupParameters(_ location: PostgresLocation) -> [(String, String)] {
        let milliseconds = String(location.timeouts.operation.components.seconds * 1000
                                  + location.timeouts.operation.components.attoseconds / 1_000_000_000_000_000)
        var parameters: [(String, String)] = [
            ("application_name", applicationName),
            ("statement_timeout", milliseconds),
            ("idle_in_transaction_session_timeout", milliseconds),
            ("TimeZone", "UTC"),
        ]
        if let schema = location.schema {
            parameters.append(("search_path", schema))
        }
        return parameters
    }

    /// The pool's configuration: at most four connections, idle ones closed after 30 s, no
    /// keep-alive queries (the CLI is short-lived; the server re-validates on use).
    static func client(_ location: PostgresLocation) -> PostgresClient.Configuration {
        var configuration = PostgresClient.Configuration(
            host: location.host, port: location.port, username: location.user, password: location.password,
            database: location.database, tls: clientTLS(location.tls))
        configuration.options.connectTimeout = location.timeouts.connect
        configuration.options.additionalStartupParameters = startupParameters(location)
        configuration.options.maximumConnections = 4
        configuration.options.connectionIdleTimeout = .seconds(30)
        configuration.options.keepAliveBehavior = nil
        if location.tls != .disable { configuration.options.tlsServerName = location.host }
        return configuration
    }

    /// The single connection's configuration (same server, login and startup parameters).
    static func connection(_ location: PostgresLocation) throws -> PostgresConnection.Configuration {
        var configuration = PostgresConnection.Configuration(
            host: location.host, port: location.port, username: location.user, password: location.password,
            database: location.database, tls: try connectionTLS(location.tls))
        let connect = location.timeouts.connect.components
        configuration.options.connectTimeout = .nanoseconds(connect.seconds * 1_000_000_000
                                                            + connect.attoseconds / 1_000_000_000)
        configuration.options.additionalStartupParameters = startupParameters(location)
        if location.tls != .disable { configuration.options.tlsServerName = location.host }
        return configuration
    }

    /// TLS settings: libpq's `prefer` and `require` encrypt without checking the certificate;
    /// `verify-full` checks the chain and the host name.
    static func tlsConfiguration(_ mode: PostgresLocation.TLSMode) -> TLSConfiguration {
        var tls = TLSConfiguration.makeClientConfiguration()
        if mode != .verifyFull { tls.certificateVerification = .none }
        return tls
    }

    private static func clientTLS(_ mode: PostgresLocation.TLSMode) -> PostgresClient.Configuration.TLS {
        switch mode {
        case .disable: .disable
        case .prefer: .prefer(tlsConfiguration(mode))
        case .require, .verifyFull: .require(tlsConfiguration(mode))
        }
    }

    private static func connectionTLS(_ mode: PostgresLocation.TLSMode) throws -> PostgresConnection.Configuration.TLS {
        switch mode {
        case .disable: .disable
        case .prefer: .prefer(try NIOSSLContext(configuration: tlsConfiguration(mode)))
        case .require, .verifyFull: .require(try NIOSSLContext(configuration: tlsConfiguration(mode)))
        }
    }
}
