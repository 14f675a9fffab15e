import RotationCore

/// Finds the numeric claims of a plain-text article (see docs/CHECKER.md for the patterns).
public struct ClaimExtractor: Sendable {
    public var aliases: SubjectAliases

    public init(aliases: SubjectAliases = .defaults) {
        self.aliases = aliases
    }

    /// The claims of `text`, in reading order, with windows resolved against `asOf`.
    ///
    /// The subject of a sentence that says "it" or "the index" is the main subject of the
    /// previous sentence.
    public func claims(in text: String, asOf: TradingDay) -> [Claim] {
        var claims: [Claim] = []
        var carried: SubjectMention?
        for sentence in Sentences.split(text) {
            let context = SentenceContext(text: sentence, aliases: aliases,
                                          windows: { WindowPhrases.find($0, asOf: asOf) }, carried: carried)
            claims += SentenceClaims(context: context, asOf: asOf).extract()
            if let main = context.mainSubject { carried = main }
        }
        return claims
    }
}

/// Half a unit in the last stated digit: 0.5 × 10^−decimals, divided by `scale` (100 for percent).
func halfUnit(decimals: Int, scale: Double = 1) -> Double {
    var unit = 0.5
    for _ in 0..<decimals { unit /= 10 }
    return unit / scale
}

/// Direction words of market news.
enum MoveWords {
    static let up: Set<String> = [
        "up", "rose", "rise", "rises", "rising", "gained", "gain", "gains", "gaining", "climbed", "climbing", "climbs",
        "added", "adding", "adds", "jumped", "jumps", "rallied", "rally", "rallies", "advanced", "advancing", "advance",
        "surged", "surging", "higher", "rebounded", "increase", "increased", "soared", "firmed", "ahead", "returned",
        "risen", "bounced",
    ]
    static let down: Set<String> = [
        "down", "fell", "fall", "falls", "falling", "dropped", "dropping", "drop", "drops", "lost", "losing", "loses",
        "loss", "slid", "sliding", "slide", "declined", "declining", "decline", "sank", "sinking", "tumbled", "tumbling",
        "slumped", "slump", "lower", "retreated", "retreat", "shed", "shedding", "slipped", "slipping", "eased", "easing",
        "plunged", "plunge", "off", "fallen",
    ]
    static let beat: Set<String> = [
        "outpacing", "outpaced", "outpace", "outpaces", "outperforming", "outperformed", "outperform", "outperforms",
        "beating", "beat", "beats", "topping", "topped", "outrunning", "outran", "leading", "led",
    ]
    static let trail: Set<String> = [
        "trailing", "trailed", "trail", "trails", "lagging", "lagged", "lag", "lags", "underperforming",
        "underperformed", "underperform", "underperforms", "behind",
    ]
}
