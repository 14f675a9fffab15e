import Foundation
import RotationCore

/// Input files named on a command line: directories expanded, files read and parsed by the
/// reader their header calls for (`PriceCSV` or `FactorCSV`), errors located.
public enum InputFiles {
    /// Files as given; each directory replaced by its `*.csv` files (any case of `.csv`,
    /// not recursive, sorted by name). A `FILE#column` argument whose `FILE` exists is kept.
    ///
    /// Throws `DataError(.missingFile)` `PATH: no such file or directory` for a path that does
    /// not exist, and `.io` when a directory cannot be listed.
    public static func expand(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                if isDirectory.boolValue {
                    files += try csvFiles(inDirectory: path)
                } else {
                    files.append(path)
                }
            } else if splitColumn(path).column != nil {
                files.append(path)
            } else {
                throw DataError(.missingFile, "no such file or directory", at: SourceLocation(file: path))
            }
        }
        return files
    }

    /// True when a command-line argument names a file rather than a store symbol: it contains
    /// `/` or ends in `.csv` (any case), optionally followed by `#column`.
    public static func isFileReference(_ argument: String) -> Bool {
        if argument.contains("/") { return true }
        let name = argument.lastIndex(of: "#").map { argument[..<$0] } ?? Substring(argument)
        return name.lowercased().hasSuffix(".csv")
    }

    /// Reads and parses one file into import items.
    ///
    /// - A price, return or rate file gives one item named `symbol` (default: the file's stem
    ///   upper-cased, `prices/IWM.csv` → `IWM`).
    /// - A factor file gives one item per factor, named `STEM#column` (`FF3_MONTHLY#smb`), with
    ///   `symbol` as the stem when given.
    /// - `column` (or a `path#column` suffix, split at the last `#` when what precedes it is an
    ///   existing file) picks one column and gives one item: a factor, the value column of a
    ///   return or rate file, or a bars column (`IWM.csv#adj_close`, a `.price` series); it is
    ///   named `symbol` when given, else `STEM#column`.
    ///
    /// Throws `DataError`: `.missingFile` when the file does not exist or cannot be opened,
    /// `.io` when reading fails, `.badInput` for malformed content or an unknown column.
    public static func load(path: String, symbol: String? = nil, column: String? = nil) throws -> [ImportItem] {
        let split = splitColumn(path)
        let file = split.column == nil ? path : split.file
        let column = column ?? split.column
        let bytes = try readBytes(file)
        let hash = ContentHash.fnv1a64(bytes)
        let stem = fileStem(file).uppercased()
        let payloads = try bytes.withUnsafeBufferPointer { text throws(DataError) in
            try InputFormat.parse(text, file: file, stem: stem, symbol: symbol, column: column)
        }
        return payloads.map { ImportItem(file: file, contentHash: hash, payload: $0) }
    }

    /// `FILE` and `column` of `FILE#column` when `FILE` (before the last `#`) is an existing
    /// file; otherwise the whole path and no column.
    static func splitColumn(_ path: String) -> (file: String, column: String?) {
        guard let hash = path.lastIndex(of: "#") else { return (path, nil) }
        let file = String(path[..<hash])
        var isDirectory: ObjCBool = false
        guard !FileManager.default.fileExists(atPath: path),
              FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), !isDirectory.boolValue
        else { return (path, nil) }
        return (file, String(path[path.index(after: hash)...]))
    }

    /// The last path component without its extension (`data/ff3_monthly.csv` → `ff3_monthly`).
    static func fileStem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    private static func csvFiles(inDirectory path: String) throws -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw DataError(.io, "cannot list directory", at: SourceLocation(file: path))
        }
        let prefix = path.hasSuffix("/") ? path : path + "/"
        return names.filter { $0.lowercased().hasSuffix(".csv") }.sorted().map { prefix + $0 }.filter { file in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) && !isDirectory.boolValue
        }
    }

    private static func readBytes(_ file: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
            throw DataError(.missingFile, "no such file or directory", at: SourceLocation(file: file))
        }
        guard !isDirectory.boolValue else {
            throw DataError(.missingFile, "is a directory, not a file", at: SourceLocation(file: file))
        }
        guard FileManager.default.isReadableFile(atPath: file) else {
            throw DataError(.missingFile, "permission denied", at: SourceLocation(file: file))
        }
        do {
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        } catch {
            throw DataError(.io, "cannot read the file", at: SourceLocation(file: file))
        }
    }
}
