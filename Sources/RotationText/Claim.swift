import RotationCore

/// What a numeric claim asserts.
public enum ClaimKind: String, Sendable, Codable, CaseIterable {
    /// A return over a window ("up 13.5% since August", "−20.4% in 2022").
    case `return`
    /// A closing level on a day ("closed at 2,551.46", "rose 22 points, or 0.8%, to 2,995").
    case level
    /// A change in index points over a window ("rose 31 points", "lost 412.5 points for the week").
    case points
    /// How far the close is from the record close ("3.1% below its record close").
    case fromRecord = "from_record"
    /// A record close ("record close 2,590.61", "ETF closing high of $251.82").
    case recordClose = "record_close"
    /// An intraday high ("2,576 intraday on December 10th").
    case intradayHigh = "intraday_high"
    /// An intraday low ("an intraday low of 46,312.88").
    case intradayLow = "intraday_low"
    /// A run of consecutive periods ("four consecutive weeks").
    case streak
    /// The return of a benchmark the subject beat or trailed ("outpacing the S&P 500's 11%").
    case relative
    /// How far the subject moves when a benchmark moves ("2–3% on days when the S&P 500 moves 1%").
    case coMovement = "co_movement"
    /// The share of members that rose or fell ("over 60% of the stocks finished higher").
    case breadth
    /// A price/earnings multiple ("15 times forward earnings").
    case valuation
    /// Short interest as a share of market cap or float ("5.5% of market cap").
    case shortInterest = "short_interest"
}

/// How a reader takes a stated number.
public enum Qualifier: String, Sendable, Codable {
    /// The number as stated, to its last digit.
    case exact
    /// "about", "approximately", "roughly", "around", "some": a little either side.
    case about
    /// "nearly", "almost", "just under": a little below, not above.
    case nearly
    /// "over", "more than", "above": strictly above.
    case over
    /// "less than", "under", "below": strictly below.
    case under
    /// "within", "at most", "no more than": at most the stated value as rounded ("within 1.6% of
    /// its record" holds for 1.61%, which a writer rounds to 1.6%).
    case atMost

    /// The qualifier a word (or two words) introduces; `nil` when it is not one.
    public init?(words: [String]) {
        switch words.joined(separator: " ") {
        case "about", "approximately", "roughly", "around", "some", "approx": self = .about
        case "nearly", "almost", "just under", "close to": self = .nearly
        case "over", "more than", "above", "upwards of", "exceeding", "topping", "beyond", "north of": self = .over
        case "less than", "under", "below", "fewer than": self = .under
        case "within", "at most", "no more than": self = .atMost
        default: return nil
        }
    }
}

/// Which way a streak runs.
public enum StreakDirection: String, Sendable, Codable {
    /// The subject rose (absolute) or beat the benchmark (relative).
    case up
    /// The subject fell (absolute) or trailed the benchmark (relative).
    case down
}

/// The unit of a streak ("weeks", "sessions").
public enum StreakUnit: String, Sendable, Codable {
    case day, week, month
}

/// One numeric claim found in a text, before it is checked.
public struct Claim: Sendable, Equatable {
    /// The sentence the claim was found in.
    public var text: String
    public var kind: ClaimKind
    /// The subject phrase as written ("small caps"); empty when none was found.
    public var subjectPhrase: String
    /// The subject's symbol after alias resolution; `nil` when unresolved.
    public var subject: String?
    /// A second series the claim compares with (relative, co-movement, relative streaks).
    public var benchmark: String?
    /// The window phrase as written ("since August"); empty when the default applied.
    public var windowPhrase: String
    /// The window the claim is measured over (returns, relative, streaks).
    public var window: ResolvedWindow?
    /// The day a level refers to ("on December 10th"); `nil` means the as-of day.
    public var day: TradingDay?
    /// The stated value in contract units: returns as fractions, levels as numbers, streaks as
    /// counts, co-movement as the ratio subject move / benchmark move, multiples as numbers.
    public var stated: Double
    /// Half a unit in the last stated digit, in the same units ("13.5%" → 0.0005); for a stated
    /// range ("2–3%") half its width.
    public var precision: Double
    public var qualifier: Qualifier
    /// For relative claims: the subject beat the benchmark (`true`) or trailed it (`false`).
    /// For streaks: the direction.
    public var direction: StreakDirection?
    /// For streaks: the period counted.
    public var unit: StreakUnit?
    /// The window phrase names a day or period after the article's day ("in 2026" in a 2022
    /// article): `window` and `day` are `nil` and the checker does not compare it with data.
    public var isAfterArticle = false
    /// Where the number stands in the article (Unicode scalars from the start).
    public var offset = 0
    /// The stated phrase as written ("rose 31 points, or 0.6%").
    public var phrase = ""
    /// How the claim was read: subject, window and measure, and doubts about them.
    public var reading = ClaimReading()
    /// A figure taken during the session, not at the close ("as of 3:05 p.m.", "in early
    /// trading", "is trading up"): the cue as written. A level, points change or one-day return so
    /// marked is checked against the day's range (`close` when inside it), never `contradicted`.
    public var duringSession: String?
    /// For a streak: a run of record closes ("a third straight record"), not of rises.
    public var countsRecords = false
    /// For a streak: the run ended with the latest period ("snapped a three-day winning streak"):
    /// it is the run ending one period earlier.
    public var runEnded = false
    /// For a record close: the record before the latest one ("its previous record close of …").
    public var isPreviousRecord = false
    /// When no window is stated: other windows a reader would take it for, in order (the previous
    /// sentence's window, then the periods the article speaks of: week, month, year), with why.
    public var implicitWindows: [(reason: String, window: ResolvedWindow)] = []

    public static func == (lhs: Claim, rhs: Claim) -> Bool {
        lhs.text == rhs.text && lhs.kind == rhs.kind && lhs.subjectPhrase == rhs.subjectPhrase && lhs.subject == rhs.subject
            && lhs.benchmark == rhs.benchmark && lhs.windowPhrase == rhs.windowPhrase && lhs.window == rhs.window
            && lhs.day == rhs.day && lhs.stated == rhs.stated && lhs.precision == rhs.precision && lhs.qualifier == rhs.qualifier
            && lhs.direction == rhs.direction && lhs.unit == rhs.unit && lhs.isAfterArticle == rhs.isAfterArticle
            && lhs.offset == rhs.offset && lhs.phrase == rhs.phrase && lhs.reading == rhs.reading
            && lhs.isPreviousRecord == rhs.isPreviousRecord && lhs.countsRecords == rhs.countsRecords && lhs.runEnded == rhs.runEnded && lhs.implicitWindows.map(\.window) == rhs.implicitWindows.map(\.window)
    }

    public init(text: String, kind: ClaimKind, subjectPhrase: String = "", subject: String? = nil,
                benchmark: String? = nil, windowPhrase: String = "", window: ResolvedWindow? = nil,
                day: TradingDay? = nil, stated: Double, precision: Double, qualifier: Qualifier = .exact,
                direction: StreakDirection? = nil, unit: StreakUnit? = nil) {
        self.text = text
        self.kind = kind
        self.subjectPhrase = subjectPhrase
        self.subject = subject
        self.benchmark = benchmark
        self.windowPhrase = windowPhrase
        self.window = window
        self.day = day
        self.stated = stated
        self.precision = precision
        self.qualifier = qualifier
        self.direction = direction
        self.unit = unit
    }
}

/// A window with the day it ends on: `week` ending 2025-12-12.
public struct ResolvedWindow: Sendable, Equatable, CustomStringConvertible {
    public var window: Window
    /// The end limit: the window's end value is the last close on or before this day.
    public var end: TradingDay

    public init(_ window: Window, end: TradingDay) {
        self.window = window
        self.end = end
    }

    /// `week to 2025-12-12` (the window as `perf --window` writes it, and its end day).
    public var description: String { "\(window) to \(end)" }
}

/// How a claim was read, so that a wrong reading is visible (JSON `reading`).
public struct ClaimReading: Sendable, Equatable, Codable {
    /// How the subject was found ("named \"Russell 2000\"", "\"the index\" → \"Russell 2000\", the
    /// subject of the sentence before").
    public var subject: String
    /// How the window was found ("\"for the week\"", "section label \"For the week\"", "none
    /// stated: the day's move (past tense)").
    public var window: String
    /// What the number measures and why ("percent after \"rose\": a price return").
    public var measure: String
    /// Doubts about the reading: a claim with doubts is never `contradicted`, only
    /// `unverifiable` with the computed value as context.
    public var doubts: [String]

    public init(subject: String = "", window: String = "", measure: String = "", doubts: [String] = []) {
        self.subject = subject
        self.window = window
        self.measure = measure
        self.doubts = doubts
    }
}
