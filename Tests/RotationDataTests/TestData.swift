import Foundation
import RotationCore
import RotationData

/// Where test inputs live and small helpers to read them.
enum TestData {
    /// The package root (three levels above this file).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/data` beside the package.
    static let sharedData = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")

    /// The `Malformed` resource folder copied into the test bundle.
    static var malformed: URL {
        Bundle.module.url(forResource: "Malformed", withExtension: nil)!
    }

    /// The bytes of a UTF-8 string.
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// The day for ISO text, for expectations.
    static func day(_ text: String) -> TradingDay { TradingDay(text)! }

    /// The error a throwing call raised, as `DataError`, or `nil` when it did not throw one.
    static func dataError(_ body: () throws -> Void) -> DataError? {
        do {
            try body()
            return nil
        } catch let error as DataError {
            return error
        } catch {
            return nil
        }
    }

    /// Parses price-file text, expecting bars.
    static func bars(_ text: String, symbol: String = "TEST") throws -> DailyBars {
        guard case .bars(let bars) = try PriceCSV.parse(bytes(text), file: "test.csv", symbol: symbol) else {
            throw DataError(.badInput, "expected bars")
        }
        return bars
    }

    /// Parses return- or rate-file text, expecting a series.
    static func series(_ text: String, symbol: String = "TEST") throws -> Series {
        guard case .series(let series) = try PriceCSV.parse(bytes(text), file: "test.csv", symbol: symbol) else {
            throw DataError(.badInput, "expected a series")
        }
        return series
    }
}
