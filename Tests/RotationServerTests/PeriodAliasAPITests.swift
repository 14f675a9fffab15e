import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import RotationServer

/// One period vocabulary in the API too: `period=weekly` is `--period week` and `period=week`
/// is `--period weekly`, byte for byte.
struct PeriodAliasAPITests {
    static let cases: [(String, [String])] = [
        ("/api/relative?a=RUT&b=GSPC&period=weekly", ["relative", "RUT", "GSPC", "--period", "week"]),
        ("/api/cycles?a=RUT&b=GSPC&period=monthly", ["cycles", "RUT", "GSPC", "--period", "month"]),
        ("/api/rrg?symbols=XLK,XLE&benchmark=SPY&period=daily", ["rrg", "XLK", "XLE", "--benchmark", "SPY", "--period", "day"]),
        ("/api/metrics?symbols=IWM&from=2020-01-01&period=week", ["metrics", "IWM", "--from", "2020-01-01", "--period", "weekly"]),
    ]

    @Test("an alias in the query answers the bytes of the CLI's other spelling", arguments: cases.indices)
    func aliasSameBytesAsCLI(index: Int) async throws {
        let (uri, arguments) = Self.cases[index]
        try await ServerFixture.expectAPIMatchesCLI(uri, arguments)
    }
}
