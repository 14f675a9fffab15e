import Foundation
import ProviderTestSupport
import RotationCore
import RotationData
import RotationProviders
import Testing

/// Stooq's refusals: each is one line naming Stooq and what to do, `.unavailable` (exit 69), and
/// nothing cached. No byte-exact capture of these answers exists; their shapes are the ones the
/// samples' README quotes from other projects (HTTP 200 with a short text, or an HTML page).
struct StooqRefusalTests {
    /// The error of fetching `iwm.us` when Stooq answers `reply`, and whether the cache stayed empty.
    static func refusal(_ reply: LoopbackServer.Reply, apiKey: String? = nil,
                        symbol: String = "iwm.us") async throws -> (DataError?, cacheEmpty: Bool) {
        let cache = try ProviderTestKit.cacheDirectory()
        let error = await ProviderTestKit.dataError {
            try await ProviderTestKit.withServer({ _, _, _ in reply }) { server in
                _ = try await ProviderTestKit.fetch(.stooq, [symbol], from: server, cache: cache, apiKey: apiKey)
            }
        }
        let cached = (try? FileManager.default.contentsOfDirectory(atPath: cache + "/stooq")) ?? []
        return (error, cached.isEmpty)
    }

    static func text(_ body: String, type: String = "text/plain") -> LoopbackServer.Reply {
        .answer(200, headers: [("Content-Type", type)], body: Array(body.utf8))
    }

    /// The proof-of-work page as the README describes it: ~800 bytes of HTML with a
    /// `<noscript>` line, a challenge and a `POST /__verify`.
    static let verificationPage = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>stooq</title></head><body>\
        <noscript>This site requires JavaScript to verify your browser. Please enable JavaScript and reload.</noscript>\
        <script>const c="3f9a1c",d=4;(async()=>{let n=0;for(;;n++){const h=await crypto.subtle.digest("SHA-256",\
        new TextEncoder().encode(c+n));if(new Uint8Array(h)[0]===0)break}await fetch("/__verify",{method:"POST",\
        body:JSON.stringify({c,n})});location.reload()})()</script></body></html>
        """

    @Test("\"Get your apikey\" without a key says how to give one")
    func keyRequest() async throws {
        let (error, cacheEmpty) = try await Self.refusal(Self.text("Get your apikey"))
        #expect(error?.code == .unavailable)
        #expect(error?.message == "Stooq answered \"Get your apikey\" instead of data; Stooq wants an API key: get one on stooq.com, "
                + "then pass --api-key KEY or set ROTATION_STOOQ_API_KEY")
        #expect(cacheEmpty)
    }

    @Test("\"Get your apikey\" with a key says the key was not accepted")
    func keyRefused() async throws {
        let (error, _) = try await Self.refusal(Self.text("Get your apikey"), apiKey: "wrong")
        #expect(error?.code == .unavailable)
        #expect(error?.message.hasSuffix("Stooq did not accept the API key given (--api-key or ROTATION_STOOQ_API_KEY); check it on stooq.com") == true)
    }

    @Test("the JavaScript verification page is a refusal, as text/html and as text/csv")
    func verificationPage() async throws {
        for type in ["text/html; charset=utf-8", "text/csv"] {
            let (error, cacheEmpty) = try await Self.refusal(Self.text(Self.verificationPage, type: type))
            #expect(error?.code == .unavailable, "\(type)")
            #expect(error?.message == "Stooq answered its JavaScript browser-verification page instead of data; Stooq refuses "
                    + "non-browser clients; fetch indexes and ETFs from yahoo (rotation fetch yahoo ^GSPC SPY) or use a mirror (--base-url)")
            #expect(error?.location?.line == nil, "not a CSV error at line 1")
            #expect(cacheEmpty)
        }
    }

    @Test("\"No data\" names the symbol and what to check")
    func noData() async throws {
        let (error, _) = try await Self.refusal(Self.text("No data"), symbol: "zzzz.us")
        #expect(error?.code == .unavailable)
        #expect(error?.message == "Stooq answered \"No data\" for zzzz.us instead of data; Stooq does not know the symbol or has no rows "
                + "in the range; check the spelling on stooq.com (^spx, iwm.us), widen --from/--to, or fetch from yahoo")
    }

    @Test("the daily limit, in English and in Polish, says to wait or use the cache")
    func dailyLimit() async throws {
        for text in ["Exceeded the daily hits limit", "Przekroczony dzienny limit wywolan"] {
            let (error, cacheEmpty) = try await Self.refusal(Self.text(text))
            #expect(error?.code == .unavailable)
            #expect(error?.message == "Stooq answered \"\(text)\" instead of data; Stooq's daily request limit is used up; try again "
                    + "tomorrow, re-run without --refresh to use the cache, or fetch from yahoo")
            #expect(cacheEmpty)
        }
    }

    @Test("an empty body, another HTML page and a text of the wrong shape are refusals, not CSV errors")
    func otherRefusals() async throws {
        let (empty, _) = try await Self.refusal(Self.text(""))
        #expect(empty?.message == "Stooq answered an empty body instead of data; try again later")
        let (html, _) = try await Self.refusal(Self.text("<html><head><title>Maintenance</title></head><body>back soon</body></html>",
                                                         type: "text/html"))
        #expect(html?.message == "Stooq answered an HTML page (\"Maintenance\") instead of data; the address may be wrong, "
                + "or the site refuses this client; check --base-url or try again later")
        let (shape, _) = try await Self.refusal(Self.text("Unauthorized\n"))
        #expect(shape?.message == "Stooq answered \"Unauthorized\" instead of data; expected the CSV header "
                + "Date,Open,High,Low,Close,Volume; try again later or fetch from yahoo")
        #expect([empty, html, shape].allSatisfy { $0?.code == .unavailable })
    }

    @Test("the API key is sent but never shown: not in the provenance URL, the cache record or an error")
    func apiKeyNeverShown() async throws {
        let body = try ProviderSamples.bytes("stooq/spy_us_d.excerpt.csv")
        let cache = try ProviderTestKit.cacheDirectory()
        let (fetched, requests) = try await ProviderTestKit.withServer({ _, query, _ in
            query.contains("apikey=s3cr3t-KEY") ? .ok(body) : .ok(Array("Get your apikey".utf8))
        }) { server in
            (try await ProviderTestKit.fetch(.stooq, ["spy.us"], from: server, cache: cache, apiKey: "s3cr3t-KEY"), server.requests)
        }
        #expect(requests == ["/q/d/l/?s=spy.us&i=d&apikey=s3cr3t-KEY"])
        let provenance = try #require(fetched.first?.provenance)
        #expect(provenance.url.hasSuffix("/q/d/l/?s=spy.us&i=d"))
        #expect(!provenance.logFile.contains("s3cr3t"))
        let meta = try String(contentsOfFile: provenance.cacheFile + ".meta.json", encoding: .utf8)
        #expect(!meta.contains("s3cr3t"))
        // A failing request names the URL without the key.
        let error = await ProviderTestKit.dataError {
            try await ProviderTestKit.withServer({ _, _, _ in .status(500) }) { server in
                _ = try await ProviderTestKit.fetch(.stooq, ["spy.us"], from: server, apiKey: "s3cr3t-KEY")
            }
        }
        #expect(error?.code == .unavailable)
        #expect(error.map { !String(describing: $0).contains("s3cr3t") } == true)
        #expect(error?.location?.file.hasSuffix("/q/d/l/?s=spy.us&i=d") == true)
    }
}
