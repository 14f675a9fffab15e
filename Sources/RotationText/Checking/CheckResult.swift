import RotationCore

/// How a claim fares against the data.
public enum Verdict: String, Sendable, Codable {
    /// The value agrees at the stated precision (qualifiers read as a reader would).
    case confirmed
    /// Within 10% of the stated value, or agrees under another standard convention.
    case close
    case contradicted
    /// The data needed are missing (the explanation says which).
    case unverifiable
}

/// One checked claim: `text, kind, subject, window, stated, computed, verdict, explanation`.
public struct CheckedClaim: Sendable, Equatable, Codable {
    /// The sentence the claim was found in.
    public var text: String
    public var kind: ClaimKind
    /// The resolved symbol ("RUT", or "RUT vs GSPC" for comparisons); the phrase as written when
    /// it did not resolve.
    public var subject: String
    /// The window as `perf --window` writes it, with its end day ("week to 2025-12-12"), or the
    /// day of a level; `null` when none applies.
    @ExplicitNull public var window: String? = nil
    /// The stated value in contract units (returns as fractions, levels as numbers, streaks as counts).
    public var stated: Double
    /// The value the data give under the claim's reading; `null` when unverifiable.
    @ExplicitNull public var computed: Double? = nil
    public var verdict: Verdict
    /// Dates, values, the convention used, and the alternative that matches when one does.
    public var explanation: String
    /// The stated phrase as written ("rose 31 points, or 0.6%").
    public var phrase: String = ""
    /// Where the number stands in the article (Unicode scalars from its start).
    public var offset: Int = 0
    /// How the claim was read (subject, window, measure, doubts).
    public var reading = ClaimReading()

    public init(text: String, kind: ClaimKind, subject: String, window: String?, stated: Double, computed: Double?,
                verdict: Verdict, explanation: String) {
        self.text = text
        self.kind = kind
        self.subject = subject
        self.window = window
        self.stated = stated
        self.computed = computed
        self.verdict = verdict
        self.explanation = explanation
    }

    enum CodingKeys: String, CodingKey { case text, kind, subject, window, stated, computed, verdict, explanation, phrase, offset, reading }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(String.self, forKey: .text)
        kind = try container.decode(ClaimKind.self, forKey: .kind)
        subject = try container.decode(String.self, forKey: .subject)
        window = try container.decodeIfPresent(String.self, forKey: .window)
        stated = try container.decode(Double.self, forKey: .stated)
        computed = try container.decodeIfPresent(Double.self, forKey: .computed)
        verdict = try container.decode(Verdict.self, forKey: .verdict)
        explanation = try container.decode(String.self, forKey: .explanation)
        phrase = try container.decodeIfPresent(String.self, forKey: .phrase) ?? ""
        offset = try container.decodeIfPresent(Int.self, forKey: .offset) ?? 0
        reading = try container.decodeIfPresent(ClaimReading.self, forKey: .reading) ?? ClaimReading()
    }
}

/// The contract's `check` document: `as_of, claims`.
public struct CheckResult: Sendable, Equatable, Codable {
    /// The day the article is read as of: `--as-of`, its dateline, or the subjects' last data day.
    @ExplicitNull public var asOf: TradingDay? = nil
    public var claims: [CheckedClaim]

    public init(asOf: TradingDay?, claims: [CheckedClaim]) {
        self.asOf = asOf
        self.claims = claims
    }

    enum CodingKeys: String, CodingKey {
        case asOf = "as_of"
        case claims
    }
}
