import Foundation
import RotationCore
import RotationData
import ZIPFoundation

/// Reading the one CSV inside a Kenneth French zip (ZIPFoundation: stored and deflate entries,
/// CRC-32 checked).
enum FrenchZip {
    /// The name and bytes of the first `.csv` entry (any case) of a zip archive.
    static func firstCSV(in body: [UInt8], origin: String) throws -> (String, [UInt8]) {
        let archive: Archive
        do {
            archive = try Archive(data: Data(body), accessMode: .read)
        } catch {
            throw DataError(.badInput, "not a zip archive (truncated or corrupt)", at: SourceLocation(file: origin))
        }
        guard let entry = archive.first(where: { $0.type == .file && $0.path.lowercased().hasSuffix(".csv") }) else {
            throw DataError(.badInput, "the zip archive holds no .csv file", at: SourceLocation(file: origin))
        }
        var bytes: [UInt8] = []
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in bytes.append(contentsOf: chunk) }
        } catch {
            throw DataError(.badInput, "cannot unpack \(entry.path) (truncated or corrupt archive)",
                            at: SourceLocation(file: origin))
        }
        return (entry.path, bytes)
    }
}
