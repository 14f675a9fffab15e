// swift-tools-version: 6.0
// Rotation: measures, explains and tests market-leadership rotation.
// Dependencies point down only (docs/ARCHITECTURE.md states the rule for each arrow; scripts/check-imports checks it).
import PackageDescription

let package = Package(
    name: "Rotation",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "rotation", targets: ["rotation"]),
        .library(name: "RotationCore", targets: ["RotationCore"]),
        .library(name: "RotationData", targets: ["RotationData"]),
        .library(name: "RotationBacktest", targets: ["RotationBacktest"]),
        .library(name: "RotationApp", targets: ["RotationApp"]),
        .library(name: "RotationCharts", targets: ["RotationCharts"]),
        .library(name: "RotationText", targets: ["RotationText"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        // Hummingbird's HTTP types (HTTPRequest.Method, statuses), imported by the server's OpenAPI document.
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.0.0"),
        // gzip for the server's answers when a client sends Accept-Encoding: gzip (zlib underneath).
        .package(url: "https://github.com/adam-fowler/compress-nio", from: "1.5.0"),
    ],
    targets: [
        // Pure maths on values. No I/O, no Foundation, no drivers.
        .target(
            name: "RotationCore",
            dependencies: [.product(name: "RealModule", package: "swift-numerics")]
        ),
        // File formats, source locations for errors, the Store protocol.
        .target(name: "RotationData", dependencies: ["RotationCore"]),
        // Pure: strategies, engine, ledger, sweeps. Depends on Core only.
        .target(
            name: "RotationBacktest",
            dependencies: ["RotationCore", .product(name: "RealModule", package: "swift-numerics")]
        ),
        // Pure: SVG charts (axes with date ticks, lines, drawdown areas, scatter with tails, bars).
        .target(name: "RotationCharts", dependencies: ["RotationCore"]),
        // Pure: numeric claims read from plain text (tokenizer, aliases, window phrases). Depends on Core only.
        .target(name: "RotationText", dependencies: ["RotationCore"]),
        // The embedded default store on GRDB (system SQLite).
        .target(
            name: "RotationSQLite",
            dependencies: ["RotationData", "RotationCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Data providers (Stooq, Yahoo, FRED, French, iShares): HTTP fetch, cache, provenance.
        .target(
            name: "RotationProviders",
            dependencies: [
                "RotationData", "RotationCore",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // The shared server store on postgres-nio.
        .target(
            name: "RotationPostgres",
            dependencies: ["RotationData", "RotationCore", .product(name: "PostgresNIO", package: "postgres-nio")]
        ),
        // Use cases: the only place that wires data + core. Both front ends call these.
        .target(
            name: "RotationApp",
            dependencies: ["RotationCore", "RotationData", "RotationSQLite", "RotationPostgres", "RotationBacktest", "RotationCharts", "RotationText", "RotationProviders"],
            resources: [.copy("Sample")]
        ),
        // Hummingbird routes, pages and `buildApplication(_:)` (testable in-process).
        .target(
            name: "RotationServer",
            dependencies: [
                "RotationApp", "RotationCore", "RotationData", "RotationBacktest", "RotationCharts", "RotationText",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "CompressNIO", package: "compress-nio"),
            ]
        ),
        .executableTarget(
            name: "rotation",
            dependencies: [
                "RotationApp",
                "RotationCore",
                "RotationData",
                "RotationBacktest",
                "RotationText",
                "RotationServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "RotationCoreTests",
            dependencies: ["RotationCore", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "RotationBacktestTests",
            dependencies: ["RotationBacktest", "RotationCore", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Golden"]
        ),
        .testTarget(name: "RotationDataTests", dependencies: ["RotationData", "RotationCore"], resources: [.copy("Malformed")]),
        .testTarget(
            name: "RotationSQLiteTests",
            dependencies: ["RotationSQLite", "RotationData", "RotationCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "RotationChartsTests", dependencies: ["RotationCharts", "RotationCore"], exclude: ["Snapshots"]),
        .testTarget(name: "RotationTextTests", dependencies: ["RotationText", "RotationCore"]),
        .testTarget(name: "RotationAppTests", dependencies: ["RotationApp", "RotationText", "RotationBacktest", "RotationCore", "RotationData"], exclude: ["Articles", "Structures"]),
        .testTarget(name: "RotationCLITests", dependencies: ["rotation", "ProviderTestSupport"], exclude: ["Golden"]),
        // Loopback HTTP server and provider fixtures built from ../shared/data (tests only).
        .target(
            name: "ProviderTestSupport",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            path: "Tests/ProviderTestSupport"
        ),
        .testTarget(name: "RotationProvidersTests", dependencies: ["RotationProviders", "RotationData", "RotationCore", "RotationApp", "RotationSQLite", "ProviderTestSupport"]),
        .testTarget(
            name: "RotationServerTests",
            dependencies: ["RotationServer", "RotationApp", "RotationData", "RotationCharts", "rotation",
                           .product(name: "Hummingbird", package: "hummingbird"),
                           .product(name: "CompressNIO", package: "compress-nio"),
                           .product(name: "HummingbirdTesting", package: "hummingbird"),
                           .product(name: "Logging", package: "swift-log")]
        ),
        // The storage contract suite: every Store (SQLite in memory, SQLite file, PostgreSQL).
        .testTarget(
            name: "RotationStoreTests",
            dependencies: ["RotationSQLite", "RotationPostgres", "RotationData", "RotationCore", "RotationApp",
                           .product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "PostgresNIO", package: "postgres-nio"),
                           .product(name: "Logging", package: "swift-log")]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// Every target names each module it imports (scripts/check-imports holds the arrows to the
// rule of docs/ARCHITECTURE.md), and a file sees only the members of the modules it imports
// itself (SE-0444), so an arrow cannot hide behind another file's import.
let withoutMemberImportVisibility: Set<String> = []
for target in package.targets where !withoutMemberImportVisibility.contains(target.name) {
    target.swiftSettings = (target.swiftSettings ?? []) + [.enableUpcomingFeature("MemberImportVisibility")]
}
