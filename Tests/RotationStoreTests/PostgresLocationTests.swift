import RotationData
@testable import RotationPostgres
import Testing

/// `postgres://` URLs: defaults, decoding, parameters, and errors that never echo the password.
struct PostgresLocationTests {
    @Test("a full URL gives user, password, host, port and database, percent-decoded")
    func fullURL() throws {
        let location = try PostgresLocation(url: "postgres://rot%40team:p%3Ass@db.example.com:6543/market%20data")
        #expect(location.user == "rot@team")
        #expect(location.password == "p:ss")
        #expect(location.host == "db.example.com")
        #expect(location.port == 6543)
        #expect(location.database == "market data")
        #expect(location.tls == .prefer)
        #expect(location.timeouts == PostgresTimeouts(connect: .seconds(5), operation: .seconds(60)))
        #expect(location.description == "PostgreSQL at db.example.com:6543")
    }

    @Test("missing parts default to postgres@localhost:5432 and the user's database")
    func defaults() throws {
        let location = try PostgresLocation(url: "postgresql://")
        #expect([location.user, location.host, location.database] == ["postgres", "localhost", "postgres"])
        #expect(location.port == 5432)
        #expect(location.password == nil)
        #expect(try PostgresLocation(url: "postgres://ana@h").database == "ana")
    }

    @Test("an IPv6 host is named in brackets")
    func ipv6() throws {
        let location = try PostgresLocation(url: "postgres://u@[::1]:5433/d")
        #expect(location.host == "::1")
        #expect(location.endpoint == "[::1]:5433")
    }

    @Test("sslmode, connect_timeout, timeout and schema are read from the query")
    func parameters() throws {
        let location = try PostgresLocation(
            url: "postgres://u@h/d?sslmode=disable&connect_timeout=2.5&timeout=30&schema=team_a")
        #expect(location.tls == .disable)
        #expect(location.timeouts == PostgresTimeouts(connect: .milliseconds(2500), operation: .seconds(30)))
        #expect(location.schema == "team_a")
    }

    @Test("bad URLs are rejected with one line that names the problem", arguments: [
        ("mysql://u@h/d", "not a PostgreSQL URL: expected postgres://USER:PASSWORD@HOST:PORT/DATABASE"),
        ("postgres://u@h/d?sslmode=maybe", "PostgreSQL URL: sslmode must be disable, prefer, require or verify-full, not \"maybe\""),
        ("postgres://u@h/d?timeout=-1", "PostgreSQL URL: timeout must be a positive number of seconds, not \"-1\""),
        ("postgres://u@h/d?schema=a;drop", "PostgreSQL URL: schema must be letters, digits and _ (starting with a letter or _), not \"a;drop\""),
        ("postgres://u@h/d?pool=9", "PostgreSQL URL: unknown parameter \"pool\" (known: sslmode, connect_timeout, timeout, schema)"),
    ])
    func badURLs(url: String, message: String) {
        #expect(throws: DataError(.badInput, message)) { try PostgresLocation(url: url) }
    }

    @Test("no message about a location carries its password")
    func passwordHidden() throws {
        let location = try PostgresLocation(url: "postgres://u:hunter2@h:1/d")
        let messages = [location.description,
                        PostgresErrorMapping.serverError(sqlState: "28P01", location: location, phase: .connecting).description,
                        PostgresErrorMapping.lost(location: location, phase: .importing).description]
        #expect(messages.allSatisfy { !$0.contains("hunter2") })
        #expect(messages[1] == "PostgreSQL at h:1 refused the login of user \"u\" (wrong password or no access)")
    }
}

/// NUMERIC's wire digits (base 10 000) to the nearest double.
struct StoredNumberTests {
    @Test("base-10000 digits convert to the double their decimal names", arguments: [
        // (digits, weight, expected): hand-written from the format (value = Σ dᵢ·10000^(weight−i)).
        ([3, 1415, 9265, 3589, 7930], 0, Double.pi),
        ([7, 4800], 1, 74_800),
        ([3000, 0, 0, 0, 4000], -1, 0.30000000000000004),
        ([5], -81, Double.leastNonzeroMagnitude),  // 5e-324
        ([1, 7976, 9313, 4862, 3157], 77, 1.7976931348623157e308),
        ([123], 0, 123),
        ([], 0, 0),
    ] as [([Int16], Int, Double)])
    func digits(digits: [Int16], weight: Int, expected: Double) {
        #expect(StoredNumber.double(digits: digits, weight: weight, sign: StoredNumber.positive)?.bitPattern == expected.bitPattern)
        #expect(StoredNumber.double(digits: digits, weight: weight, sign: StoredNumber.negative) == -expected)
    }

    @Test("NaN and the infinities decode from their sign words; an unknown sign word is rejected")
    func specials() {
        #expect(StoredNumber.double(digits: [], weight: 0, sign: StoredNumber.notANumber)?.isNaN == true)
        #expect(StoredNumber.double(digits: [], weight: 0, sign: StoredNumber.infinity) == .infinity)
        #expect(StoredNumber.double(digits: [], weight: 0, sign: StoredNumber.negativeInfinity) == -.infinity)
        #expect(StoredNumber.double(digits: [1], weight: 0, sign: 0x1234) == nil)
    }
}
