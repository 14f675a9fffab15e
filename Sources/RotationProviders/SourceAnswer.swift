import Foundation
import RotationCore
import RotationData

/// Telling a refusal from bad data: a service that answers an HTML page, an empty body or a
/// short text message instead of its format is refusing (or pointing somewhere else), which is
/// exit 69 with one line saying what it sent ("Stooq answered an HTML page instead of data"),
/// never a CSV error at line 1 (65). Bad data (exit 65) is an answer in the right format with a
/// wrong value in it.
public enum SourceAnswer {
    /// The refusal every source shares: an empty body, or an HTML page. Nil otherwise.
    public static func refusal(in body: [UInt8], source: ProviderName, origin: String) -> DataError? {
        let text = leadingText(body)
        if text.isEmpty {
            return refused(source, "an empty body", advice: "try again later", origin: origin)
        }
        if isHTML(body) {
            let title = htmlTitle(body).map { " (\"\($0)\")" } ?? ""
            return refused(source, "an HTML page\(title)",
                           advice: "the address may be wrong, or the site refuses this client; check --base-url or try again later",
                           origin: origin)
        }
        return nil
    }

    /// `SOURCE answered WHAT instead of data[; ADVICE]`, exit 69, at `origin`.
    public static func refused(_ source: ProviderName, _ what: String, advice: String?, origin: String) -> DataError {
        DataError(.unavailable, "\(source.displayName) answered \(what) instead of data" + (advice.map { "; \($0)" } ?? ""),
                  at: SourceLocation(file: origin))
    }

    /// The answer's text with a byte-order mark and leading white space dropped (first 4 KB).
    static func leadingText(_ body: [UInt8]) -> Substring {
        var text = Substring(String(decoding: body.prefix(4096), as: UTF8.self))
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        return text.drop { $0.isWhitespace }
    }

    /// The first line of the answer, at most 60 characters, for quoting in a message.
    static func firstLine(_ body: [UInt8]) -> String {
        let text = leadingText(body)
        let line = text.prefix { $0 != "\n" && $0 != "\r" }
        return line.count > 60 ? String(line.prefix(57)) + "…" : String(line)
    }

    /// True when the answer starts like markup (`<!DOCTYPE html>`, `<html>`, `<?xml`): no CSV,
    /// JSON or zip answer of the sources does.
    static func isHTML(_ body: [UInt8]) -> Bool {
        leadingText(body).hasPrefix("<")
    }

    /// The text of an HTML page's `<title>`, when it has a short one.
    static func htmlTitle(_ body: [UInt8]) -> String? {
        let text = String(leadingText(body))
        guard let open = text.range(of: "<title>", options: .caseInsensitive),
              let close = text.range(of: "</title>", options: .caseInsensitive, range: open.upperBound..<text.endIndex)
        else { return nil }
        let title = text[open.upperBound..<close.lowerBound].split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return title.isEmpty || title.count > 80 ? nil : title
    }
}
