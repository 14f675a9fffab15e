import CFuzzerDriver
import RotationData

/// libFuzzer entry: reads the input as a price, return or rate file. Errors are fine; any
/// trap is a bug. Also checks that what a successful read returns is sorted and finite-or-missing.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPriceCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let loaded = try? PriceCSV.parse(bytes, file: "fuzz.csv", symbol: "FUZZ") else { return 0 }
    switch loaded {
    case .bars(let bars):
        precondition(zip(bars.days, bars.days.dropFirst()).allSatisfy { $0 < $1 }, "days not strictly ascending")
        precondition(bars.close.allSatisfy { $0.isNaN || ($0.isFinite && $0 > 0) }, "a close is not a positive finite price")
    case .series(let series):
        precondition(zip(series.days, series.days.dropFirst()).allSatisfy { $0 < $1 }, "days not strictly ascending")
        precondition(series.values.allSatisfy { !$0.isInfinite }, "an infinite value")
    }
    return 0
}

/// The executable's entry point (SwiftPM links `main` to `FuzzPriceCSV_main`): libFuzzer's driver
/// with this target's test function.
@_cdecl("FuzzPriceCSV_main")
public func fuzzPriceCSVMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzPriceCSV(data, size) }
}
