import RotationCore
import RotationData

/// Kenneth R. French's Data Library: `BASE/DATASET_CSV.zip`, a zip archive holding one CSV in
/// the Library's original layout (text lines, a header line starting with a comma, rows dated
/// `YYYYMM` or `YYYYMMDD`, then further blocks), read by `FactorCSV` (first block only).
///
/// The symbol is a dataset name (`F-F_Research_Data_Factors_daily`) or one of the short names
/// the project's files use (`ff3_monthly`, `ff3_weekly`, `ff3_daily`, `ff5_monthly`,
/// `ff5_daily`, `mom_monthly`, `mom_daily`). Factors are stored as `STEM#column` with the
/// short name as stem when there is one (`FF3_MONTHLY#smb`, as `rotation import
/// factors/ff3_monthly.csv` names them), else the dataset name upper-cased.
public struct FrenchProvider: Provider {
    public static let defaultBaseURL = "https://mba.tuck.dartmouth.edu/pages/faculty/ken.french/ftp"
    public let baseURL: String
    public var name: ProviderName { .french }

    /// Short names and the datasets they stand for.
    public static let datasets: [String: String] = [
        "ff3_monthly": "F-F_Research_Data_Factors",
        "ff3_weekly": "F-F_Research_Data_Factors_weekly",
        "ff3_daily": "F-F_Research_Data_Factors_daily",
        "ff5_monthly": "F-F_Research_Data_5_Factors_2x3",
        "ff5_daily": "F-F_Research_Data_5_Factors_2x3_daily",
        "mom_monthly": "F-F_Momentum_Factor",
        "mom_daily": "F-F_Momentum_Factor_daily",
    ]

    public init(baseURL: String = FrenchProvider.defaultBaseURL) {
        self.baseURL = baseURL
    }

    /// The dataset a symbol names: a short name's dataset, else the symbol itself.
    public static func dataset(for symbol: String) -> String {
        datasets[symbol.lowercased()] ?? symbol
    }

    public func url(for symbol: String, range: FetchRange) throws -> String {
        "\(baseURL)/\(QueryText.escape(FrenchProvider.dataset(for: symbol)))_CSV.zip"
    }

    public func storedName(for symbol: String) -> String {
        let dataset = FrenchProvider.dataset(for: symbol)
        let short = FrenchProvider.datasets.first { $0.value.lowercased() == dataset.lowercased() }?.key
        return (short ?? dataset).uppercased()
    }

    /// Refused (exit 69) unless the answer starts like a zip archive (`PK`).
    public func refusal(in body: [UInt8], context: AnswerContext) -> DataError? {
        if let refused = SourceAnswer.refusal(in: body, source: .french, origin: context.origin) { return refused }
        guard body.starts(with: [0x50, 0x4B]) else {
            return SourceAnswer.refused(.french, "\"\(SourceAnswer.firstLine(body))\"",
                                        advice: "expected a zip archive; check the dataset name (ff3_daily, F-F_Research_Data_Factors)",
                                        origin: context.origin)
        }
        return nil
    }

    public func parse(_ body: [UInt8], storedName: String, origin: String) throws -> ProviderPayload {
        let (entry, csv) = try FrenchZip.firstCSV(in: body, origin: origin)
        let series = try FactorCSV.parse(csv, file: "\(origin)/\(entry)", stem: storedName)
        return .series(series.map { .series($0) })
    }
}
