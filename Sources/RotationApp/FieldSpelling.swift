/// How a front end names a request's field in a message: the command line in words
/// (`periodsPerYear` → `periods per year`), the API by its query parameter
/// (`periods_per_year`). A request's `validated(spelling:)` takes it, so one check serves both
/// front ends while each message names the field as its reader typed it.
public enum FieldSpelling: Sendable {
    /// Lower-case words: `periodsPerYear` → `periods per year` (the CLI).
    case words
    /// snake_case: `periodsPerYear` → `periods_per_year` (the API's query parameters).
    case snakeCase

    /// `field` (a Swift property name in camelCase) as this front end spells it.
    public func name(_ field: String) -> String {
        let separator: Character = self == .words ? " " : "_"
        var out = ""
        for character in field {
            if character.isUppercase {
                out.append(separator)
                out += character.lowercased()
            } else {
                out.append(character)
            }
        }
        return out
    }
}
