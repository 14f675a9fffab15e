import Foundation
import RotationData

/// The machine-readable index of `Malformed/`: `catalogue.tsv` (files every reader must reject,
/// with the exit code and the exact one-line message) and `accepted.tsv` (awkward files that
/// must read fine). See Malformed/README.md.
struct MalformedCatalogue {
    /// One rejected file: which reader reads it, the CLI exit code and the message, with `FILE`
    /// standing for the path the file was named by.
    struct Rejected: Sendable, CustomStringConvertible {
        var file: String
        var reader: String
        var exitCode: Int32
        var message: String
        var description: String { file }

        /// The message for the file at `path`.
        func message(for path: String) -> String { message.replacingOccurrences(of: "FILE", with: path) }
    }

    /// One accepted file and what importing it adds.
    struct Accepted: Sendable, CustomStringConvertible {
        var file: String
        var rows: Int
        var firstDate: String
        var lastDate: String
        var description: String { file }
    }

    /// The rows of a tab-separated file in `folder`, without its `#` comment lines.
    static func rows(_ name: String, in folder: URL) -> [[String]] {
        let text = (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    static func rejected(in folder: URL) -> [Rejected] {
        rows("catalogue.tsv", in: folder).map { Rejected(file: $0[0], reader: $0[1], exitCode: Int32($0[2]) ?? -1, message: $0[3]) }
    }

    static func accepted(in folder: URL) -> [Accepted] {
        rows("accepted.tsv", in: folder).map { Accepted(file: $0[0], rows: Int($0[1]) ?? -1, firstDate: $0[2], lastDate: $0[3]) }
    }
}
