import Testing
@testable import RotationApp

/// The contract's `--db` rule: argument, then $ROTATION_DB, then the XDG data directory.
struct StoreLocationTests {
    @Test("--db wins over the environment")
    func argumentWins() {
        let location = StoreLocation.resolve(argument: "/tmp/a.sqlite", environment: ["ROTATION_DB": "/tmp/b.sqlite"])
        #expect(location == .sqlite(path: "/tmp/a.sqlite"))
    }

    @Test("$ROTATION_DB is used when --db is absent")
    func environment() {
        #expect(StoreLocation.resolve(argument: nil, environment: ["ROTATION_DB": "sqlite:/tmp/b.sqlite"]) == .sqlite(path: "/tmp/b.sqlite"))
    }

    @Test("the default is $XDG_DATA_HOME/rotation/rotation.sqlite, else ~/.local/share/rotation/rotation.sqlite")
    func defaults() {
        #expect(StoreLocation.resolve(argument: nil, environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/u"])
            == .sqlite(path: "/data/rotation/rotation.sqlite"))
        #expect(StoreLocation.resolve(argument: nil, environment: ["HOME": "/home/u"])
            == .sqlite(path: "/home/u/.local/share/rotation/rotation.sqlite"))
    }

    @Test("postgres URLs select PostgreSQL and hide the password in messages")
    func postgres() {
        let location = StoreLocation.parse("postgres://rot:secret@127.0.0.1:5432/rotation")
        #expect(location == .postgres(url: "postgres://rot:secret@127.0.0.1:5432/rotation"))
        #expect(location.description == "postgres://rot:***@127.0.0.1:5432/rotation")
    }
}

struct FormattingTests {
    @Test("returns print as signed percentages with a true minus sign")
    func percent() {
        #expect(Formatting.percent(0.041234) == "+4.12%")
        #expect(Formatting.percent(-0.0162) == "−1.62%")
        #expect(Formatting.percent(nil) == "n/a")
    }

    @Test("levels print with thousands separators")
    func level() {
        #expect(Formatting.level(23195.17) == "23,195.17")
        #expect(Formatting.level(2551.46) == "2,551.46")
        #expect(Formatting.level(999.5) == "999.50")
        #expect(Formatting.level(1234567.891) == "1,234,567.89")
    }
}

struct UniverseTests {
    @Test("--universe parses role=symbol pairs, upper-casing symbols")
    func parse() throws {
        let universe = try Universe.parse("small=iwm, large=SPY")
        #expect(universe.entries.map(\.role) == ["small", "large"])
        #expect(universe.entries.map(\.candidates) == [["IWM"], ["SPY"]])
    }

    @Test("a malformed --universe is a usage error naming the bad part")
    func malformed() {
        #expect(throws: Failure(.usage, "--universe: expected ROLE=SYMBOL[,ROLE=SYMBOL…], got \"small\"")) {
            try Universe.parse("small")
        }
    }

    @Test("failures map to the contract's exit codes")
    func exitCodes() {
        #expect(Failure.Category.usage.exitCode == 64)
        #expect(Failure.Category.badInput.exitCode == 65)
        #expect(Failure.Category.missingInput.exitCode == 66)
        #expect(Failure.Category.unavailable.exitCode == 69)
        #expect(Failure.Category.internal.exitCode == 70)
        #expect(Failure.Category.io.exitCode == 74)
    }
}
