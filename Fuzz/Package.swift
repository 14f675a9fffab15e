// swift-tools-version: 6.1
// libFuzzer targets for Rotation's readers, kept in their own package so the sanitizer flags
// never touch the product build. Build and run one with `scripts/fuzz TARGET [SECONDS]`
// (see docs/RELIABILITY.md). Each target exports `LLVMFuzzerTestOneInput`: a thrown error is
// a correct answer, a trap or sanitizer report is a bug.
import Foundation
import PackageDescription

// A path dependency's identity is its folder's name, which differs between checkouts:
// derive it from this manifest's location.
let rotation = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().lastPathComponent

/// One fuzz target per reader, each in `Sources/<name>/`.
func fuzzTarget(_ name: String, _ products: [String]) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["CFuzzerDriver"] + products.map { .product(name: $0, package: rotation) },
        swiftSettings: [.unsafeFlags(["-parse-as-library"])]
    )
}

let package = Package(
    name: "RotationFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "CFuzzerDriver"),
        fuzzTarget("FuzzPriceCSV", ["RotationData"]),
        fuzzTarget("FuzzFactorCSV", ["RotationData"]),
        fuzzTarget("FuzzMembersCSV", ["RotationData", "RotationCore"]),
        fuzzTarget("FuzzWideMatrixCSV", ["RotationData"]),
        fuzzTarget("FuzzWindow", ["RotationCore"]),
        fuzzTarget("FuzzBacktestSpec", ["RotationBacktest"]),
        fuzzTarget("FuzzClaims", ["RotationText", "RotationCore"]),
    ],
    swiftLanguageModes: [.v6]
)
