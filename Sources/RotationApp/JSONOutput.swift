import Foundation

/// The one JSON encoding used by the CLI's `--json` and the API, so both emit the same bytes.
public enum JSONOutput {
    /// Pretty-printed, keys sorted (deterministic bytes for caching and golden files), slashes unescaped.
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .throw
        return try encoder.encode(value)
    }

    /// The encoded document as text with a trailing newline.
    public static func string<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encode(value), as: UTF8.self) + "\n"
    }
}
