import Foundation
import RotationCore

/// When an exchange's daily bar is final: its time zone and the local time (minutes after
/// midnight) after which the day's session has closed, with a margin for the source to publish
/// the closing values. A bar dated on the exchange's current day and downloaded before that time
/// is the running session's partial bar.
struct ExchangeClock: Sendable, Equatable {
    var zone: String
    /// Local minutes after midnight: the close plus 30 minutes.
    var finalAfterMinutes: Int

    /// New York (NYSE, Nasdaq): close 16:00, final from 16:30.
    static let newYork = ExchangeClock(zone: "America/New_York", finalAfterMinutes: 16 * 60 + 30)

    /// The exchange-local day whose session was still running at `date`, or nil when the last
    /// session had closed (after the close, or on a weekend the day has no bar to drop anyway).
    func runningDay(at date: Date) -> TradingDay? {
        guard let timeZone = TimeZone(identifier: zone) else { return nil }
        let local = Int64(date.timeIntervalSince1970.rounded(.down)) + Int64(timeZone.secondsFromGMT(for: date))
        let day = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let minutes = Int((local - day * 86_400) / 60)
        return minutes < finalAfterMinutes ? TradingDay(daysSinceEpoch: Int(day)) : nil
    }

    /// The exchange of a Stooq symbol by its market suffix (`.us`, `.uk`, `.de`, `.jp`, `.hk`,
    /// `.pl`) or index (`^dax`, `^ftm`, `^nkx`, `^hsi`, `^wig20`); everything else (`^spx`,
    /// `^ndx`, `^dji`, US symbols) is New York.
    static func stooq(_ symbol: String) -> ExchangeClock {
        let lower = symbol.lowercased()
        let suffix = lower.split(separator: ".").last.map(String.init) ?? ""
        switch (lower, suffix) {
        case ("^ftm", _), (_, "uk"): return ExchangeClock(zone: "Europe/London", finalAfterMinutes: 17 * 60)
        case ("^dax", _), (_, "de"): return ExchangeClock(zone: "Europe/Berlin", finalAfterMinutes: 18 * 60)
        case ("^nkx", _), (_, "jp"): return ExchangeClock(zone: "Asia/Tokyo", finalAfterMinutes: 16 * 60)
        case ("^hsi", _), (_, "hk"): return ExchangeClock(zone: "Asia/Hong_Kong", finalAfterMinutes: 16 * 60 + 40)
        case ("^wig20", _), ("^wig", _), (_, "pl"): return ExchangeClock(zone: "Europe/Warsaw", finalAfterMinutes: 17 * 60 + 30)
        default: return .newYork
        }
    }
}
