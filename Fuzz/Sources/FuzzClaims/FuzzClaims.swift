import CFuzzerDriver
import RotationCore
import RotationText

/// libFuzzer entry: the input's text as an article (dateline, then claims against a fixed day)
/// and as a user alias file. Any trap is a bug; so is a claim whose stated value or precision
/// is not a finite number, or a window that ends after the article's day.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzClaims(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let reference = TradingDay(year: 2025, month: 12, day: 12)!
    let asOf = Dateline.asOf(in: text, reference: reference) ?? reference
    _ = Dateline.needsReference(text)
    for claim in ClaimExtractor().claims(in: text, asOf: asOf) {
        precondition(claim.stated.isFinite, "a claim states a value that is not finite: \(claim.text)")
        precondition(claim.precision.isFinite && claim.precision >= 0, "a claim's precision is not a finite, non-negative number")
        if let window = claim.window { precondition(window.end <= asOf, "a claim's window ends after the article's day") }
    }
    if let aliases = try? SubjectAliases.defaults.extended(withFile: text) {
        _ = ClaimExtractor(aliases: aliases).claims(in: "The Russell 2000 rose 1.2% last week.", asOf: reference)
    }
    return 0
}

/// The executable's entry point (SwiftPM links `main` to `FuzzClaims_main`): libFuzzer's driver
/// with this target's test function.
@_cdecl("FuzzClaims_main")
public func fuzzClaimsMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzClaims(data, size) }
}
