import Foundation
import RotationCharts
import RotationCore

/// The brief's four charts drawn with RotationCharts from `BriefCharts`.
public struct BriefFigure: Sendable, Equatable {
    /// The caption under the chart.
    public var caption: String
    /// The command whose output holds the charted numbers.
    public var command: String
    /// One `<svg>` element (without the namespace declaration, for embedding in HTML).
    public var svg: String
}

extension BriefRendering {
    /// The figures of a brief, in reading order: relative strength, cumulative returns, rotation
    /// map, drawdown of the relative line. A chart without data is left out.
    public static func figures(_ charts: BriefCharts) -> [BriefFigure] {
        var figures: [BriefFigure] = []
        if let line = charts.relativeStrength, let first = line.points.first, let last = line.points.last {
            let chart = LineChart(
                labels: ChartLabels(title: "Relative strength \(line.name), trailing year",
                                    description: "Daily ratio of closes, 100 on \(first.date); \(lastValue(last.value, decimals: 2)) on \(last.date). Above 100: the first symbol has outperformed since then.",
                                    id: "brief-relative"),
                series: [lineSeries(line)], style: .plain, reference: 100)
            figures.append(BriefFigure(caption: "\(line.name), 100 = \(first.date)", command: line.command, svg: chart.svg(standalone: false)))
        }
        if !charts.cumulativeReturns.isEmpty, let command = charts.cumulativeReturns.first?.command {
            let endings = charts.cumulativeReturns.map { "\($0.name) \(Formatting.percent($0.points.last?.value))" }.joined(separator: ", ")
            let chart = LineChart(
                labels: ChartLabels(title: "Cumulative return, trailing year",
                                    description: "Return since the start of the one-year window: \(endings).", id: "brief-cumulative"),
                series: charts.cumulativeReturns.map(lineSeries), style: .percent, reference: 0)
            figures.append(BriefFigure(caption: "Cumulative return since the one-year window's start: \(endings)", command: command,
                                       svg: chart.svg(standalone: false)))
        }
        if !charts.rotationMap.isEmpty, let command = charts.rotationMap.first?.command {
            let placed = charts.rotationMap.map { "\($0.symbol) \($0.quadrant?.rawValue ?? "not placed")" }.joined(separator: ", ")
            let chart = RotationMapChart(
                labels: ChartLabels(title: "Rotation map (weekly)", description: "RS-Ratio across, RS-Momentum up, tails oldest first: \(placed).",
                                    id: "brief-map"),
                tails: charts.rotationMap.map { ScatterTail(name: $0.symbol, points: $0.tail.map { ($0.rsRatio, $0.rsMomentum) }) })
            figures.append(BriefFigure(caption: "Rotation map, weekly tails: \(placed)", command: command, svg: chart.svg(standalone: false)))
        }
        if let drawdown = charts.relativeDrawdown, let first = drawdown.points.first {
            let deepest = drawdown.points.compactMap(\.value).min()
            let chart = DrawdownChart(
                labels: ChartLabels(title: "Drawdown of \(drawdown.name.replacingOccurrences(of: " below its peak", with: "")) (monthly)",
                                    description: "Distance of the monthly relative line below its running peak since \(first.date); deepest \(Formatting.percent(deepest)).",
                                    id: "brief-drawdown"),
                series: lineSeries(drawdown))
            figures.append(BriefFigure(caption: "\(drawdown.name), monthly since \(first.date.monthDescription)", command: drawdown.command,
                                       svg: chart.svg(standalone: false)))
        }
        return figures
    }

    private static func lineSeries(_ series: BriefDatedSeries) -> LineSeries {
        LineSeries(name: series.name, points: series.points.map { DatedPoint(day: $0.date, value: $0.value) })
    }

    private static func lastValue(_ value: Double?, decimals: Int) -> String {
        Formatting.decimal(value, decimals: decimals)
    }
}
