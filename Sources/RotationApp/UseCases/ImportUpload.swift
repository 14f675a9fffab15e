import RotationCore
import RotationData

extension RotationService {
    /// Imports the bytes of one uploaded file (the API's `POST /api/import`), read and checked
    /// exactly like a file on disk, then loaded in one transaction; returns the `import` document.
    ///
    /// `name` is the file's name (`IWM.csv`): its stem names the series unless `symbol` is
    /// given, and it is what the import log records. A name with a folder in it is refused.
    public func importUpload(bytes: [UInt8], name: String, symbol: String? = nil) async throws -> ImportResult {
        guard !name.isEmpty, !name.contains("/"), !name.contains("\\"), name != ".", name != ".." else {
            throw Failure(.usage, "file: expected a plain file name such as IWM.csv, got \"\(name)\"")
        }
        guard !bytes.isEmpty else { throw DataError(.badInput, "the upload is empty", at: SourceLocation(file: name)) }
        let items = try InputFiles.load(bytes: bytes, name: name, symbol: symbol?.uppercased())
        let reports = try await source.store().importBatch(items)
        return ImportResult(imports: zip(reports, items).map { BatchImportReport($0, kind: $1.payload.kind) })
    }
}
