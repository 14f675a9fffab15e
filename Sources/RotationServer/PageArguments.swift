import Hummingbird
import RotationApp
import RotationData

/// Reading page parameters: store symbols only (pages never read files).
extension CommandArguments {
    /// A store symbol, upper-cased; a file reference is refused with 400.
    func storeSymbol(_ name: String, default value: String? = nil) throws -> String? {
        guard let text = try single(name) ?? value else { return nil }
        return try Self.storeSymbol(text)
    }

    /// `symbols=A,B` as store symbols.
    func storeSymbols(_ name: String) throws -> [String] {
        try list(name).map(Self.storeSymbol)
    }

    static func storeSymbol(_ text: String) throws -> String {
        guard !InputFiles.isFileReference(text), !text.isEmpty else {
            throw APIError(.badRequest, "\"\(text)\": pages take store symbols, not files")
        }
        return text.uppercased()
    }
}

extension CommandArguments {
    /// The arguments a page reads: only the names it takes, without empty values. A shared link's
    /// `utm_source` or `fbclid` is ignored rather than refused, and a form field left empty means
    /// the field's default, as leaving it out does. Known names keep their checks (a bad value is
    /// still a 400 with its message).
    func forPage(_ parameters: [CommandParameter]) -> CommandArguments {
        let known = Set(parameters.map(\.name))
        var kept: [String: [String]] = [:]
        for (name, given) in values where known.contains(name) {
            let present = given.filter { !$0.trimmingSpaces.isEmpty }
            if !present.isEmpty { kept[name] = present }
        }
        return CommandArguments(kept, resolveFile: resolveFile)
    }

    /// The arguments as one query string in a fixed order (names sorted, values in order): the
    /// key under which a page's answer is kept, so ignored parameters do not split the cache.
    var canonicalQuery: String {
        values.keys.sorted().flatMap { name in
            (values[name] ?? []).map { HTML.queryComponent(name) + "=" + HTML.queryComponent($0) }
        }.joined(separator: "&")
    }
}

extension ServerState {
    /// The store's chartable series — price series with closes, member price columns left out —
    /// from the `symbols` use case with the CLI's `--kind price` filter.
    func chartable() async throws -> [SymbolSummary] {
        let filter = try SymbolsFilter(kind: "price")
        return try await service.symbols().symbols.filter(filter.admits)
    }
}
