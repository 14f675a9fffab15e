import Foundation

/// A progress bar on stderr with count, rate and estimated time left, drawn only when stderr is
/// a terminal (CONTRACT.md, "long work").
final class EtaProgressBar: @unchecked Sendable {
    private let label: String
    private let start = Date()
    private let enabled = Output.stderrIsTerminal
    private let lock = NSLock()

    init(label: String) {
        self.label = label
    }

    func update(done: Int, total: Int) {
        guard enabled, total > 0 else { return }
        lock.lock()
        defer { lock.unlock() }
        let width = 30
        let filled = width * done / total
        let elapsed = max(Date().timeIntervalSince(start), 1e-3)
        let rate = Double(done) / elapsed
        let left = rate > 0 ? Double(total - done) / rate : 0
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let line = String(format: "\r%@ [%@] %d/%d (%.0f/s, ETA %.0fs) ", label, bar, done, total, rate, left)
        FileHandle.standardError.write(Data(line.utf8))
        if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
