// swift-tools-version: 6.1
// Benchmarks for Rotation, kept in their own package so the benchmark harness stays out of the
// product's dependency graph. Run: cd Benchmarks && swift package benchmark
import Foundation
import PackageDescription

// A path dependency's identity is its folder's name, which differs between checkouts
// (main, a CI clone…): derive it from this manifest's location.
let rotation = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "RotationBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.29.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "RotationBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "RotationCore", package: rotation),
                .product(name: "RotationData", package: rotation),
                .product(name: "RotationApp", package: rotation),
                .product(name: "RotationBacktest", package: rotation),
            ],
            path: "Benchmarks/RotationBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
