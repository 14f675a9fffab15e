/// What a value column accepts, beyond being a finite number.
enum ValueRule: Equatable {
    /// A price (open, high, low, close, adj_close): strictly positive.
    case price
    /// A volume: zero or more.
    case volume
    /// A return as a fraction: above -1 (a loss of more than everything is impossible).
    case returnFraction
    /// A FRED rate in percent: any finite value; `.` (FRED's "no observation") is missing.
    case rate
    /// A Kenneth French factor in percent: any finite value; `-99.99` and `-999` are missing.
    case factor

    /// The field's value, `.nan` when missing, or the reason it is rejected.
    ///
    /// Every rule treats an empty field and Yahoo's `null` as missing.
    func read(_ range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>) -> Result<Double, ValueProblem> {
        switch NumberField.parse(range, of: bytes) {
        case .empty:
            return .success(.nan)
        case .value(let value):
            switch self {
            case .price where value <= 0: return .failure(.notPositivePrice)
            case .volume where value < 0: return .failure(.negativeVolume)
            case .returnFraction where value <= -1: return .failure(.returnAtOrBelowMinusOne)
            case .factor where value == -99.99 || value == -999: return .success(.nan)
            default: return .success(value)
            }
        case .notFinite:
            return .failure(.notFinite)
        case .notANumber:
            if CSVFields.equals(range, of: bytes, "null") { return .success(.nan) }
            if self == .rate && range.count == 1 && bytes[range.lowerBound] == UInt8(ascii: ".") {
                return .success(.nan)
            }
            return .failure(.notANumber)
        }
    }
}

/// Why a value field was rejected; `message(got:)` gives the contract's wording.
enum ValueProblem: Error, Equatable {
    case notANumber, notFinite, notPositivePrice, negativeVolume, returnAtOrBelowMinusOne

    /// The message for the field's text as written.
    func message(got text: String) -> String {
        switch self {
        case .notANumber: "expected a number, got \"\(text)\""
        case .notFinite: "expected a finite number, got \"\(text)\""
        case .notPositivePrice: "expected a positive price, got \"\(text)\""
        case .negativeVolume: "expected a non-negative volume, got \"\(text)\""
        case .returnAtOrBelowMinusOne: "expected a return above -1, got \"\(text)\""
        }
    }
}
