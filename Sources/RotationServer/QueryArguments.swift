import Foundation
import Hummingbird
import RotationApp

/// A request's query string as command arguments, within the server's size bounds, with file
/// arguments confined to the configured files folder.
struct QueryArguments: Sendable {
    let maxQueryBytes: Int
    let filesRoot: String?

    /// Most query parameters one request may carry.
    static let maxParameters = 64

    /// The named values of the query (percent-decoded), or 414 when it is too long.
    func arguments(_ request: Request) throws -> CommandArguments {
        let raw = request.uri.query ?? ""
        guard raw.utf8.count <= maxQueryBytes else {
            throw APIError(.uriTooLong, "the query is longer than \(maxQueryBytes) bytes")
        }
        var values: [String: [String]] = [:]
        var count = 0
        for (name, value) in request.uri.queryParameters {
            count += 1
            guard count <= Self.maxParameters else {
                throw APIError(.uriTooLong, "the query has more than \(Self.maxParameters) parameters")
            }
            values[String(name), default: []].append(String(value))
        }
        let root = filesRoot
        return CommandArguments(values, resolveFile: { try Self.resolve($0, root: root) })
    }

    /// A file argument as a path inside the files folder. Absolute paths, `..` and `~` are
    /// refused, as is every file argument when the server has no files folder.
    static func resolve(_ argument: String, root: String?) throws -> String {
        guard let root else {
            throw Failure(.usage, "\"\(argument)\": this server takes no file arguments (start it with --files DIR); name store symbols instead")
        }
        guard !argument.isEmpty else { throw Failure(.usage, "a file argument is empty") }
        let components = argument.split(separator: "/", omittingEmptySubsequences: false)
        guard !argument.hasPrefix("/"), !argument.hasPrefix("~"), !argument.contains("\\"), !argument.contains("\0"),
              !components.contains(where: { $0 == ".." }) else {
            throw Failure(.usage, "\"\(argument)\": file arguments must be paths inside the server's files folder")
        }
        return (root.hasSuffix("/") ? root : root + "/") + argument
    }
}
