import Foundation
import RotationCore

/// The computations behind the brief's leadership, risk, breadth and valuation sections and its
/// charts, each through the same use case as the command its sentences cite.
extension RotationService {
    /// The sections after "the numbers" and "records", the chart data, and notes for parts
    /// that could not be computed (the brief goes on without them).
    func briefAnalyses(_ composer: BriefComposer, request: BriefRequest) async -> (sections: [BriefSection], charts: BriefCharts, notes: [String]) {
        let asOf = composer.asOf, basis = composer.basis, flag = composer.basisFlag
        var sections: [BriefSection] = []
        var charts = BriefCharts()
        var notes: [String] = []
        let yearAgo = asOf.adding(years: -1)
        let oneYear = Window("1y")!
        for (sleeve, bars) in composer.sleeves {
            if let series = BriefCharts.cumulative(bars, label: sleeve.label, basis: basis, window: oneYear, asOf: asOf,
                                                   command: "rotation perf \(composer.symbolList) --window 1y --as-of \(asOf)\(flag)") {
                charts.cumulativeReturns.append(series)
            }
        }
        guard let roles = BriefRoles(composer.sleeves.map(\.0)) else {
            return (sections, charts, ["Leadership and risk need two sleeves."])
        }
        let a = roles.subject.symbol, b = roles.base.symbol
        func attempt<T>(_ what: String, _ body: () async throws -> T) async -> T? {
            do { return try await body() } catch {
                notes.append("\(what): \(error)")
                return nil
            }
        }
        var streaks: [BriefComposer.StreakInput] = []
        for other in [roles.base] + roles.others {
            let command = "rotation relative \(a) \(other.symbol) --as-of \(asOf)\(flag)"
            if let report = await attempt("relative \(a) \(other.symbol)", {
                try await relative(RelativeRequest(a: a, b: other.symbol, period: .week, asOf: asOf, basis: basis))
            }) { streaks.append(.init(report: report, command: command)) }
        }
        let mapSymbols = [roles.subject] + roles.others
        let mapCommand = "rotation rrg \(mapSymbols.map(\.symbol).joined(separator: " ")) --benchmark \(b) --as-of \(asOf)\(flag)"
        let map = await attempt("rrg") {
            try await rotationMap(RotationMapRequest(symbols: mapSymbols.map(\.symbol), benchmark: b, asOf: asOf, basis: basis))
        }
        charts.rotationMap = map?.points.map { BriefMapTail(symbol: $0.symbol, quadrant: $0.quadrant, tail: $0.tail, command: mapCommand) } ?? []
        let cyclesCommand = "rotation cycles \(a) \(b) --as-of \(asOf)\(flag)"
        let cycleReport = await attempt("cycles \(a) \(b)") {
            try await cycles(CyclesRequest(a: a, b: b, period: .month, asOf: asOf, basis: basis))
        }
        sections.append(composer.leadership(streaks: streaks, map: map.map { ($0, mapCommand) },
                                            cycles: cycleReport.map { ($0, cyclesCommand) }))
        let lineCommand = "rotation relative \(a) \(b) --period day --from \(yearAgo) --as-of \(asOf)\(flag)"
        if let daily = await attempt("relative line", {
            try await relative(RelativeRequest(a: a, b: b, period: .day, asOf: asOf, from: yearAgo, basis: basis, recent: 1))
        }) { charts.relativeStrength = BriefCharts.line(daily, name: "\(a)/\(b)", command: lineCommand) }
        let monthlyCommand = "rotation relative \(a) \(b) --period month --as-of \(asOf)\(flag)"
        if let monthly = await attempt("relative monthly line", {
            try await relative(RelativeRequest(a: a, b: b, period: .month, asOf: asOf, basis: basis, recent: 1))
        }) { charts.relativeDrawdown = BriefCharts.drawdown(monthly, name: "\(a)/\(b) below its peak", command: monthlyCommand) }
        let pairedCommand = "rotation metrics \(a) --benchmark \(b) --from \(yearAgo) --to \(asOf)\(flag)"
        let baseCommand = "rotation metrics \(b) --from \(yearAgo) --to \(asOf)\(flag)"
        if let paired = await attempt("metrics \(a) --benchmark \(b)", {
            try await metrics(MetricsRequest(symbol: a, benchmark: b, from: yearAgo, to: asOf, basis: basis, drawdowns: 0))
        }), let base = await attempt("metrics \(b)", {
            try await metrics(MetricsRequest(symbol: b, from: yearAgo, to: asOf, basis: basis, drawdowns: 0))
        }) {
            sections.append(composer.risk(paired: paired.report, pairedCommand: pairedCommand, base: base.report, baseCommand: baseCommand))
        }
        if let input = request.members {
            if let result = await attempt("breadth", { try await breadth(input, asOf: asOf, from: nil, to: nil) }) {
                sections.append(composer.breadth(result.report, command: Self.breadthCommand(input, asOf: asOf)))
            }
        }
        if let holdings = request.holdings {
            if let report = await attempt("valuation", { try valuation(holdings: holdings) }) {
                sections.append(composer.valuation(report, command: "rotation valuation --holdings \(ShellWord.quote(holdings))"))
            }
        }
        return (sections, charts, notes)
    }

    static func breadthCommand(_ input: MembersInput, asOf: TradingDay) -> String {
        var command = "rotation breadth"
        for file in input.members { command += " --members \(ShellWord.quote(file))" }
        if let date = input.date { command += " --date \(date)" }
        if let prices = input.prices { command += " --prices \(ShellWord.quote(prices))" }
        return command + " --as-of \(asOf)"
    }
}

/// Which sleeve is measured against which: the subject (role `small`, else the first sleeve that
/// is not the base), the base (role `large`, else the second sleeve) and the others.
struct BriefRoles {
    var subject: Sleeve
    var base: Sleeve
    var others: [Sleeve]

    init?(_ sleeves: [Sleeve]) {
        guard sleeves.count >= 2 else { return nil }
        let base = sleeves.first { $0.role == "large" } ?? sleeves[1]
        guard let subject = sleeves.first(where: { $0.role == "small" && $0 != base }) ?? sleeves.first(where: { $0 != base }) else { return nil }
        self.base = base
        self.subject = subject
        self.others = sleeves.filter { $0 != base && $0 != subject }
    }
}

/// A word for a POSIX shell: as is when it holds only safe characters, else in single quotes.
enum ShellWord {
    static func quote(_ word: String) -> String {
        let safe = word.unicodeScalars.allSatisfy { scalar in
            (scalar.value < 128 && (scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar))))
                || "_./=:,-+@%#".unicodeScalars.contains(scalar)
        }
        return safe && !word.isEmpty ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
