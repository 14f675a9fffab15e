/// A window that could not be read from text; `description` is the one-line message a user sees.
///
/// `unknown window "2q" (expected 1d, Nd (N trading days, e.g. 5d), week, mtd, qtd, ytd, Nw, Nm,
/// Ny (N = 1…99, e.g. 1w, 3m, 18m, 10y), since:YYYY-MM-DD, year:YYYY, range:D1..D2)`
public struct WindowError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Sendable, Equatable {
        /// The text names no window.
        case unknown
        /// `since:` or `range:` holds something that is not an existing `YYYY-MM-DD` date.
        case badDate(String)
        /// `year:` holds something that is not a four-digit year.
        case badYear(String)
        /// `range:D1..D2` with D1 not before D2.
        case emptyRange
    }

    /// The window text as given.
    public var text: String
    public var reason: Reason

    public init(text: String, reason: Reason) {
        self.text = text
        self.reason = reason
    }

    /// The forms a window may take, as listed in messages (`Window.formsList`).
    public static var expectedForms: String { Window.formsList }

    public var description: String {
        switch reason {
        case .unknown:
            "unknown window \"\(text)\" (expected \(WindowError.expectedForms))"
        case .badDate(let date):
            "window \"\(text)\": expected a date YYYY-MM-DD, got \"\(date)\""
        case .badYear(let year):
            "window \"\(text)\": expected a four-digit year, got \"\(year)\""
        case .emptyRange:
            "window \"\(text)\": the first date must be before the second"
        }
    }
}
