import RotationCore

extension ClaimChecker {
    /// A streak: relative (the current run of `relativeStrength`, periods on common days) or
    /// absolute (consecutive periods with a rise, or a fall, ending with the period of the as-of
    /// day). A run in the other direction counts as 0. Alternative: the run ending one period earlier.
    func checkStreak(_ claim: Claim) -> Outcome {
        let bars: DailyBars
        switch series(claim.subject, phrase: claim.subjectPhrase) {
        case .failure(let failure): return .unverifiable(failure.reason)
        case .success(let found): bars = found
        }
        guard let window = claim.window else { return .unverifiable("no window") }
        let period: PeriodicFrequency = claim.unit == .week ? .week : claim.unit == .month ? .month : .day
        let format: (Double) -> String = { "\(Int($0)) \(period.rawValue)\($0 == 1 ? "" : "s")" }
        if let benchmarkSymbol = claim.benchmark {
            let benchmark: DailyBars
            switch series(benchmarkSymbol, phrase: benchmarkSymbol) {
            case .failure(let failure): return .unverifiable(failure.reason)
            case .success(let found): benchmark = found
            }
            let axis = DayAxis([(bars.days, bars.close), (benchmark.days, benchmark.close)])
            let report = relativeStrength(days: axis.days, closesA: axis.columns[0], closesB: axis.columns[1],
                                          nameA: bars.symbol, nameB: benchmark.symbol, period: period, asOf: window.end)
            let wanted = claim.direction == .down ? benchmark.symbol : bars.symbol
            guard let streak = report.currentStreak else { return .unverifiable("too few common \(period.rawValue)s") }
            let length = streak.leader == wanted ? Double(streak.length) : 0
            let leader = claim.direction == .down ? "trailed" : "beat"
            // A count written from the previous session's close (a morning story): the run a
            // session earlier.
            var alternatives: [(String, Double)] = []
            if period == .day, let endIndex = axis.days.lastIndex(where: { $0 <= window.end }), endIndex >= 1 {
                let earlier = axis.days[endIndex - 1]
                if let prior = relativeStrength(days: axis.days, closesA: axis.columns[0], closesB: axis.columns[1], nameA: bars.symbol,
                                                nameB: benchmark.symbol, period: period, asOf: earlier).currentStreak {
                    alternatives.append(("the run to \(earlier), a session earlier", prior.leader == wanted ? Double(prior.length) : 0))
                }
            }
            return judge(claim, computed: length,
                         described: "\(bars.symbol) \(leader) \(benchmark.symbol) (price, \(period.adjective), to \(streak.endDate))",
                         format: format, alternatives: alternatives)
        }
        let closes = Series(name: bars.symbol, kind: .price, days: bars.days, values: bars.close).presentOnly
            .between(from: nil, to: window.end)
        if claim.countsRecords, period == .day {
            // Consecutive sessions that each closed above every close before them, ending with the
            // last close on or before the as-of day.
            var isRecord: [Bool] = []
            var best = -Double.infinity
            for value in closes.values {
                isRecord.append(value > best)
                best = max(best, value)
            }
            func records(endingAt last: Int) -> Int {
                var count = 0, i = last
                while i >= 1, isRecord[i] { count += 1; i -= 1 }
                return count
            }
            guard closes.count > 1 else { return .unverifiable("too few closes") }
            let last = closes.count - 1
            return judge(claim, computed: Double(records(endingAt: last)),
                         described: "\(bars.symbol) record closes in a row (to \(closes.days[last]))", format: format,
                         alternatives: [("the run ending a session earlier", Double(records(endingAt: last - 1)))])
        }
        let periodic = period == .day ? closes : closes.lastOfEachPeriod(period == .week ? .weekly : .monthly)
        let returns = periodic.simpleReturns().values
        let rising = claim.direction != .down
        func run(endingAt last: Int) -> Int {
            var count = 0
            var i = last
            while i >= 0, rising ? returns[i] > 0 : returns[i] < 0 { count += 1; i -= 1 }
            return count
        }
        guard !returns.isEmpty else { return .unverifiable("too few \(period.rawValue)s") }
        if claim.runEnded, returns.count > 1 {
            // "snapped a three-day winning streak": the run before the latest period, which broke it.
            let broke = rising ? returns[returns.count - 1] <= 0 : returns[returns.count - 1] >= 0
            let before = Double(run(endingAt: returns.count - 2))
            // "closed out a rough September… that snapped a seven-month winning streak", written on
            // October 1: the period that ended the run is the one before the article's.
            var alternatives: [(String, Double)] = []
            if period != .day, returns.count > 2 {
                let brokeEarlier = rising ? returns[returns.count - 2] <= 0 : returns[returns.count - 2] >= 0
                if brokeEarlier {
                    alternatives.append(("the run ended by the \(period.rawValue) to \(periodic.days[periodic.days.count - 2])",
                                         Double(run(endingAt: returns.count - 3))))
                }
            }
            return judge(claim, computed: broke ? before : 0,
                         described: "\(bars.symbol) \(rising ? "rose" : "fell") (price, \(period.adjective), the run before \(periodic.days.last!)\(broke ? "" : ", which did not end it"))",
                         format: format, alternatives: alternatives)
        }
        let current = Double(run(endingAt: returns.count - 1))
        let earlier = returns.count > 1 ? [("the run ending a \(period.rawValue) earlier", Double(run(endingAt: returns.count - 2)))] : []
        return judge(claim, computed: current,
                     described: "\(bars.symbol) \(rising ? "rose" : "fell") (price, \(period.adjective), to \(periodic.days.last!))",
                     format: format, alternatives: earlier)
    }

    /// "swings 2–3% on days when the S&P 500 moves 1%": the beta of daily price returns over the
    /// trailing year to the as-of day (common days), `cov(r, b) / var(b)` as in `rotation metrics`;
    /// alternative: the beta over three years.
    func checkCoMovement(_ claim: Claim) -> Outcome {
        let bars: DailyBars, benchmark: DailyBars
        switch (series(claim.subject, phrase: claim.subjectPhrase), series(claim.benchmark, phrase: "")) {
        case (.failure(let failure), _), (_, .failure(let failure)): return .unverifiable(failure.reason)
        case (.success(let a), .success(let b)): (bars, benchmark) = (a, b)
        }
        guard let end = claim.window?.end else { return .unverifiable("no as-of day") }
        func betaOver(years: Int) -> Double? {
            let pair = alignOnCommonDays(
                Series(name: bars.symbol, kind: .price, days: bars.days, values: bars.close).presentOnly.between(from: end.adding(years: -years), to: end),
                Series(name: benchmark.symbol, kind: .price, days: benchmark.days, values: benchmark.close).presentOnly.between(from: end.adding(years: -years), to: end))
            let r = Series(name: bars.symbol, kind: .price, days: pair.days, values: pair.first).simpleReturns().values
            let b = Series(name: benchmark.symbol, kind: .price, days: pair.days, values: pair.second).simpleReturns().values
            return beta(r, benchmark: b)
        }
        guard let oneYear = betaOver(years: 1) else { return .unverifiable("too few common days for a beta") }
        let alternatives = betaOver(years: 3).map { [("the beta over three years", $0)] } ?? []
        return judge(claim, computed: oneYear,
                     described: "\(bars.symbol) beta to \(benchmark.symbol) (daily price returns, one year to \(end))",
                     format: { CheckFormat.decimal($0, decimals: 2) + "×" }, alternatives: alternatives)
    }

    /// Share of members up (or down: decliners, not "all but the advancers") over one day, from `--members`.
    func checkBreadth(_ claim: Claim) -> Outcome {
        guard let breadth else { return .unverifiable("breadth needs member prices: pass --members FILE") }
        guard let window = claim.window, window.window == .oneDay else {
            return .unverifiable("breadth is checked for one day only, not \(claim.window?.window.description ?? "no window")")
        }
        guard let shares = breadth(window.end) else { return .unverifiable("no member prices on \(window.end)") }
        let share = claim.direction == .down ? shares.down : shares.up
        return judge(claim, computed: share, described: "share of members \(claim.direction == .down ? "down" : "up") on \(window.end)",
                     format: { CheckFormat.percent($0, signed: false) }, alternatives: [])
    }

    /// A price/earnings multiple, from `--holdings` (the aggregate: total cap / total earnings).
    func checkValuation(_ claim: Claim) -> Outcome {
        guard let valuation else { return .unverifiable("valuation needs fundamentals: pass --holdings FILE") }
        let forward = claim.windowPhrase == "forward"
        guard let value = forward ? valuation.forward : valuation.trailing else {
            return .unverifiable("the holdings file has no \(forward ? "forward" : "trailing") earnings")
        }
        let other = forward ? valuation.trailing : valuation.forward
        return judge(claim, computed: value, described: "aggregate \(forward ? "forward" : "trailing") P/E of the holdings",
                     format: { CheckFormat.decimal($0, decimals: 1) },
                     alternatives: other.map { [("the \(forward ? "trailing" : "forward") P/E", $0)] } ?? [])
    }
}
