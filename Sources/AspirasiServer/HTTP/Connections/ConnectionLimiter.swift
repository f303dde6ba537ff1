import ChannelKit
import NIOCore
import Synchronization

/// Counts the open connections, in all and per client address, and says
/// whether one more may be served. Refusing beyond the limit (with a 503)
/// rather than leaving the connection in the listen backlog keeps one client
/// from filling the server while everyone else still gets through.
final class ConnectionLimiter: Sendable {
    enum Refusal: String, Sendable {
        /// The client's address already has its share of connections open.
        case address
        /// The server has as many connections open as it serves.
        case total
    }

    private struct Counts {
        var total = 0
        var perAddress: [String: Int] = [:]
    }

    let perAddress: Int
    let total: Int
    private let counts = Mutex(Counts())

    init(perAddress: Int, total: Int) {
        self.perAddress = perAddress
        self.total = total
    }

    /// Counts a new connection from `address` (see `key(for:)`), or says why it is refused.
    func admit(_ address: String?) -> Refusal? {
        counts.withLock { counts in
            if counts.total >= total { return .total }
            if let address, perAddress > 0, counts.perAddress[address, default: 0] >= perAddress { return .address }
            counts.total += 1
            if let address { counts.perAddress[address, default: 0] += 1 }
            return nil
        }
    }

    /// Forgets an admitted connection once it has closed.
    func release(_ address: String?) {
        counts.withLock { counts in
            counts.total -= 1
            guard let address, let open = counts.perAddress[address] else { return }
            counts.perAddress[address] = open > 1 ? open - 1 : nil
        }
    }

    var openConnections: Int { counts.withLock { $0.total } }

    /// What connections are counted under: an IPv4 address (also when a dual-stack socket reports it
    /// mapped into IPv6), or an IPv6 client's /64, since one subscriber is given a whole /64 to pick from.
    static func key(for peer: SocketAddress?) -> String? {
        guard let text = peer?.ipAddress, let address = IPAddress(text)?.unmapped else { return nil }
        if address.isV4 { return address.description }
        guard let network = IPAddress(bytes: Array(address.bytes.prefix(8)) + Array(repeating: 0, count: 8)) else {
            return nil
        }
        return "\(network)/64"
    }
}
