import ChannelKit
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

extension ClientAddress {
    /// The client of a public page: the connection's peer, unless the peer is one of `trustedProxies`
    /// (`ASPIRASI_TRUSTED_PROXIES`); then the nearest address in `X-Forwarded-For` that is not itself a
    /// trusted proxy, read from the right, since the entries to its left are whatever the client wrote.
    init(_ request: Request, peer: SocketAddress?, trustedProxies: [IPNetwork]) {
        let direct = peer?.ipAddress.flatMap { IPAddress(Self.withoutZone($0)) }?.unmapped
        guard let direct, !trustedProxies.isEmpty, trustedProxies.contains(where: { $0.contains(direct) }),
            let name = HTTPField.Name("X-Forwarded-For")
        else {
            self.init(address: direct)
            return
        }
        let hops = request.headers[values: name].flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
        for hop in hops.reversed() {
            guard let address = IPAddress(Self.withoutZone(hop))?.unmapped else { break }
            if !trustedProxies.contains(where: { $0.contains(address) }) {
                self.init(address: address)
                return
            }
        }
        self.init(address: direct)
    }
}
