import Foundation
import RotationCore
import Testing

/// Reading windows from text, and writing them back.
struct WindowParsingTests {
    @Test("every contract form parses and prints back unchanged", arguments: [
        "1d", "week", "mtd", "qtd", "ytd", "1w", "1m", "3m", "6m", "1y", "3y", "5y",
        "since:2021-11-08", "year:2025", "range:2025-01-02..2025-06-30", "10y", "18m", "5d", "2d", "999d",
    ])
    func roundTrip(text: String) throws {
        #expect(try Window.parse(text).description == text)
    }

    @Test("the default windows are 1d week mtd 1m 3m 6m ytd 1y")
    func defaults() {
        #expect(Window.defaults.map(\.description) == ["1d", "week", "mtd", "1m", "3m", "6m", "ytd", "1y"])
    }

    /// Issue 16, case 7: `--window 5d` was refused although CONTRACT lists `Nd` (and `10y`, `2w`,
    /// `18m` worked). `1d` stays the previous trading day.
    @Test("Nd is N trading days; 1d is the previous trading day")
    func tradingDays() {
        #expect(Window("5d") == .tradingDays(5))
        #expect(Window("1d") == .oneDay)
        #expect(Window("5d")?.start(endingOn: day("2025-12-12")) == .tradingDaysBefore(5))
    }

    @Test("window names are case-insensitive")
    func caseInsensitive() {
        #expect(Window("YTD") == .yearToDate)
        #expect(Window("3M") == .trailingMonths(3))
    }

    @Test("an unknown window names the forms a window may take")
    func unknown() {
        #expect(throws: WindowError(text: "2q", reason: .unknown)) { try Window.parse("2q") }
        #expect(WindowError(text: "2q", reason: .unknown).description == """
            unknown window "2q" (expected 1d, Nd (N trading days, e.g. 5d), week, mtd, qtd, ytd, Nw, Nm, \
            Ny (N = 1…99, e.g. 1w, 3m, 18m, 10y), since:YYYY-MM-DD, year:YYYY, range:D1..D2)
            """)
    }

    @Test("counts outside 1…99 (1…999 for trading days) and signs are not windows", arguments: ["0m", "100y", "+3m", "-1y", "m", "", "0d", "1000d", "-5d"])
    func badCounts(text: String) {
        #expect(Window(text) == nil)
    }

    @Test("a date that does not exist is named in the message")
    func badDate() {
        do {
            _ = try Window.parse("since:2025-02-30")
            Issue.record("since:2025-02-30 parsed")
        } catch {
            #expect(error.description == #"window "since:2025-02-30": expected a date YYYY-MM-DD, got "2025-02-30""#)
        }
    }

    @Test("year: takes four digits")
    func badYear() {
        do {
            _ = try Window.parse("year:25")
            Issue.record("year:25 parsed")
        } catch {
            #expect(error.description == #"window "year:25": expected a four-digit year, got "25""#)
        }
    }

    @Test("a range must run forwards")
    func backwardsRange() {
        do {
            _ = try Window.parse("range:2025-06-30..2025-01-02")
            Issue.record("a backwards range parsed")
        } catch {
            #expect(error.description == #"window "range:2025-06-30..2025-01-02": the first date must be before the second"#)
        }
        #expect(Window("range:2025-01-02") == nil)
        #expect(Window("range:2025-01-02..") == nil)
    }

    @Test("a window decodes from and encodes to its text")
    func codable() throws {
        let data = try JSONEncoder().encode([Window.since(day("2021-11-08")), .trailingYears(1)])
        #expect(String(decoding: data, as: UTF8.self) == #"["since:2021-11-08","1y"]"#)
        #expect(try JSONDecoder().decode([Window].self, from: data) == [.since(day("2021-11-08")), .trailingYears(1)])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Window].self, from: Data(#"["2q"]"#.utf8)) }
    }

    @Test("a row that is not covered encodes every key, with nulls")
    func nullKeys() throws {
        let row = WindowReturn(symbol: "IWM", window: .since(day("1990-01-01")), endDate: day("2025-12-12"),
                               endValue: 253.85, note: "no close on or before 1990-01-01")
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = String(decoding: try encoder.encode(row), as: UTF8.self)
        #expect(text == #"{"end_date":"2025-12-12","end_value":253.85,"note":"no close on or before 1990-01-01","# +
            #""return":null,"start_date":null,"start_value":null,"symbol":"IWM","window":"since:1990-01-01"}"#)
        #expect(try JSONDecoder().decode(WindowReturn.self, from: Data(text.utf8)) == row)
    }
}
