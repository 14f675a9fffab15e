// swift-tools-version: 6.0
// Rotation: measures, explains and tests market-leadership rotation.
// Dependencies point down only: rotation (CLI) → RotationApp → RotationData/RotationSQLite/RotationPostgres → RotationCore.
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
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
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
        // The embedded default store on GRDB (system SQLite).
        .target(
            name: "RotationSQLite",
            dependencies: ["RotationData", "RotationCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The shared server store on postgres-nio.
        .target(
            name: "RotationPostgres",
            dependencies: ["RotationData", "RotationCore", .product(name: "PostgresNIO", package: "postgres-nio")]
        ),
        // Use cases: the only place that wires data + core. Both front ends call these.
        .target(
            name: "RotationApp",
            dependencies: ["RotationCore", "RotationData", "RotationSQLite", "RotationPostgres", "RotationBacktest"],
            resources: [.copy("Sample")]
        ),
        .executableTarget(
            name: "rotation",
            dependencies: [
                "RotationApp",
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
        .testTarget(name: "RotationDataTests", dependencies: ["RotationData"], resources: [.copy("Malformed")]),
        .testTarget(name: "RotationSQLiteTests", dependencies: ["RotationSQLite", "RotationData"]),
        // The storage contract suite: every Store (SQLite in memory, SQLite file, PostgreSQL).
        .testTarget(
            name: "RotationStoreTests",
            dependencies: ["RotationSQLite", "RotationPostgres", "RotationData", "RotationApp",
                           .product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "PostgresNIO", package: "postgres-nio"),
                           .product(name: "Logging", package: "swift-log")]
        ),
        .testTarget(name: "RotationAppTests", dependencies: ["RotationApp"]),
        .testTarget(name: "RotationCLITests", dependencies: ["rotation"]),
    ],
    swiftLanguageModes: [.v6]
)
