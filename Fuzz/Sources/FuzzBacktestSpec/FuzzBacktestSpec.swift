import CFuzzerDriver
import Foundation
import RotationBacktest

/// libFuzzer entry: the input as a backtest spec JSON document, decoded as `rotation backtest
/// --spec` decodes it. Errors are fine; any trap is a bug. A spec that decodes must encode and
/// decode again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBacktestSpec(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let json = Data(UnsafeBufferPointer(start: data, count: size))
    guard let spec = try? JSONDecoder().decode(BacktestSpec.self, from: json) else { return 0 }
    guard let encoded = try? JSONEncoder().encode(spec) else { return 0 }
    precondition((try? JSONDecoder().decode(BacktestSpec.self, from: encoded)) != nil, "an encoded spec does not decode")
    return 0
}

/// The executable's entry point (SwiftPM links `main` to `FuzzBacktestSpec_main`): libFuzzer's driver
/// with this target's test function.
@_cdecl("FuzzBacktestSpec_main")
public func fuzzBacktestSpecMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzBacktestSpec(data, size) }
}
