import RotationCore

/// The percentile bootstrap band of the mean path.
///
/// Each of `draws` resamples picks n of the n paths uniformly **with replacement** (indices from
/// `generator.nextIndex(below: n)`, path by path, offset order) and takes their mean at every
/// offset; the band at an offset is the (`percents.0`, `percents.1`) percentiles of those
/// resampled means (linear interpolation, numpy's default). `nil` with fewer than two paths or
/// no draws. Identical paths give a band equal to the path; the band always contains the mean
/// of the paths when draws are many (not guaranteed for very few draws).
func bootstrapBand(_ paths: [[Double]], draws: Int, percents: (Double, Double),
                   generator: SplitMix64) -> [(Double, Double)]? {
    let n = paths.count
    guard n >= 2, draws > 0, let length = paths.first?.count else { return nil }
    var generator = generator
    // Resampled means, offset-major: means[j * draws + d].
    var means = [Double](repeating: 0, count: length * draws)
    var sum = [Double](repeating: 0, count: length)
    for d in 0..<draws {
        for j in 0..<length { sum[j] = 0 }
        for _ in 0..<n {
            let path = paths[generator.nextIndex(below: n)]
            for j in 0..<length { sum[j] += path[j] }
        }
        for j in 0..<length { means[j * draws + d] = sum[j] / Double(n) }
    }
    return (0..<length).map { j in
        let column = Array(means[(j * draws)..<((j + 1) * draws)])
        return (percentile(column, percents.0)!, percentile(column, percents.1)!)
    }
}
