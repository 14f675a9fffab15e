import CFuzzerDriver
import RotationCore
import RotationData

/// libFuzzer entry: reads the input as a holdings file, a member list and a fundamentals file
/// (the three member readers share one CSV splitter). Errors are fine; any trap is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMembersCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? HoldingsCSV.parse(bytes: bytes, file: "IWM_holdings_2025-11-05.csv")
    _ = try? MembersCSV.parse(bytes: bytes, file: "members.csv")
    _ = try? FundamentalsCSV.parse(bytes: bytes, file: "fundamentals.csv")
    _ = HoldingsCSV.dateInName(String(decoding: bytes.prefix(256), as: UTF8.self))
    return 0
}

/// The executable's entry point (SwiftPM links `main` to `FuzzMembersCSV_main`): libFuzzer's driver
/// with this target's test function.
@_cdecl("FuzzMembersCSV_main")
public func fuzzMembersCSVMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzMembersCSV(data, size) }
}
