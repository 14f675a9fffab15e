import Hummingbird
import RotationApp

/// A complete HTML page answered with a status other than 200: a form re-rendered with the
/// text the user typed and a message beside each field it could not read. The error middleware
/// sends it as it is (never cached).
struct RenderedPage: Error, Sendable {
    var status: HTTPResponse.Status
    var html: String
}

/// A page's form as submitted: the typed text of each field, the values read from it, and a
/// message beside each field that could not be read. Pages read every field through it, so one
/// bad field does not hide the others and the typed text is shown again, not lost.
struct PageForm {
    let arguments: CommandArguments
    let filesRoot: String?
    /// The message beside each field that could not be read.
    private(set) var errors: [String: String] = [:]
    /// Messages about the form as a whole (a field the chosen strategy does not read).
    private(set) var general: [String] = []
    /// 404 when every failure is an unknown symbol, else 400.
    private var onlyMissing = true

    init(_ arguments: CommandArguments, filesRoot: String?) {
        self.arguments = arguments
        self.filesRoot = filesRoot
    }

    /// Reads one field; a failure becomes that field's message and gives nil.
    mutating func read<T>(_ name: String, _ reader: (CommandArguments) throws -> T?) -> T? {
        do {
            return try reader(arguments)
        } catch {
            fail(name, error)
            return nil
        }
    }

    /// Records a failure of one field (its message without the leading "name: ").
    mutating func fail(_ name: String, _ error: any Error) {
        let api = APIError.from(error, filesRoot: filesRoot)
        fail(name, api.message, missing: api.status == .notFound)
    }

    mutating func fail(_ name: String, _ message: String, missing: Bool = false) {
        if !missing { onlyMissing = false }
        let prefix = name + ": "
        errors[name] = message.hasPrefix(prefix) ? String(message.dropFirst(prefix.count)) : message
    }

    /// Records a failure that belongs to no one field.
    mutating func failForm(_ error: any Error) {
        let api = APIError.from(error, filesRoot: filesRoot)
        if api.status != .notFound { onlyMissing = false }
        general.append(api.message)
    }

    /// A store symbol that must be one of `held`: an unknown one is the field's 404 message.
    mutating func heldSymbol(_ name: String, default value: String, held: [String]) -> String? {
        guard let symbol = read(name, { try $0.storeSymbol(name, default: value) }) else { return nil }
        guard held.contains(symbol) else {
            fail(name, "unknown symbol \"\(symbol)\" (the list shows what the store holds)", missing: true)
            return nil
        }
        return symbol
    }

    var hasErrors: Bool { !errors.isEmpty || !general.isEmpty }

    /// The status of a failed form.
    var status: HTTPResponse.Status { onlyMissing ? .notFound : .badRequest }

    /// The text typed into a field ("" when it was left out).
    func typed(_ name: String) -> String {
        arguments.values[name]?.first ?? ""
    }

    /// The field's value to show: what was typed, else `fallback`.
    func shown(_ name: String, _ fallback: String) -> String {
        let text = typed(name)
        return text.isEmpty ? fallback : text
    }

    /// The form-wide messages as an alert ("" when there are none).
    func alert() -> String {
        guard hasErrors else { return "" }
        var items = general
        if !errors.isEmpty { items.append("Please correct the field\(errors.count == 1 ? "" : "s") marked below.") }
        return "<div class=\"alert\" role=\"alert\">" + items.map { "<p>\(HTML.escape($0))</p>" }.joined() + "</div>"
    }

    /// The message under a field ("" when it has none) and the attributes that tie it to the input.
    private func message(_ name: String) -> (attributes: String, html: String) {
        guard let text = errors[name] else { return ("", "") }
        return (" aria-invalid=\"true\" aria-describedby=\"\(name)-error\"",
                "<span class=\"field-error\" id=\"\(name)-error\">\(HTML.escape(text))</span>")
    }

    /// A labelled text input holding the typed text (or `value` when nothing was typed), with its message.
    func input(_ name: String, _ label: String, value: String, size: Int = 10, placeholder: String? = nil,
               type: String = "text", list: String? = nil, extra: String = "") -> String {
        let (attributes, note) = message(name)
        let hint = placeholder.map { " placeholder=\"\(HTML.escape($0))\"" } ?? ""
        let listed = list.map { " list=\"\($0)\"" } ?? ""
        return "<label class=\"field\">\(HTML.escape(label))<input name=\"\(name)\" type=\"\(type)\" size=\"\(size)\" "
            + "value=\"\(HTML.escape(shown(name, value)))\"\(hint)\(listed)\(attributes)\(extra)>\(note)</label>"
    }

    /// A labelled drop-down: `chosen` is selected (added when it is not among `options`, so the
    /// control always shows what the page shows).
    func select(_ name: String, _ label: String, options: [String], chosen: String) -> String {
        let (attributes, note) = message(name)
        let all = options.contains(chosen) ? options : options + [chosen]
        let items = all.map { "<option\($0 == chosen ? " selected" : "")>\(HTML.escape($0))</option>" }.joined()
        return "<label class=\"field\">\(HTML.escape(label))<select name=\"\(name)\" autocomplete=\"off\"\(attributes)>\(items)</select>\(note)</label>"
    }

    /// A labelled text area holding the typed text.
    func textarea(_ name: String, _ label: String, rows: Int = 12) -> String {
        let (attributes, note) = message(name)
        return "<label class=\"field wide\">\(HTML.escape(label))<textarea name=\"\(name)\" rows=\"\(rows)\" required\(attributes)>"
            + "\(HTML.escape(typed(name)))</textarea>\(note)</label>"
    }

    /// The datalist of chartable symbols inputs name with `list="symbols"`.
    static func symbolList(_ symbols: [String]) -> String {
        "<datalist id=\"symbols\">" + symbols.map { "<option value=\"\(HTML.escape($0))\">" }.joined() + "</datalist>"
    }
}
