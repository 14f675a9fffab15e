import PostgresNIO
import RotationCore

/// A PostgreSQL `DATE` read straight into a `TradingDay`: the wire value is a count of days
/// since 2000-01-01, so no `Date`, time zone or midnight is ever involved.
struct StoredDay: PostgresDecodable, Sendable {
    /// Days from 1970-01-01 to 2000-01-01 (PostgreSQL's date epoch).
    static let postgresEpochOffset = 10_957

    var day: TradingDay

    init<JSONDecoder: PostgresJSONDecoder>(from buffer: inout ByteBuffer, type: PostgresDataType,
                                           format: PostgresFormat, context: PostgresDecodingContext<JSONDecoder>) throws {
        guard type == .date, format == .binary, buffer.readableBytes == 4,
              let days = buffer.readInteger(as: Int32.self) else {
            throw PostgresDecodingError.Code.typeMismatch
        }
        day = TradingDay(daysSinceEpoch: Int(days) + Self.postgresEpochOffset)
    }
}

/// A PostgreSQL `NUMERIC` read into a `Double` in one correctly rounded step.
///
/// The wire form is base-10000 digits with a weight and a sign. The exact decimal they spell is
/// converted once: by one IEEE multiplication or division when the decimal mantissa has at most
/// 15 digits and the power of ten is at most 22 (both operands exact, so the one rounding is
/// the correct one — Clinger's fast path), otherwise by parsing the decimal text. Every double
/// the store wrote (as its shortest round-trip text) comes back bit for bit.
struct StoredNumber: PostgresDecodable, Sendable {
    var value: Double

    init<JSONDecoder: PostgresJSONDecoder>(from buffer: inout ByteBuffer, type: PostgresDataType,
                                           format: PostgresFormat, context: PostgresDecodingContext<JSONDecoder>) throws {
        guard type == .numeric, format == .binary,
              let count = buffer.readInteger(as: Int16.self), let weight = buffer.readInteger(as: Int16.self),
              let sign = buffer.readInteger(as: UInt16.self), buffer.readInteger(as: Int16.self) != nil,
              count >= 0, buffer.readableBytes == Int(count) * 2 else {
            throw PostgresDecodingError.Code.typeMismatch
        }
        var digits: [Int16] = []
        digits.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard let digit = buffer.readInteger(as: Int16.self), (0..<10_000).contains(digit) else {
                throw PostgresDecodingError.Code.typeMismatch
            }
            digits.append(digit)
        }
        guard let value = Self.double(digits: digits, weight: Int(weight), sign: sign) else {
            throw PostgresDecodingError.Code.typeMismatch
        }
        self.value = value
    }

    /// Sign words of the binary format.
    static let positive: UInt16 = 0x0000, negative: UInt16 = 0x4000
    static let notANumber: UInt16 = 0xC000, infinity: UInt16 = 0xD000, negativeInfinity: UInt16 = 0xF000

    /// The double nearest to Σ digits[i] · 10000^(weight − i), negated when `sign` says so.
    static func double(digits: [Int16], weight: Int, sign: UInt16) -> Double? {
        switch sign {
        case notANumber: return .nan
        case infinity: return .infinity
        case negativeInfinity: return -.infinity
        case positive, negative: break
        default: return nil
        }
        // Trim zero digits at both ends; they only move the exponent.
        var digits = digits[...]
        while digits.first == 0 { digits = digits.dropFirst() }
        let weight = weight - (digits.startIndex)
        while digits.last == 0 { digits = digits.dropLast() }
        guard !digits.isEmpty else { return 0 }
        var exponent = 4 * (weight - (digits.count - 1))
        var mantissa: UInt64 = 0
        var significantDigits = 0
        for (position, digit) in digits.enumerated() {
            mantissa = mantissa &* 10_000 &+ UInt64(digit)
            significantDigits = position == 0 ? String(digit).count : significantDigits + 4
            if significantDigits > 19 { break }
        }
        // Drop the trailing decimal zeros of the last base-10000 digit.
        while significantDigits <= 15, mantissa != 0, mantissa % 10 == 0 {
            mantissa /= 10
            exponent += 1
            significantDigits -= 1
        }
        let magnitude: Double
        if significantDigits <= 15, (-22...22).contains(exponent) {
            let scale = powersOfTen[abs(exponent)]
            magnitude = exponent < 0 ? Double(mantissa) / scale : Double(mantissa) * scale
        } else {
            var text = ""
            text.reserveCapacity(digits.count * 4 + 8)
            for digit in digits {
                let part = String(digit)
                text += String(repeating: "0", count: 4 - part.count) + part
            }
            text += "e\(4 * (weight - (digits.count - 1)))"
            guard let parsed = Double(text) else { return nil }
            magnitude = parsed
        }
        return sign == negative ? -magnitude : magnitude
    }

    /// 10⁰ … 10²², all exact in a double.
    static let powersOfTen: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }
}

/// Text for `COPY … FROM STDIN (FORMAT text)`: a double as its shortest round-trip decimal
/// (Swift's `description`, which `NUMERIC` input reads exactly), a missing value as `\N`.
enum CopyText {
    static let missing = "\\N"

    /// The field for a bar value: `\N` for NaN (missing), `Infinity`/`-Infinity`, else the
    /// shortest text that reads back as the same double.
    static func field(_ value: Double) -> String {
        if value.isNaN { return missing }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        return value.description
    }

    /// The field for a text value: `\N` for none, else the text with backslash, tab, newline and
    /// carriage return escaped as `COPY`'s text format requires.
    static func text(_ value: String?) -> String {
        guard let value else { return missing }
        guard value.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == 9 || $0 == 10 || $0 == 13 }) else { return value }
        var escaped = ""
        for character in value.unicodeScalars {
            switch character {
            case "\\": escaped += "\\\\"
            case "\t": escaped += "\\t"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }
}
