import RotationCore

/// The refusal of a member price matrix column that names a series the user imported.
///
/// A matrix writes each ticker's closes into that ticker's bars as `adj_close`. A column named
/// like a stored series of its own (bars with a `close`, e.g. an index `RUT` imported from
/// `prices/RUT.csv`) would silently replace that series' `adj_close` — `perf RUT
/// --total-return` then answered from member prices (issue 16, case 1). Every store refuses such
/// a column with this one line, naming the file, the header line, the column and the series.
public enum MemberPricesCollision {
    /// `FILE:1: field "RUT": the store holds "RUT" as a series with closes of its own; member
    /// prices would overwrite its adj_close (rename or drop the column)`.
    public static func error(file: String, ticker: String) -> DataError {
        DataError(.badInput,
                  "the store holds \"\(ticker)\" as a series with closes of its own; member prices would overwrite its adj_close (rename or drop the column)",
                  at: SourceLocation(file: file, line: 1, field: ticker))
    }
}
