import RotationCore

/// Chooses the reader for a file from its header and picks a column when asked.
enum InputFormat {
    /// The payloads of one file (see `InputFiles.load` for naming).
    static func parse(_ text: UnsafeBufferPointer<UInt8>, file: String, stem: String, symbol: String?,
                      column: String?) throws(DataError) -> [LoadedSeries] {
        var lines = CSVLines(text)
        guard let header = try? CSVHeader.read(&lines, file: file) else {
            return [try PriceCSV.parse(text, file: file, symbol: symbol ?? stem)]
        }
        if FactorCSV.looksLikeFactors(names: header.names, keys: header.keys) {
            let all = try FactorCSV.parse(text, file: file, stem: symbol ?? stem)
            guard let column else { return all.map { .series($0) } }
            let key = CSVHeader.key(column)
            guard var picked = all.first(where: { $0.name.hasSuffix("#" + key) }) else {
                throw unknownColumn(column, file: file, columns: all.map { String($0.name.split(separator: "#").last ?? "") })
            }
            picked.name = symbol ?? "\(stem)#\(key)"
            return [.series(picked)]
        }
        let payload = try PriceCSV.parse(text, file: file, symbol: symbol ?? stem)
        guard let column else { return [payload] }
        let key = CSVHeader.key(column)
        switch payload {
        case .bars(let bars):
            guard let field = BarField(rawValue: key), header.keys.contains(key) else {
                throw unknownColumn(column, file: file, columns: BarField.allCases.map(\.rawValue).filter(header.keys.contains))
            }
            let values = bars.column(field)
            let kept = values.indices.filter { !values[$0].isNaN }
            return [.series(Series(name: symbol ?? "\(stem)#\(key)", kind: .price,
                                   days: kept.map { bars.days[$0] }, values: kept.map { values[$0] }))]
        case .series:
            let dateKeys: Set = ["date", "observation_date", "month"]
            let valueKeys = header.keys.filter { !dateKeys.contains($0) }
            guard valueKeys.contains(key) else { throw unknownColumn(column, file: file, columns: valueKeys) }
            return [payload]
        }
    }

    private static func unknownColumn(_ column: String, file: String, columns: [String]) -> DataError {
        DataError(.badInput, "no column \"\(column)\" (columns: \(columns.joined(separator: ", ")))",
                  at: SourceLocation(file: file, line: 1))
    }
}
