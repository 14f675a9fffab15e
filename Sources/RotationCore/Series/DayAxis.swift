/// Several dated columns put on one shared day axis: the union of their days, NaN where a
/// column has no value. The input shape of relative strength, the rotation map and panels.
public struct DayAxis: Sendable, Equatable {
    /// The union of the inputs' days, ascending.
    public private(set) var days: [TradingDay]
    /// One column per input, aligned with `days`; NaN where that input has no value.
    public private(set) var columns: [[Double]]

    /// Aligns columns given as (days, values) pairs; each `days` must be strictly ascending.
    /// Cost O(total rows × log inputs) via a k-way merge of the sorted day lists.
    public init(_ inputs: [(days: [TradingDay], values: [Double])]) {
        var union: [TradingDay] = []
        var cursors = [Int](repeating: 0, count: inputs.count)
        while true {
            var next: TradingDay?
            for (k, input) in inputs.enumerated() where cursors[k] < input.days.count {
                let day = input.days[cursors[k]]
                if next == nil || day < next! { next = day }
            }
            guard let day = next else { break }
            union.append(day)
            for (k, input) in inputs.enumerated() where cursors[k] < input.days.count && input.days[cursors[k]] == day {
                cursors[k] += 1
            }
        }
        var columns: [[Double]] = []
        columns.reserveCapacity(inputs.count)
        for input in inputs {
            var column = [Double](repeating: .nan, count: union.count)
            var j = 0
            for (i, day) in input.days.enumerated() {
                while union[j] < day { j += 1 }
                column[j] = input.values[i]
            }
            columns.append(column)
        }
        self.days = union
        self.columns = columns
    }
}
