import AsyncHTTPClient
import ChannelKit
import NIOCore

extension HubDependencies {
    /// Adds a configured channel: its sender and services now, its routes and photos when the
    /// application is built.
    public mutating func install(
        _ unit: any ChannelUnit, http: HTTPClient, senderTimeout: TimeAmount = .seconds(10)
    ) {
        let wiring = wiringContext(http: http, senderTimeout: senderTimeout)
        if let sender = unit.sender(wiring) { senders[unit.channel] = sender }
        channelServices.append(contentsOf: unit.services(wiring))
        units.append(unit)
        unitWiring = wiring
    }

    /// Adds a channel that only takes messages in here: its routes and photos, no sender or pollers
    /// (tests, and hubs that leave sending to others).
    public mutating func receive(_ unit: any ChannelUnit) {
        units.append(unit)
    }

    func wiringContext(http: HTTPClient, senderTimeout: TimeAmount) -> ChannelWiringContext {
        ChannelWiringContext(
            http: http, database: client, polled: polled, senderTimeout: senderTimeout, logger: logger)
    }

    /// The photo fetcher with every installed channel's own photo references handled.
    func unitPhotos(wrapping fetcher: any PhotoFetching) -> any PhotoFetching {
        guard let wiring = unitWiring else { return fetcher }
        return units.reduce(fetcher) { fetcher, unit in unit.photos(wrapping: fetcher, wiring) }
    }
}
