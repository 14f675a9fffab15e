import CFuzzerDriver
import RotationCore

/// libFuzzer entry: the input's text as a `--window` value and as an ISO date. Errors are
/// fine; any trap is a bug. A date that parses must print back as the same text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWindow(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let text = String(decoding: bytes, as: UTF8.self)
    _ = try? Window.parse(text)
    if let day = TradingDay.parseISO(bytes) {
        precondition(day.description.utf8.elementsEqual(bytes), "a parsed date does not print back as its text")
    }
    _ = TradingDay(text)
    return 0
}

/// The executable's entry point (SwiftPM links `main` to `FuzzWindow_main`): libFuzzer's driver
/// with this target's test function.
@_cdecl("FuzzWindow_main")
public func fuzzWindowMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzWindow(data, size) }
}
