import Foundation
import RotationApp
import RotationBacktest
import RotationCore
import RotationData

/// JSON bodies holding a backtest spec, decoded with the same one-line errors as
/// `BacktestRequest.decodeSpec` (naming the field), and the server's rule for spec symbols.
enum SpecDecoding {
    /// Any JSON object key.
    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Decodes `data` as `T`; every failure is a bad-input error located at `file`.
    static func decode<T: Decodable>(_ type: T.Type, from data: Data, file: String) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as BacktestError {
            throw DataError(.badInput, error.description, at: SourceLocation(file: file))
        } catch let error as DataError {
            throw DataError(error.code, error.message, at: SourceLocation(file: file))
        } catch let DecodingError.dataCorrupted(context) {
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw DataError(.badInput, "not valid JSON\(path.isEmpty ? "" : " at \(path)")", at: SourceLocation(file: file))
        } catch let DecodingError.keyNotFound(key, context) {
            let path = (context.codingPath.map(\.stringValue) + [key.stringValue]).joined(separator: ".")
            throw DataError(.badInput, "missing field \"\(path)\"", at: SourceLocation(file: file))
        } catch let DecodingError.typeMismatch(_, context) {
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw DataError(.badInput, "field \"\(path)\": \(context.debugDescription)", at: SourceLocation(file: file))
        } catch let DecodingError.valueNotFound(_, context) {
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw DataError(.badInput, "field \"\(path)\": \(context.debugDescription)", at: SourceLocation(file: file))
        }
    }

    /// Specs sent to the server name store symbols: a symbol or cash rate that names a file
    /// (a path, or a `.csv` name) is refused, so a body cannot make the server read a file
    /// outside its files folder.
    static func checkSymbols(_ spec: BacktestSpec) throws {
        for name in spec.symbols + [spec.cashRate].compactMap({ $0 }) where InputFiles.isFileReference(name) {
            throw Failure(.usage, "\"\(name)\": a spec sent to the server names store symbols, not files")
        }
    }
}
