import Foundation
import Testing
import RotationCore

struct RotationMapTests {
    let d = RelativeTestData.day

    @Test("quadrants split at 100 with 100 itself on the upper side")
    func quadrants() {
        #expect(RotationQuadrant(ratio: 101, momentum: 101) == .leading)
        #expect(RotationQuadrant(ratio: 101, momentum: 99) == .weakening)
        #expect(RotationQuadrant(ratio: 99, momentum: 99) == .lagging)
        #expect(RotationQuadrant(ratio: 99, momentum: 101) == .improving)
        #expect(RotationQuadrant(ratio: 100, momentum: 100) == .leading)
    }

    /// One Friday per week so that each day is its own week; B is flat at 10, so RS = 10·A.
    static let fridays = (0..<8).map { RelativeTestData.day("2025-01-03").adding(days: 7 * $0) }
    static let a: [Double] = [10, 11, 12, 11, 13, 14, 13, 15]

    @Test("RS-Ratio and RS-Momentum follow the published z-score formula")
    func handComputed() {
        let parameters = RotationMapParameters(window: 3, momentumLag: 1, tail: 3, stabilityFactors: [])
        let p = rotationPoint(days: Self.fridays, closes: Self.a, benchmark: Array(repeating: 10, count: 8),
                              symbol: "A", period: .week, parameters: parameters)
        // Hand calculation (formula in rotationMapFormula, population sd, n = 3, k = 1):
        // RS = 100, 110, 120, 110, 130, 140, 130, 150.
        // RS-Ratio_t = 100 + (RS_t − mean)/sd over 3 points: t=2..7 →
        //   101.224745, 99.292893, 101.224745, 101.069045, 99.292893, 101.224745
        // ROC_t = 100·(ratio_t/ratio_{t−1} − 1): t=3..7 → −1.908478, 1.945609, −0.153816, −1.757365, 1.945609
        // RS-Momentum_t = 100 + (ROC_t − mean)/sd over 3 ROC values: t=5..7 →
        //   99.927058, 98.833406, 101.275608
        let ratios = [101.069045, 99.292893, 101.224745]
        let momenta = [99.927058, 98.833406, 101.275608]
        #expect(p.tail.count == 3)
        for (point, (r, m)) in zip(p.tail, zip(ratios, momenta)) {
            #expect(abs(point.rsRatio - r) < 1e-5 && abs(point.rsMomentum - m) < 1e-5)
        }
        #expect(p.tail.map(\.quadrant) == [.weakening, .lagging, .leading])
        #expect(p.quadrant == .leading && p.date == Self.fridays[7])
        #expect(p.stability == RotationStability(compared: 0, changed: 0, fraction: nil))
    }

    @Test("too little history gives null coordinates and an empty tail")
    func tooLittle() {
        let p = rotationPoint(days: Array(Self.fridays.prefix(4)), closes: Array(Self.a.prefix(4)),
                              benchmark: Array(repeating: 10, count: 4), symbol: "A",
                              parameters: RotationMapParameters(window: 3))
        #expect(p.rsRatio == nil && p.rsMomentum == nil && p.quadrant == nil && p.tail.isEmpty)
        #expect(p.date == Self.fridays[3])
    }

    static let data = Result { try RelativeTestData.aligned(["GSPC", "RUT", "IXIC", "XLK", "XLE"]) }

    func map(_ days: [TradingDay], _ closes: [[Double]], asOf: TradingDay?) -> RotationMapReport {
        let inputs = zip(["RUT", "IXIC", "XLK", "XLE"], closes.dropFirst()).map { RotationMapInput(symbol: $0, closes: $1) }
        return rotationMap(days: days, benchmark: closes[0], benchmarkName: "GSPC", symbols: inputs, period: .week,
                           parameters: RotationMapParameters(tail: 6), asOf: asOf)
    }

    @Test("a map as of D on the full data equals the map on data cut at D")
    func noLookAhead() throws {
        let (days, closes) = try Self.data.get()
        for text in ["2008-10-10", "2020-03-18", "2025-12-10", "2025-12-12", "2026-07-31"] {
            let asOf = d(text)
            let cut = days.lastIndex(onOrBefore: asOf)! + 1
            let full = map(days, closes, asOf: asOf)
            let truncated = map(Array(days.prefix(cut)), closes.map { Array($0.prefix(cut)) }, asOf: asOf)
            #expect(full == truncated, "as of \(text)")
            #expect(full.points.allSatisfy { $0.quadrant != nil })
        }
    }

    @Test("every tail point equals the current point computed on data cut at its date")
    func tailsUseNoLaterData() throws {
        let (days, closes) = try Self.data.get()
        let latest = map(days, closes, asOf: d("2026-07-31"))
        for (index, point) in latest.points.enumerated() {
            for tailPoint in point.tail {
                let cut = days.lastIndex(onOrBefore: tailPoint.date)! + 1
                let earlier = map(Array(days.prefix(cut)), closes.map { Array($0.prefix(cut)) }, asOf: nil)
                let then = earlier.points[index]
                #expect(then.rsRatio == tailPoint.rsRatio && then.rsMomentum == tailPoint.rsMomentum)
                #expect(then.date == tailPoint.date)
            }
        }
    }

    @Test("the stability diagnostic compares every full tail point at 0.8n and 1.2n")
    func stability() throws {
        let (days, closes) = try Self.data.get()
        let report = map(days, closes, asOf: d("2026-07-31"))
        for point in report.points {
            #expect(point.tail.count == 6)
            #expect(point.stability.compared == 6)
            #expect((0...6).contains(point.stability.changed))
            #expect(point.stability.fraction == Double(point.stability.changed) / 6)
        }
        #expect(report.parameters.scaledWindow(0.8) == 11 && report.parameters.scaledWindow(1.2) == 17)
    }

    @Test("the result carries its formula, parameters and explicit nulls")
    func encoding() throws {
        let report = rotationMap(days: [], benchmark: [], benchmarkName: "GSPC",
                                 symbols: [RotationMapInput(symbol: "X", closes: [])])
        let json = try String(decoding: JSONEncoder().encode(report), as: UTF8.self)
        for key in ["\"formula\":", "\"momentum_lag\":1", "\"window\":14", "\"rs_ratio\":null", "\"quadrant\":null",
                    "\"as_of\":null", "\"fraction\":null"] {
            #expect(json.contains(key), "\(key)")
        }
    }
}
