import Foundation

/// Streams sweep rows to `PATH.partial` and renames it to `PATH` when the sweep completes, so a
/// failed or interrupted run never leaves a partial file under the asked-for name.
final class SweepCSVWriter {
    let path: String
    private let partial: String
    private let handle: FileHandle

    /// Creates the partial file and writes the header (exit 74 when it cannot be created).
    init(path: String) throws {
        self.path = path
        partial = path + ".partial"
        guard FileManager.default.createFile(atPath: partial, contents: Data((SweepRow.csvHeader + "\n").utf8)),
              let handle = FileHandle(forWritingAtPath: partial) else {
            throw Failure(.io, "\(path): cannot create the CSV file")
        }
        self.handle = handle
        try handle.seekToEnd()
    }

    /// Appends rows (one write per batch).
    func write(_ rows: [SweepRow]) throws {
        var text = ""
        for row in rows { text += row.csvLine + "\n" }
        do { try handle.write(contentsOf: Data(text.utf8)) } catch {
            discard()
            throw Failure(.io, "\(path): cannot write the CSV file")
        }
    }

    /// Closes the file and moves it into place.
    func finish() throws {
        do {
            try handle.close()
            if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
            try FileManager.default.moveItem(atPath: partial, toPath: path)
        } catch {
            throw Failure(.io, "\(path): cannot write the CSV file")
        }
    }

    /// Closes and deletes the partial file.
    func discard() {
        try? handle.close()
        try? FileManager.default.removeItem(atPath: partial)
    }
}
