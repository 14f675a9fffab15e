/// A return window: where a return starts (and, for `year:` and `range:`, where it ends).
///
/// Written as in the contract's `--window` option: `1d`, `Nd`, `week`, `mtd`, `qtd`, `ytd`, `1w`,
/// `1m`, `3m`, `6m`, `1y`, `3y`, `5y`, `since:YYYY-MM-DD`, `year:YYYY`, `range:D1..D2`.
/// Any count of weeks, months or years (`2y`, `18m`, `10y`, 1…99) is accepted as well, and
/// `Nd`, N trading days (1…999; `1d` is the previous trading day).
///
/// Start anchors (see `startAnchor(endingOn:)`): the start value is the close of the last trading
/// day on or before the anchor; anchors of the trailing and to-date windows are counted back
/// from the window's end date, the last trading day on or before the as-of date.
/// | window | start anchor |
/// | --- | --- |
/// | `1d` | the previous trading day |
/// | `Nd` | N trading days (rows of the series' own calendar) before the end day |
/// | `week` | the last trading day of the previous calendar week (Monday–Sunday) |
/// | `Nw`, `Nm`, `Ny` | the end date minus that calendar span, clamped to the month's end |
/// | `mtd`, `qtd`, `ytd` | the last trading day of the previous month / quarter / year |
/// | `since:D` | D |
/// | `year:YYYY` | the last trading day of YYYY−1; the end is the last trading day of YYYY |
/// | `range:D1..D2` | D1; the end is the last trading day on or before D2 |
public enum Window: Hashable, Sendable {
    /// `1d`: from the previous trading day.
    case oneDay
    /// `Nd` (N ≥ 2): from N trading days before the end day, counted on the series' own days.
    case tradingDays(Int)
    /// `week`: from the last trading day of the previous calendar week ("for the week").
    case weekToDate
    /// `mtd`: from the last trading day of the previous month.
    case monthToDate
    /// `qtd`: from the last trading day of the previous calendar quarter.
    case quarterToDate
    /// `ytd`: from the last trading day of the previous year.
    case yearToDate
    /// `Nw`: from the end date minus N×7 calendar days.
    case trailingWeeks(Int)
    /// `Nm`: from the end date minus N calendar months (clamped: 03-31 minus 1m is 02-28/29).
    case trailingMonths(Int)
    /// `Ny`: from the end date minus N calendar years (clamped: 2024-02-29 minus 1y is 2023-02-28).
    case trailingYears(Int)
    /// `since:D`: from the close on or before D.
    case since(TradingDay)
    /// `year:YYYY`: the calendar year, from the last close of YYYY−1 to the last close of YYYY.
    case calendarYear(Int)
    /// `range:D1..D2`: from the close on or before D1 to the close on or before D2.
    case range(TradingDay, TradingDay)

    /// The contract's default windows: `1d week mtd 1m 3m 6m ytd 1y`.
    public static let defaults: [Window] = [
        .oneDay, .weekToDate, .monthToDate, .trailingMonths(1), .trailingMonths(3),
        .trailingMonths(6), .yearToDate, .trailingYears(1),
    ]
}

extension Window: CustomStringConvertible {
    /// The window as written on the command line (`1d`, `week`, `3m`, `since:2021-11-08`, …);
    /// parsing it gives the same window back.
    public var description: String {
        switch self {
        case .oneDay: "1d"
        case .tradingDays(let n): "\(n)d"
        case .weekToDate: "week"
        case .monthToDate: "mtd"
        case .quarterToDate: "qtd"
        case .yearToDate: "ytd"
        case .trailingWeeks(let n): "\(n)w"
        case .trailingMonths(let n): "\(n)m"
        case .trailingYears(let n): "\(n)y"
        case .since(let day): "since:\(day)"
        case .calendarYear(let year): "year:\(year)"
        case .range(let first, let last): "range:\(first)..\(last)"
        }
    }
}

extension Window: Codable {
    /// Decodes the window from its text form (`"3m"`).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try Window.parse(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    /// Encodes the window as its text form (`"3m"`).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
