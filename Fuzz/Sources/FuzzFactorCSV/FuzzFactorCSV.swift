import CFuzzerDriver
import RotationData

/// libFuzzer entry: reads the input as a Kenneth French factor file (tidy or original layout).
/// Errors are fine; any trap is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFactorCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let series = try? FactorCSV.parse(bytes, file: "fuzz.csv", stem: "fuzz") else { return 0 }
    for one in series {
        precondition(zip(one.days, one.days.dropFirst()).allSatisfy { $0 < $1 }, "days not strictly ascending")
        precondition(one.values.allSatisfy(\.isFinite), "a missing or infinite factor value was kept")
    }
    return 0
}

/// The executable's entry point (SwiftPM links `main` to `FuzzFactorCSV_main`): libFuzzer's driver
/// with this target's test function.
@_cdecl("FuzzFactorCSV_main")
public func fuzzFactorCSVMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzFactorCSV(data, size) }
}
