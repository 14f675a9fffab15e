// Order statistics for the percentile metrics without sorting: quickselect for one
// percentile, and a sampled one-pass band filter for the 5th and 95th percentiles of a long
// series (the hot path of `ReturnMetrics`).

/// numpy's linear percentile of `values`, reordering them (selection, O(n) on average).
/// `lowerBound` lets a second call skip elements already known to lie below its rank.
func percentile(inPlace values: UnsafeMutableBufferPointer<Double>, _ percent: Double, lowerBound: Int = 0) -> Double {
    let n = values.count
    let h = (percent / 100) * Double(n - 1)
    let below = Int(h.rounded(.down))
    let fraction = h - Double(below)
    let a = select(values, rank: below, from: lowerBound)
    guard below + 1 < n, fraction > 0 else { return a }
    var b = values[below + 1]
    for i in (below + 2)..<n where values[i] < b { b = values[i] }
    let difference = b - a
    return fraction >= 0.5 ? b - difference * (1 - fraction) : a + difference * fraction
}

/// Quickselect (Hoare partition, median-of-three pivot): afterwards `values[rank]` holds the
/// element of that rank, everything before it is ≤ and everything after it is ≥.
/// Elements before `from` must already be ≤ every element at or after it.
func select(_ values: UnsafeMutableBufferPointer<Double>, rank: Int, from: Int = 0) -> Double {
    var low = from, high = values.count - 1
    while high > low {
        let mid = low + (high - low) / 2
        if values[mid] < values[low] { values.swapAt(mid, low) }
        if values[high] < values[low] { values.swapAt(high, low) }
        if values[high] < values[mid] { values.swapAt(high, mid) }
        let pivot = values[mid]
        var i = low, j = high
        while i <= j {
            while values[i] < pivot { i += 1 }
            while pivot < values[j] { j -= 1 }
            if i <= j {
                values.swapAt(i, j)
                i += 1
                j -= 1
            }
        }
        if rank <= j { high = j } else if rank >= i { low = i } else { break }
    }
    return values[rank]
}

/// The 5th and 95th percentiles (numpy linear interpolation) of `values`, using `scratch`
/// (at least `values.count` long) and leaving `values` untouched.
///
/// For long series a strided sample of 256 values brackets each target rank with a band
/// wide enough that the true order statistics fall inside it with overwhelming probability;
/// one pass counts the values below each band and copies the band's members, and selection
/// runs on the small bands only. If a band misses its ranks (or overflows, e.g. many ties)
/// the function falls back to quickselect on a full copy, so the result is always exact.
func lowAndHighPercentiles(_ values: UnsafeBufferPointer<Double>, scratch: UnsafeMutableBufferPointer<Double>,
                           low lowPercent: Double = 5, high highPercent: Double = 95) -> (low: Double, high: Double) {
    let n = values.count
    precondition(n > 0 && scratch.count >= n, "scratch must hold every value")
    let lowH = (lowPercent / 100) * Double(n - 1), highH = (highPercent / 100) * Double(n - 1)
    let lowRank = Int(lowH.rounded(.down)), highRank = Int(highH.rounded(.down))
    let sampleSize = 256
    if n >= 8 * sampleSize {
        let sample = UnsafeMutableBufferPointer(rebasing: scratch[(n - sampleSize)..<n])
        let stride = n / sampleSize
        for j in 0..<sampleSize { sample[j] = values[j * stride] }
        insertionSort(sample)
        func bracket(_ rank: Int) -> (Double, Double) {
            let position = rank * sampleSize / n, margin = 14
            let below = position - margin < 0 ? -Double.infinity : sample[position - margin]
            let above = position + margin + 1 >= sampleSize ? Double.infinity : sample[position + margin + 1]
            return (below, above)
        }
        let (lowFrom, lowTo) = bracket(lowRank), (highFrom, highTo) = bracket(highRank)
        let capacity = n / 2
        var belowLow = 0, belowHigh = 0, lowCount = 0, highCount = 0
        for x in values {
            belowLow &+= x < lowFrom ? 1 : 0
            belowHigh &+= x < highFrom ? 1 : 0
            scratch[Swift.min(lowCount, capacity - 1)] = x
            lowCount &+= (x >= lowFrom && x <= lowTo) ? 1 : 0
            scratch[capacity + Swift.min(highCount, capacity - 1)] = x
            highCount &+= (x >= highFrom && x <= highTo) ? 1 : 0
        }
        let lowNeeds = lowRank + (lowRank + 1 < n ? 1 : 0), highNeeds = highRank + (highRank + 1 < n ? 1 : 0)
        if lowCount <= capacity, highCount <= capacity,
           belowLow <= lowRank, lowNeeds < belowLow + lowCount,
           belowHigh <= highRank, highNeeds < belowHigh + highCount {
            let lowBand = UnsafeMutableBufferPointer(rebasing: scratch[0..<lowCount])
            let highBand = UnsafeMutableBufferPointer(rebasing: scratch[capacity..<(capacity + highCount)])
            return (interpolated(lowBand, rank: lowRank - belowLow, fraction: lowH - Double(lowRank), lastRank: n - 1 - belowLow),
                    interpolated(highBand, rank: highRank - belowHigh, fraction: highH - Double(highRank), lastRank: n - 1 - belowHigh))
        }
    }
    for i in 0..<n { scratch[i] = values[i] }
    let all = UnsafeMutableBufferPointer(rebasing: scratch[0..<n])
    let lowValue = percentile(inPlace: all, lowPercent)
    return (lowValue, percentile(inPlace: all, highPercent, lowerBound: lowRank))
}

/// numpy's interpolation between the element of `rank` and the next one inside `band`;
/// `lastRank` is the highest rank that exists in the whole sample (relative to the band).
private func interpolated(_ band: UnsafeMutableBufferPointer<Double>, rank: Int, fraction: Double, lastRank: Int) -> Double {
    let a = select(band, rank: rank)
    guard rank < lastRank, fraction > 0 else { return a }
    var b = band[rank + 1]
    for i in (rank + 1)..<band.count where band[i] < b { b = band[i] }
    let difference = b - a
    return fraction >= 0.5 ? b - difference * (1 - fraction) : a + difference * fraction
}

private func insertionSort(_ values: UnsafeMutableBufferPointer<Double>) {
    guard values.count > 1 else { return }
    for i in 1..<values.count {
        let x = values[i]
        var j = i - 1
        while j >= 0, values[j] > x {
            values[j + 1] = values[j]
            j -= 1
        }
        values[j + 1] = x
    }
}
