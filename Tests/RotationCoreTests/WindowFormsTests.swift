import Testing
import RotationCore

/// `Window.forms` is the one table of window forms: the parser, the error message, `perf --help`
/// and the API description read it.
struct WindowFormsTests {
    @Test("the forms are listed in the contract's order")
    func listed() {
        #expect(Window.formsList == "1d, week, mtd, qtd, ytd, 1w, 1m, 3m, 6m, 1y, 3y, 5y, since:YYYY-MM-DD, year:YYYY, range:D1..D2")
        #expect(WindowError.expectedForms == Window.formsList)
    }

    @Test("every listed word and count parses to a window written the same way")
    func listedFormsParse() throws {
        for text in Window.forms.flatMap(\.listed) where !text.contains(":") {
            #expect(try Window.parse(text).description == text, "\(text)")
        }
    }

    @Test("each prefixed form reads an example of its own")
    func prefixedForms() throws {
        let d = { (text: String) in TradingDay(text)! }
        #expect(try Window.parse("since:2025-08-01") == .since(d("2025-08-01")))
        #expect(try Window.parse("year:2024") == .calendarYear(2024))
        #expect(try Window.parse("range:2025-01-01..2025-06-30") == .range(d("2025-01-01"), d("2025-06-30")))
    }

    @Test("every form states its start anchor")
    func anchors() {
        for form in Window.forms { #expect(!form.startAnchor.isEmpty, "\(form.listed)") }
    }
}
