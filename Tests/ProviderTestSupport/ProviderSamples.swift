import Foundation

/// The real answers saved in `../shared/provider-samples` (beside `../shared/data`), read at
/// test time and never copied into the repository.
public enum ProviderSamples {
    /// `…/shared/provider-samples`.
    public static let root = SharedData.root.deletingLastPathComponent().appendingPathComponent("provider-samples")

    /// The bytes of a sample, e.g. `sec/company_tickers_2025-08.json`.
    public static func bytes(_ relative: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: root.appendingPathComponent(relative)))
    }

    /// The sample as the loopback server's answer: status 200, the given content type, the bytes.
    public static func answer(_ relative: String, contentType: String) throws -> LoopbackServer.Reply {
        .answer(200, headers: [("Content-Type", contentType)], body: try bytes(relative))
    }

    /// The SEC's two hosts as one mirror: the ticker map, Apple's and Marvell's company facts;
    /// any other path is HTTP 404 (as the SEC answers for a CIK without XBRL facts).
    public static func secRoute() throws -> LoopbackServer.Route {
        let tickers = try bytes("sec/company_tickers_2025-08.json")
        let apple = try bytes("sec/companyfacts_CIK0000320193_AAPL_2024-11.excerpt.json")
        let marvell = try bytes("sec/companyfacts_CIK0001835632_MRVL_2026-06-08.json")
        return { path, _, _ in
            switch path {
            case "/files/company_tickers.json": .ok(tickers)
            case "/api/xbrl/companyfacts/CIK0000320193.json": .ok(apple)
            case "/api/xbrl/companyfacts/CIK0001835632.json": .ok(marvell)
            default: .status(404, body: "Not Found")
            }
        }
    }
}
