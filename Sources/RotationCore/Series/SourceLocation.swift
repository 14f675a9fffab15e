/// Where in an input a value came from: the "where exactly" every error message names.
///
/// Rendered as `FILE:LINE: field "NAME"` (parts that are unknown are left out), the prefix of
/// the contract's one-line error messages.
public struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
    /// The file as the user named it (or a label such as `<stdin>`).
    public var file: String
    /// 1-based line number, counting the header as line 1.
    public var line: Int?
    /// The column name as written in the header.
    public var field: String?

    public init(file: String, line: Int? = nil, field: String? = nil) {
        self.file = file
        self.line = line
        self.field = field
    }

    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if let field { text += ": field \"\(field)\"" }
        return text
    }
}
