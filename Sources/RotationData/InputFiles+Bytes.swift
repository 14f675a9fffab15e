import RotationCore

extension InputFiles {
    /// Parses the bytes of one uploaded file exactly as `load(path:symbol:)` parses a file on
    /// disk: `name` stands for the file (its stem names the series, `IWM.csv` → `IWM`, and
    /// error locations use it); `symbol` overrides the stem.
    ///
    /// Throws `DataError(.badInput)` for malformed content, with `name` as the location.
    public static func load(bytes: [UInt8], name: String, symbol: String? = nil) throws -> [ImportItem] {
        let hash = ContentHash.fnv1a64(bytes)
        let stem = fileStem(name).uppercased()
        let payloads = try bytes.withUnsafeBufferPointer { text throws(DataError) in
            try InputFormat.parse(text, file: name, stem: stem, symbol: symbol, column: nil)
        }
        return payloads.map { ImportItem(file: name, contentHash: hash, payload: $0) }
    }
}
