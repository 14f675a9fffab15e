/// The provider for a source name with its base URL resolved (`--base-url`, else
/// `ROTATION_<PROVIDER>_BASE_URL`, else the public address) and, for Stooq, its API key
/// (`apiKey`, else `ROTATION_STOOQ_API_KEY`).
public enum Providers {
    public static func make(_ name: ProviderName, baseURL: String? = nil, apiKey: String? = nil,
                            environment: [String: String]) -> any Provider {
        switch name {
        case .stooq:
            return StooqProvider(baseURL: resolveBaseURL(baseURL, for: name, default: StooqProvider.defaultBaseURL, environment: environment),
                                 apiKey: apiKey ?? environment[StooqProvider.apiKeyVariable])
        case .yahoo:
            return YahooProvider(baseURL: resolveBaseURL(baseURL, for: name, default: YahooProvider.defaultBaseURL, environment: environment))
        case .fred:
            return FREDProvider(baseURL: resolveBaseURL(baseURL, for: name, default: FREDProvider.defaultBaseURL, environment: environment))
        case .french:
            return FrenchProvider(baseURL: resolveBaseURL(baseURL, for: name, default: FrenchProvider.defaultBaseURL, environment: environment))
        case .ishares:
            return ISharesProvider(baseURL: resolveBaseURL(baseURL, for: name, default: ISharesProvider.defaultBaseURL, environment: environment))
        }
    }
}
