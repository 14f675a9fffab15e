import CFuzzerDriver
import RotationData

/// libFuzzer entry: reads the input as a wide member price matrix. Errors are fine; any trap
/// is a bug. A successful read must give strictly ascending days.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWideMatrixCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let panel = try? WideMatrixCSV.parse(bytes: bytes, file: "wide.csv") else { return 0 }
    precondition(zip(panel.days, panel.days.dropFirst()).allSatisfy { $0 < $1 }, "days not strictly ascending")
    return 0
}

/// The executable's entry point (SwiftPM links `main` to `FuzzWideMatrixCSV_main`): libFuzzer's driver
/// with this target's test function.
@_cdecl("FuzzWideMatrixCSV_main")
public func fuzzWideMatrixCSVMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzWideMatrixCSV(data, size) }
}
