import Hummingbird
import RotationApp
import RotationData

/// Reading page parameters: store symbols only (pages never read files).
extension CommandArguments {
    /// A store symbol, upper-cased; a file reference is refused with 400.
    func storeSymbol(_ name: String, default value: String? = nil) throws -> String? {
        guard let text = try single(name) ?? value else { return nil }
        return try Self.storeSymbol(text)
    }

    /// `symbols=A,B` as store symbols.
    func storeSymbols(_ name: String) throws -> [String] {
        try list(name).map(Self.storeSymbol)
    }

    static func storeSymbol(_ text: String) throws -> String {
        guard !InputFiles.isFileReference(text), !text.isEmpty else {
            throw APIError(.badRequest, "\"\(text)\": pages take store symbols, not files")
        }
        return text.uppercased()
    }
}
