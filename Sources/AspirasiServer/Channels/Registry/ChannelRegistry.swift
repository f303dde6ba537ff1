import AspirasiCore
import Hummingbird

/// Every channel built as a `ChannelUnit`, one line each. (X, Facebook, SMS, Qlue, LAPOR!, the forum
/// and e-mail are still wired in `ChannelWiring` and `Routes.addWebhooks`.)
enum ChannelRegistry {
    static let units: [any ChannelUnit.Type] = [
        WhatsAppChannel.self
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
