import RotationCore

/// How a file writes its dates, and the day each written period is dated on.
///
/// Periods longer than a day are dated on their last calendar day: a month on the month's
/// last day (`1926-07` → 1926-07-31), a year on December 31.
enum DateForm: Equatable {
    /// `YYYY-MM-DD`, or Yahoo's US form `m/d/yyyy` (`1/2/2025`, `01/02/2025`).
    case day
    /// `YYYY-MM`, dated on the month's last day.
    case month
    /// `YYYY`, dated on December 31.
    case year
    /// Kenneth French's compact dates: `YYYYMMDD`, `YYYYMM` (month's last day) or `YYYY` (Dec 31).
    case french

    /// What the form expects, as the message after "expected".
    var expectation: String {
        switch self {
        case .day: "a date YYYY-MM-DD"
        case .month: "a month YYYY-MM"
        case .year: "a year YYYY"
        case .french: "a date YYYYMM or YYYYMMDD"
        }
    }

    /// The day a field names, or `nil` when it is not in this form or names no real date.
    func parse(_ range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>) -> TradingDay? {
        let n = range.count
        let s = range.lowerBound
        switch self {
        case .day:
            if n == 10 && bytes[s + 4] == UInt8(ascii: "-") && bytes[s + 7] == UInt8(ascii: "-") {
                guard let y = DateForm.digits(bytes, s, 4), let m = DateForm.digits(bytes, s + 5, 2),
                      let d = DateForm.digits(bytes, s + 8, 2) else { return nil }
                return TradingDay(year: y, month: m, day: d)
            }
            return DateForm.parseUS(range, of: bytes)
        case .month:
            guard n == 7, bytes[s + 4] == UInt8(ascii: "-"), let y = DateForm.digits(bytes, s, 4),
                  let m = DateForm.digits(bytes, s + 5, 2) else { return nil }
            return DateForm.monthEnd(year: y, month: m)
        case .year:
            guard n == 4, let y = DateForm.digits(bytes, s, 4) else { return nil }
            return TradingDay(year: y, month: 12, day: 31)
        case .french:
            guard n == 4 || n == 6 || n == 8, let y = DateForm.digits(bytes, s, 4) else { return nil }
            switch n {
            case 4: return TradingDay(year: y, month: 12, day: 31)
            case 6: return DateForm.digits(bytes, s + 4, 2).flatMap { DateForm.monthEnd(year: y, month: $0) }
            case 8:
                guard let m = DateForm.digits(bytes, s + 4, 2), let d = DateForm.digits(bytes, s + 6, 2)
                else { return nil }
                return TradingDay(year: y, month: m, day: d)
            default: return nil
            }
        }
    }

    /// The last day of a month, or `nil` for a month outside 1...12.
    static func monthEnd(year: Int, month: Int) -> TradingDay? {
        guard (1...12).contains(month) else { return nil }
        return TradingDay(year: year, month: month, day: TradingDay.daysInMonth(year: year, month: month))
    }

    /// `m/d/yyyy` with one- or two-digit month and day and a four-digit year.
    ///
    /// Longer text is rejected before its digits are summed, so a run of digits cannot overflow.
    private static func parseUS(_ range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>) -> TradingDay? {
        guard range.count <= 10 else { return nil }
        var values = (0, 0, 0)
        var widths = (0, 0, 0)
        var part = 0
        for i in range {
            let byte = bytes[i]
            if byte == UInt8(ascii: "/") {
                part += 1
                guard part < 3 else { return nil }
                continue
            }
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            switch part {
            case 0: values.0 = values.0 * 10 + digit; widths.0 += 1
            case 1: values.1 = values.1 * 10 + digit; widths.1 += 1
            default: values.2 = values.2 * 10 + digit; widths.2 += 1
            }
        }
        guard part == 2, (1...2).contains(widths.0), (1...2).contains(widths.1), widths.2 == 4 else { return nil }
        return TradingDay(year: values.2, month: values.0, day: values.1)
    }

    /// The decimal value of `count` digits at `start`, or `nil` if any is not a digit or the
    /// range runs past the end.
    @inline(__always)
    private static func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        guard start + count <= bytes.count else { return nil }
        var value = 0
        for i in start..<(start + count) {
            let byte = bytes[i]
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
