import Foundation
import Testing
import RotationCore

/// `@ExplicitNull`: a nil optional is written as `null`, and decoding takes a missing key or
/// `null` as nil, as for a plain optional.
struct ExplicitNullTests {
    struct Row: Codable, Equatable {
        var symbol: String
        @ExplicitNull var lastDate: TradingDay? = nil
        var note: String?

        enum CodingKeys: String, CodingKey { case symbol, lastDate = "last_date", note }
    }

    func json(_ row: Row) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(row), as: UTF8.self)
    }

    @Test("nil is written as null under the snake_case key; a plain optional's key is left out")
    func encodesNull() throws {
        #expect(try json(Row(symbol: "IWM")) == #"{"last_date":null,"symbol":"IWM"}"#)
        let day = try #require(TradingDay(year: 2024, month: 1, day: 2))
        #expect(try json(Row(symbol: "IWM", lastDate: day, note: "n")) == #"{"last_date":"2024-01-02","note":"n","symbol":"IWM"}"#)
    }

    @Test("a missing key and null both decode as nil")
    func decodes() throws {
        let decoder = JSONDecoder()
        #expect(try decoder.decode(Row.self, from: Data(#"{"symbol":"A"}"#.utf8)) == Row(symbol: "A"))
        #expect(try decoder.decode(Row.self, from: Data(#"{"symbol":"A","last_date":null}"#.utf8)) == Row(symbol: "A"))
        let day = try #require(TradingDay(year: 2024, month: 1, day: 2))
        #expect(try decoder.decode(Row.self, from: Data(#"{"symbol":"A","last_date":"2024-01-02"}"#.utf8)) == Row(symbol: "A", lastDate: day))
    }
}
