import RotationCharts
import Testing

/// Each chart type against its committed SVG (`Snapshots/`, recorded with
/// ROTATION_RECORD_SNAPSHOTS=1 and checked by eye when recorded).
struct ChartSnapshotTests {
    @Test("a two-line chart with a gap matches its snapshot")
    func lineChart() throws {
        let chart = LineChart(labels: ChartLabels(title: "Rebased to 100", description: "Two lines, the second with a gap.", id: "lines"),
                              series: ChartFixtures.twoLines, reference: 100)
        try Snapshot.assert(chart.svg(), named: "line.svg")
    }

    @Test("a drawdown area with a gap matches its snapshot")
    func drawdownChart() throws {
        let chart = DrawdownChart(labels: ChartLabels(title: "Drawdown of the relative line", description: "Falls to −12.5% and recovers half.", id: "drawdown"),
                                  series: ChartFixtures.drawdown)
        try Snapshot.assert(chart.svg(), named: "drawdown.svg")
    }

    @Test("a rotation map with two tails matches its snapshot")
    func rotationMap() throws {
        let chart = RotationMapChart(labels: ChartLabels(title: "Rotation map vs S&P 500", description: "RUT moving into leading, IXIC into lagging.", id: "map"),
                                     tails: ChartFixtures.tails)
        try Snapshot.assert(chart.svg(), named: "rotation-map.svg")
    }

    @Test("horizontal and vertical bar charts with a negative and a missing bar match their snapshots")
    func barCharts() throws {
        let labels = ChartLabels(title: "Returns", description: "Week, month, YTD and one year.", id: "bars")
        try Snapshot.assert(BarChart(labels: labels, bars: ChartFixtures.bars).svg(), named: "bars-horizontal.svg")
        try Snapshot.assert(BarChart(labels: labels, bars: ChartFixtures.bars, orientation: .vertical, frame: ChartFrame()).svg(),
                            named: "bars-vertical.svg")
    }
}
