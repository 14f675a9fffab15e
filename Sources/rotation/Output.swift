import ArgumentParser
import Foundation
import RotationApp

/// Writing to stdout and stderr, and the contract's one-line error format.
enum Output {
    /// Writes text to stdout as is.
    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes an Encodable value as the command's JSON document.
    static func json<T: Encodable>(_ value: T) throws {
        print(try JSONOutput.string(value))
    }

    /// Writes text to `path` atomically: a temporary file in the same directory, then a rename,
    /// so a reader never sees a half-written file. A path that cannot be created is
    /// `cannotCreate` (exit 73) naming the path; nothing is left behind.
    static func write(_ text: String, toFile path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(text.utf8)) else {
            throw Failure(.cannotCreate, "\(path): cannot create the file")
        }
        guard rename(temporary.path, url.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw Failure(.cannotCreate, "\(path): cannot create the file")
        }
    }

    /// A command's answer in the format asked for: `--json` or `--format json` the JSON document
    /// (the same bytes), else the tables as text, CSV (one table, `--table`) or Markdown; to
    /// stdout, or atomically to `--out`. The document is built only when a table format is asked for.
    /// `text`, when given, is the command's own text rendering (for an answer that is not a table).
    /// With `chart` (`--chart FILE.svg`) the answer's chart is written first, after the answer
    /// has been rendered, so a usage error or a chart path that cannot be created (exit 73) leaves
    /// nothing on stdout and no file.
    static func emit<T: Encodable>(_ value: T, json: Bool, options: FormatOptions, text ownText: (() -> String)? = nil,
                                   chart: ChartOptions? = nil, drawChart: (() -> CommandChart)? = nil,
                                   document: () throws -> TableDocument) throws {
        if json, options.format != .table, options.format != .json {
            throw ValidationError("--json and --format \(options.format.rawValue) ask for two formats; give one")
        }
        let text: String
        switch json ? TableRendering.Format.json : options.format {
        case .json: text = try JSONOutput.string(value)
        case .table: text = try ownText?() ?? TableRendering.text(try document(), allRows: { "--format csv --table \($0.name)" })
        case .csv: text = TableRendering.csv(try TableRendering.csvTable(try document(), named: options.table))
        case .md: text = TableRendering.markdown(try document())
        }
        if let path = chart?.chart, let drawChart {
            try write(drawChart().svg, toFile: path)
        }
        guard let out = options.out else { return print(text) }
        try write(text, toFile: out)
    }

    /// `rotation: error: MESSAGE` on stderr.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("rotation: error: \(message)\n".utf8))
    }

    /// A line on stderr (notes, progress).
    static func note(_ message: String) {
        FileHandle.standardError.write(Data("\(message)\n".utf8))
    }

    /// True when stderr is a terminal (progress bars are shown only then).
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}

/// A progress bar on stderr with count, rate and (optionally) the estimated time left, drawn
/// only when stderr is a terminal (CONTRACT.md, "long work").
final class ProgressBar: @unchecked Sendable {
    private let label: String
    private let showsTimeLeft: Bool
    private let start = Date()
    private let enabled = Output.stderrIsTerminal
    private let lock = NSLock()

    init(label: String, showsTimeLeft: Bool = false) {
        self.label = label
        self.showsTimeLeft = showsTimeLeft
    }

    func update(done: Int, total: Int) {
        guard enabled, total > 0 else { return }
        lock.lock()
        defer { lock.unlock() }
        let width = 30
        let filled = width * done / total
        let rate = Double(done) / max(Date().timeIntervalSince(start), 1e-3)
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let eta = showsTimeLeft && rate > 0 ? String(format: ", ETA %.0fs", Double(total - done) / rate) : ""
        let line = String(format: "\r%@ [%@] %d/%d (%.1f/s%@) ", label, bar, done, total, rate, eta)
        FileHandle.standardError.write(Data(line.utf8))
        if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
