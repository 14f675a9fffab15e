import Foundation
import RotationApp
import RotationCore
import RotationData

/// The read-only commands as the API serves them: named arguments in, the command's `--json`
/// document out. Each builds the same request value the CLI builds, with the same defaults
/// (those of the request initialisers), and calls the same use case.
public enum ReadCommand: String, CaseIterable, Sendable {
    case symbols, perf, highs, metrics, relative, rrg, cycles, breadth, contribution, valuation, brief, events

    /// The command's `--json` document: JSON bytes exactly as `rotation COMMAND --json` prints
    /// them (sorted keys, pretty-printed, trailing newline).
    ///
    /// Throws a usage `Failure` for a name the command does not take, a missing required input
    /// or a malformed value; otherwise whatever the use case throws.
    public func json(_ arguments: CommandArguments, service: RotationService) async throws -> Data {
        try Self.checkNames(arguments, parameters: parameters, command: rawValue)
        var bytes = try await document(arguments, service: service)
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    /// Refuses names a command does not take, repeats of names taken once, and missing
    /// required inputs — for the read-only commands and for the API's body-taking routes.
    public static func checkNames(_ arguments: CommandArguments, parameters: [CommandParameter], command: String) throws {
        let known = Dictionary(uniqueKeysWithValues: parameters.map { ($0.name, $0) })
        for (name, values) in arguments.values.sorted(by: { $0.key < $1.key }) {
            guard let parameter = known[name] else {
                let accepted = parameters.map(\.name).joined(separator: ", ")
                throw Failure(.usage, "\(command) takes no parameter \"\(name)\"\(accepted.isEmpty ? "" : " (it takes \(accepted))")")
            }
            if !parameter.repeated, parameter.kind != .list, values.count > 1 {
                throw Failure(.usage, "\(name): expected one value, got \(values.count)")
            }
        }
        for parameter in parameters where parameter.required {
            guard arguments.all(parameter.name).contains(where: { !$0.isEmpty }) else {
                throw Failure(.usage, "\(parameter.name) is required")
            }
        }
    }

    private func document(_ arguments: CommandArguments, service: RotationService) async throws -> Data {
        let a = arguments
        switch self {
        case .symbols:
            return try JSONOutput.encode(try await service.symbols())
        case .perf:
            let windows = try a.all("window").map { try Window.parse($0) }
            return try JSONOutput.encode(try await service.perf(PerfRequest(
                symbols: try a.list("symbols").map(a.symbolOrFile), windows: windows, asOf: try a.day("as_of"), basis: try a.basis())))
        case .highs:
            return try JSONOutput.encode(try await service.highs(HighsRequest(
                symbols: try a.list("symbols").map(a.symbolOrFile), asOf: try a.day("as_of"), basis: try a.basis())))
        case .metrics:
            let symbols = try a.list("symbols").map(a.symbolOrFile)
            guard symbols.count == 1 else { throw Failure(.usage, "symbols: metrics measures one symbol, got \(symbols.count)") }
            let defaults = MetricsRequest(symbol: symbols[0])
            return try JSONOutput.encode(try await service.metrics(try MetricsRequest(
                symbol: symbols[0], benchmark: try a.single("benchmark").map(a.symbolOrFile), from: try a.day("from"), to: try a.day("to"),
                riskFreeAnnual: try a.number("rf") ?? defaults.riskFreeAnnual,
                period: try a.choice("period", as: PeriodicFrequency.self) ?? defaults.period,
                periodsPerYear: try a.integer("periods_per_year"), basis: try a.basis(),
                convention: try a.choice("convention", as: MetricsConvention.self) ?? defaults.convention,
                drawdowns: try a.integer("drawdowns") ?? defaults.drawdowns, rolling: try a.integer("rolling")
            ).validated(spelling: .snakeCase)))
        case .relative:
            let defaults = RelativeRequest(a: "", b: "")
            return try JSONOutput.encode(try await service.relative(RelativeRequest(
                a: try a.symbolOrFile(try a.required("a")), b: try a.symbolOrFile(try a.required("b")),
                period: try a.choice("period", as: PeriodicFrequency.self) ?? defaults.period,
                asOf: try a.day("as_of"), from: try a.day("from"), basis: try a.basis(),
                divergences: try a.flag("divergences"), recent: try a.integer("recent") ?? defaults.recent)))
        case .rrg:
            let defaults = RotationMapParameters()
            let window = try a.integer("window") ?? defaults.window, lag = try a.integer("lag") ?? defaults.momentumLag
            let tail = try a.integer("tail") ?? defaults.tail
            let parameters = try RotationMapParameters.checked(window: window, lag: lag, tail: tail)
            return try JSONOutput.encode(try await service.rotationMap(RotationMapRequest(
                symbols: try a.list("symbols").map(a.symbolOrFile), benchmark: try a.symbolOrFile(try a.required("benchmark")),
                period: try a.choice("period", as: PeriodicFrequency.self) ?? .week, parameters: parameters,
                asOf: try a.day("as_of"), basis: try a.basis())))
        case .cycles:
            let defaults = CyclesRequest(a: "")
            return try JSONOutput.encode(try await service.cycles(CyclesRequest(
                a: try a.symbolOrFile(try a.required("a")), b: try a.single("b").map(a.symbolOrFile),
                period: try a.choice("period", as: PeriodicFrequency.self) ?? defaults.period, asOf: try a.day("as_of"),
                basis: try a.basis(), minimumDepth: try a.number("minimum_depth") ?? defaults.minimumDepth)))
        case .breadth:
            return try JSONOutput.encode(try await service.breadth(
                try membersInput(a), asOf: try a.day("as_of"), from: try a.day("from"), to: try a.day("to")))
        case .contribution:
            return try JSONOutput.encode(try await service.contribution(try membersInput(a), from: try a.day("from"), to: try a.day("to")))
        case .valuation:
            let members = try membersInput(a).members
            switch (try a.single("holdings"), members.isEmpty) {
            case (let holdings?, true):
                return try JSONOutput.encode(try service.valuation(holdings: try a.resolveFile(holdings)))
            case (nil, false):
                return try JSONOutput.encode(try await service.valuation(members: members, asOf: try a.day("as_of")))
            default:
                throw Failure(.usage, "valuation needs exactly one of holdings (a fundamentals file) and members (FILE or DATE)")
            }
        case .brief:
            let members = a.all("members").isEmpty ? nil : try membersInput(a)
            let request = BriefRequest(asOf: try a.day("as_of"), universe: try a.single("universe").map(Universe.parse), basis: try a.basis(),
                                       members: members, holdings: try a.single("holdings").map(a.resolveFile))
            return try JSONOutput.encode(try await service.brief(request))
        case .events:
            return try JSONOutput.encode(try await service.events(try eventsRequest(a)))
        }
    }

    private func membersInput(_ a: CommandArguments) throws -> MembersInput {
        // A stored snapshot (DATE, INDEX@DATE, INDEX) names no file: it is not confined to the files folder.
        MembersInput(members: try a.all("members").map { StoredMembership.parse($0) != nil ? $0 : try a.resolveFile($0) },
                     date: try a.day("date"),
                     prices: try a.single("prices").map(a.resolveFile))
    }
}
