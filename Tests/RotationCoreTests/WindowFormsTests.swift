import Testing
import RotationCore

/// `Window.forms` is the one table of window forms: the parser, the error message, `perf --help`
/// and the API description read it.
struct WindowFormsTests {
    @Test("the forms are listed in the contract's order")
    func listed() {
        #expect(Window.formsList == "1d, Nd (N trading days, e.g. 5d), week, mtd, qtd, ytd, Nw, Nm, Ny (N = 1…99, e.g. 1w, 3m, 18m, 10y), "
                    + "since:YYYY-MM-DD, year:YYYY, range:D1..D2")
        #expect(WindowError.expectedForms == Window.formsList)
    }

    @Test("every example of a word or count form parses to a window written the same way")
    func listedFormsParse() throws {
        #expect(Window.forms.filter { !$0.listed.contains { $0.contains(":") } }.allSatisfy { !$0.examples.isEmpty })
        for text in Window.forms.flatMap(\.examples) {
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
