/// ISO-8601 text for `TradingDay` (`YYYY-MM-DD`), the only form dates take at the edges.
extension TradingDay: CustomStringConvertible, LosslessStringConvertible, Codable {
    /// Parses exactly `YYYY-MM-DD` (four-digit year, two-digit month and day); `nil` for
    /// anything else, including dates that do not exist (`2025-02-30`).
    public init?(_ text: String) {
        guard let day = TradingDay.parseISO(text.utf8) else { return nil }
        self = day
    }

    /// Parses `YYYY-MM-DD` from raw UTF-8 bytes without allocating.
    public static func parseISO<Bytes: Collection>(_ bytes: Bytes) -> TradingDay? where Bytes.Element == UInt8 {
        guard bytes.count == 10 else { return nil }
        var fields = (0, 0, 0)
        var index = 0
        for byte in bytes {
            switch index {
            case 4, 7:
                guard byte == UInt8(ascii: "-") else { return nil }
            default:
                guard byte >= 48, byte <= 57 else { return nil }
                let digit = Int(byte - 48)
                if index < 4 { fields.0 = fields.0 * 10 + digit }
                else if index < 7 { fields.1 = fields.1 * 10 + digit }
                else { fields.2 = fields.2 * 10 + digit }
            }
            index += 1
        }
        return TradingDay(year: fields.0, month: fields.1, day: fields.2)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        let (y, m, d) = civil
        return TradingDay.pad(y, 4) + "-" + TradingDay.pad(m, 2) + "-" + TradingDay.pad(d, 2)
    }

    /// `YYYY-MM`, for monthly periods.
    public var monthDescription: String {
        let (y, m, _) = civil
        return TradingDay.pad(y, 4) + "-" + TradingDay.pad(m, 2)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = TradingDay(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a date YYYY-MM-DD, got \"\(text)\"")
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
