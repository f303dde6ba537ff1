import AspirasiCore
import Hummingbird

/// Every channel, one line each. The order is the order of settings problems at start.
enum ChannelRegistry {
    static let units: [any ChannelUnit.Type] = [
        TwitterChannel.self,
        FacebookChannel.self,
        SMSChannel.self,
        QlueChannel.self,
        LaporChannel.self,
        ForumChannel.self,
        EmailChannel.self,
        WhatsAppChannel.self,
    ]

    /// The configured units, in registry order.
    static func configured(_ settings: ChannelSettingsSource, problems: inout [String]) -> [any ChannelUnit] {
        units.compactMap { $0.configured(settings, problems: &problems) }
    }

    static var openRoutes: Set<String> { units.reduce(into: []) { $0.formUnion($1.openRoutes) } }

    static func addRoutes(to router: Router<HubRequestContext>, _ dependencies: HubDependencies) {
        for unit in units { add(unit, to: router, dependencies) }
    }

    private static func add<Unit: ChannelUnit>(
        _ type: Unit.Type, to router: Router<HubRequestContext>, _ dependencies: HubDependencies
    ) {
        let installed = dependencies.units.lazy.compactMap { $0 as? Unit }.first
        Unit.addRoutes(to: router, installed, dependencies)
    }
}
