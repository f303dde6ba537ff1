import ChannelKit
import Foundation

/// The public pages' cache, rate limit and trusted proxies.
extension SettingsResolver {
    func resolvePublicPages(value: (String?, String) -> String?, problems: inout [String]) -> PublicPageSettings {
        var settings = PublicPageSettings()
        if let text = value(nil, Variable.publicCacheSeconds) {
            if let seconds = Int(text), (0...3600).contains(seconds) {
                settings.cacheSeconds = Double(seconds)
            } else {
                problems.append(
                    "\(Variable.publicCacheSeconds) must be a number of seconds from 0 to 3600, not \"\(text)\"")
            }
        }
        if let text = value(nil, Variable.publicRequestsPerMinute) {
            if let count = Int(text), (0...1_000_000).contains(count) {
                settings.requestsPerMinute = count
                settings.burst = max(1, count / 2)
            } else {
                problems.append(
                    "\(Variable.publicRequestsPerMinute) must be a number of requests from 0 to 1000000, not \"\(text)\""
                )
            }
        }
        for text in (value(nil, Variable.trustedProxies) ?? "").split(separator: ",") {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            guard let network = IPNetwork(trimmed) else {
                problems.append(
                    "\(Variable.trustedProxies) holds \"\(trimmed)\", which is not an address or CIDR block")
                continue
            }
            settings.trustedProxies.append(network)
        }
        return settings
    }
}
