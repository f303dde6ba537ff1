import ChannelKit
import Hummingbird
import NIOCore

/// Who a sign-in attempt comes from, as the throttle counts it: the connection's peer address.
/// `X-Forwarded-For` is never read for sign-ins (anyone can write it); behind a reverse proxy every attempt
/// counts against the proxy's address. The public pages read it from trusted proxies only
/// (`ClientAddress+Forwarded.swift`).
/// An IPv6 peer counts as its /64, the block one customer usually holds: otherwise a single
/// attacker would have 2^64 addresses to spread guesses over.
struct ClientAddress: Sendable, Equatable, CustomStringConvertible {
    let description: String

    init(_ socket: SocketAddress?) {
        self.init(address: socket?.ipAddress.flatMap { IPAddress(Self.withoutZone($0)) })
    }

    init(address given: IPAddress?) {
        guard let address = given?.unmapped else {
            // A unix-socket peer, or an address NIO could not render: all of them share one count.
            description = "unknown"
            return
        }
        if address.isV4 {
            description = address.description
        } else {
            let block = (address.bytes.prefix(8) + Array(repeating: 0, count: 8))
            description = "\(IPAddress(bytes: Array(block)) ?? address)/64"
        }
    }

    init(_ context: some RemoteAddressRequestContext) {
        self.init(context.remoteAddress)
    }

    /// `fe80::1%eth0` names its interface after the `%`; the address is what comes before.
    static func withoutZone(_ text: String) -> String {
        text.split(separator: "%", maxSplits: 1).first.map(String.init) ?? text
    }
}
