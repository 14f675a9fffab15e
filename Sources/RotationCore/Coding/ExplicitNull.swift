/// An optional property that JSON writes as `null` when it is `nil`, instead of leaving its key
/// out: every answer shows every key the contract names ("a metric that cannot be computed is
/// `null`").
///
/// Synthesized `Codable` leaves a `nil` optional's key out (`encodeIfPresent`). Marking the
/// property `@ExplicitNull` keeps the synthesized encoder — no hand-written `encode(to:)` — and
/// writes `null`; decoding accepts the key missing or `null` alike, as for a plain optional:
///
/// ```swift
/// struct Row: Codable {
///     var symbol: String
///     @ExplicitNull var lastDate: TradingDay? = nil   // {"last_date":null,"symbol":"IWM"}
///     enum CodingKeys: String, CodingKey { case symbol, lastDate = "last_date" }
/// }
/// ```
/// The snake_case JSON keys are the `CodingKeys`' raw values, spelled once per type (a key
/// strategy on the encoder would also rewrite the OpenAPI document's and dictionaries' keys,
/// and turns `pctAbove50d` into `pct_above50d`).
@propertyWrapper
public struct ExplicitNull<Value> {
    public var wrappedValue: Value?

    public init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }
}

extension ExplicitNull: Encodable where Value: Encodable {
    /// The value, or `null` when there is none.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue {
            try container.encode(wrappedValue)
        } else {
            try container.encodeNil()
        }
    }
}

extension ExplicitNull: Decodable where Value: Decodable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        wrappedValue = container.decodeNil() ? nil : try container.decode(Value.self)
    }
}

extension KeyedDecodingContainer {
    /// A missing key is `nil`, as for a plain optional (synthesized decoding of an
    /// `@ExplicitNull` property calls this).
    public func decode<Value: Decodable>(_ type: ExplicitNull<Value>.Type, forKey key: Key) throws -> ExplicitNull<Value> {
        ExplicitNull(wrappedValue: try decodeIfPresent(Value.self, forKey: key))
    }
}

extension ExplicitNull: Equatable where Value: Equatable {}
extension ExplicitNull: Hashable where Value: Hashable {}
extension ExplicitNull: Sendable where Value: Sendable {}
