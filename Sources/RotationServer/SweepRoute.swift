import Foundation
import Hummingbird
import RotationApp
import RotationBacktest
import RotationData

/// `POST /api/sweep`: `rotation sweep` with its inputs in one JSON body —
/// `{"spec": {…}, "params": ["lookback_weeks=4..52:4"], "sort": "sharpe", "top": 20}` — answering
/// the bytes `rotation sweep --spec FILE --param … --json` prints. The grid is bounded
/// (`maxGridSize` parameter sets, 413 beyond) and counted before any value list is built.
enum SweepRoute {
    /// Most parameter sets one request may sweep.
    static let maxGridSize = 20_000

    /// The body's fields; all but `spec` are optional, with the CLI's defaults.
    struct Body: Decodable {
        var spec: BacktestSpec
        var params: [String]
        var sort: String
        var descending: Bool
        var ascending: Bool
        var top: Int
        var prices: String?

        static let fields = ["spec", "params", "sort", "descending", "ascending", "top", "prices"]

        init(from decoder: any Decoder) throws {
            let names = try decoder.container(keyedBy: SpecDecoding.Key.self)
            for key in names.allKeys where !Self.fields.contains(key.stringValue) {
                throw DataError(.badInput, "unknown field \"\(key.stringValue)\" (fields: \(Self.fields.joined(separator: ", ")))")
            }
            let c = try decoder.container(keyedBy: SpecDecoding.Key.self)
            spec = try c.decode(BacktestSpec.self, forKey: SpecDecoding.Key("spec"))
            params = try c.decodeIfPresent([String].self, forKey: SpecDecoding.Key("params")) ?? []
            sort = try c.decodeIfPresent(String.self, forKey: SpecDecoding.Key("sort")) ?? "sharpe"
            descending = try c.decodeIfPresent(Bool.self, forKey: SpecDecoding.Key("descending")) ?? false
            ascending = try c.decodeIfPresent(Bool.self, forKey: SpecDecoding.Key("ascending")) ?? false
            top = try c.decodeIfPresent(Int.self, forKey: SpecDecoding.Key("top")) ?? 20
            prices = try c.decodeIfPresent(String.self, forKey: SpecDecoding.Key("prices"))
        }
    }

    /// The route, for the route table.
    static func route(_ state: ServerState) -> Route {
        Route(.post, "/api/sweep", "Sweep a rotation spec over a grid of parameters (at most 20000 sets), best first by a metric.",
              body: .json("{\"spec\": a rotation spec, \"params\": [\"NAME=VALUES\", …], \"sort\": METRIC, \"descending\", \"ascending\", \"top\", \"prices\": a folder under the files folder}."),
              produces: .json, errors: [400, 404, 413]) { request, _ in
            CachedResponse.json(try await sweep(request, state: state), request: request)
        }
    }

    static func sweep(_ request: Request, state: ServerState) async throws -> Data {
        let arguments = try state.query.arguments(request)
        try ReadCommand.checkNames(arguments, parameters: [], command: "sweep")
        let body = try SpecDecoding.decode(Body.self, from: try await state.body(request), file: "request body")
        try SpecDecoding.checkSymbols(body.spec)
        try SweepRequest.validate(descending: body.descending, ascending: body.ascending, top: body.top)
        let metric = try SweepMetric.parse(body.sort)
        let size = estimatedSize(body.params)
        guard size <= maxGridSize else {
            throw APIError(.contentTooLarge, "the grid has \(size == Int.max ? "too many" : String(size)) parameter sets; this server sweeps at most \(maxGridSize)")
        }
        let grid = try SweepGrid.parse(body.params)
        let order = metric.ranksDescending(descending: body.descending, ascending: body.ascending)
        let report = try await state.service.sweep(SweepRequest(
            spec: body.spec, grid: grid, metric: metric, descending: order, top: body.top,
            pricesDirectory: try body.prices.map { try QueryArguments.resolve($0, root: state.configuration.filesRoot) }))
        var bytes = try JSONOutput.encode(report)
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    /// An upper bound of the grid's size from the `params` text alone, without building any list:
    /// per name, the values of every comma item (`a..b:step` counts ⌊(b − a) / step⌋ + 1), summed
    /// over repeats; the product over names. `Int.max` when it overflows. Text that does not
    /// parse counts 1 (`SweepGrid.parse` refuses it afterwards).
    static func estimatedSize(_ params: [String]) -> Int {
        var perName: [String: Int] = [:]
        for param in params {
            let pair = param.split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            let name = pair[0].trimmingCharacters(in: .whitespaces)
            var count = 0
            for item in pair[1].split(separator: ",") {
                count = count.addingSaturating(itemCount(String(item)))
            }
            perName[name, default: 0] = perName[name, default: 0].addingSaturating(max(count, 1))
        }
        return perName.values.reduce(1) { $0.multipliedSaturating($1) }
    }

    /// Values of one `a..b:step`, `a..b` or `a` item (1 when it does not parse).
    static func itemCount(_ item: String) -> Int {
        let stepParts = item.split(separator: ":", maxSplits: 1)
        let step = stepParts.count == 2 ? Double(stepParts[1]) ?? 1 : 1
        guard let body = stepParts.first, let range = body.range(of: ".."),
              let low = Double(body[..<range.lowerBound]), let high = Double(body[range.upperBound...]),
              step > 0, high >= low else { return 1 }
        let count = ((high - low) / step + 1e-9).rounded(.down) + 1
        return count.isFinite && count < Double(Int.max / 2) ? Int(count) : Int.max
    }
}

extension Int {
    /// The sum, or `Int.max` on overflow.
    func addingSaturating(_ other: Int) -> Int {
        let (value, overflow) = addingReportingOverflow(other)
        return overflow ? .max : value
    }

    /// The product, or `Int.max` on overflow.
    func multipliedSaturating(_ other: Int) -> Int {
        let (value, overflow) = multipliedReportingOverflow(by: other)
        return overflow ? .max : value
    }
}
