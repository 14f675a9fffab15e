import Foundation
import RotationCore

/// The parts of a Yahoo Finance v8 chart answer that daily bars need:
/// `{"chart": {"result": [{"meta": {…}, "timestamp": […], "indicators": {"quote": [{…}],
/// "adjclose": [{"adjclose": […]}]}}], "error": null}}`. Every array is index-aligned with
/// `timestamp`; `null` entries are missing values.
struct YahooChart: Decodable {
    var chart: Chart

    struct Chart: Decodable {
        var result: [Result]?
        var error: Failure?
    }

    struct Failure: Decodable {
        var code: String?
        var description: String?
    }

    struct Result: Decodable {
        var meta: Meta
        /// Bar times in seconds since 1970 UTC (the session's start for daily bars).
        var timestamp: [Int64]?
        var indicators: Indicators
    }

    struct Meta: Decodable {
        var symbol: String?
        /// The exchange's current offset from UTC in seconds (`-14400` for New York in summer).
        var gmtoffset: Int?
        /// The exchange's time-zone abbreviation (`EDT`).
        var timezone: String?
        /// The exchange's IANA time zone (`America/New_York`), which gives each bar's own offset.
        var exchangeTimezoneName: String?
        /// The sessions of the exchange's current (or next) trading day.
        var currentTradingPeriod: TradingPeriods?
    }

    struct TradingPeriods: Decodable {
        var regular: Period?
    }

    /// A session's start and end, seconds since 1970 UTC.
    struct Period: Decodable {
        var start: Int64
        var end: Int64
    }

    struct Indicators: Decodable {
        var quote: [Quote]
        var adjclose: [AdjustedClose]?
    }

    struct Quote: Decodable {
        var open: [Double?]?
        var high: [Double?]?
        var low: [Double?]?
        var close: [Double?]?
        var volume: [Double?]?
    }

    struct AdjustedClose: Decodable {
        var adjclose: [Double?]?
    }
}

extension YahooChart.Meta {
    /// The exchange-local calendar day of each bar time: the seconds are shifted by the offset
    /// of the exchange's time zone at that instant (`exchangeTimezoneName`, so daylight saving
    /// is right for every bar), or by `gmtoffset` when the zone is unknown, then floored to a
    /// day. A bar at 10:00 in Sydney (23:00 UTC the day before) is dated on the Sydney day.
    func localDays(_ times: [Int64]) -> [TradingDay] {
        let zone = exchangeTimezoneName.flatMap(TimeZone.init(identifier:))
        return times.map { seconds in
            let offset = zone.map { $0.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds))) }
                ?? gmtoffset ?? 0
            let local = seconds + Int64(offset)
            let day = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
            return TradingDay(daysSinceEpoch: Int(day))
        }
    }
}
