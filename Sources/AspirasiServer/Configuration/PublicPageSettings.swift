import ChannelKit

/// The public pages' cache and rate limit, and the proxies whose `X-Forwarded-For` names the client.
public struct PublicPageSettings: Sendable {
    /// How long a rendered public answer is served from memory (`ASPIRASI_PUBLIC_CACHE_SECONDS`).
    public var cacheSeconds = 30.0
    /// Requests a minute one client address may make to the public pages and statistics, after a burst
    /// of `burst` (`ASPIRASI_PUBLIC_REQUESTS_PER_MINUTE`; 0: no limit).
    public var requestsPerMinute = 120
    public var burst = 60
    /// Addresses the limiter remembers at once; beyond, the least recently seen are forgotten.
    public var trackedAddresses = 10_000
    /// Reverse proxies in front of the hub (`ASPIRASI_TRUSTED_PROXIES`, addresses or CIDR blocks).
    public var trustedProxies: [IPNetwork] = []

    public init() {}
}
