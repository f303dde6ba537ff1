import Foundation

/// An IPv4 or IPv6 address as bytes, and the rule for which ones the hub may
/// fetch from: only public unicast addresses, so that a photo URL sent by a
/// stranger can never reach the hub's own network, its cloud metadata
/// endpoint or its database (server-side request forgery).
public struct IPAddress: Hashable, Sendable, CustomStringConvertible {
    public let bytes: [UInt8]

    public init?(bytes: [UInt8]) {
        guard bytes.count == 4 || bytes.count == 16 else { return nil }
        self.bytes = bytes
    }

    /// Dotted IPv4 or full-form IPv6 (`::` shortening accepted).
    public init?(_ text: String) {
        if let v4 = Self.parseV4(text) {
            self.bytes = v4
        } else if let v6 = Self.parseV6(text) {
            self.bytes = v6
        } else {
            return nil
        }
    }

    public var isV4: Bool { bytes.count == 4 }

    public var description: String {
        if isV4 { return bytes.map(String.init).joined(separator: ".") }
        let groups = stride(from: 0, to: 16, by: 2).map {
            String(UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]), radix: 16)
        }
        return groups.joined(separator: ":")
    }

    /// An IPv4-mapped IPv6 address (`::ffff:a.b.c.d`, how a dual-stack socket reports an IPv4 peer) as
    /// the IPv4 address; any other address as it is.
    public var unmapped: IPAddress {
        guard !isV4, bytes.prefix(12) == [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF] else { return self }
        return IPAddress(bytes: Array(bytes.suffix(4))) ?? self
    }

    /// The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d) or NAT64 (64:ff9b::a.b.c.d) address.
    var embeddedV4: IPAddress? {
        guard !isV4 else { return nil }
        let mapped = bytes.prefix(12) == [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF]
        let nat64 = bytes.prefix(12) == [0, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0]
        return mapped || nat64 ? IPAddress(bytes: Array(bytes.suffix(4))) : nil
    }

    /// False for loopback, private, link-local, carrier-grade NAT, multicast,
    /// documentation, benchmarking, reserved and unspecified ranges.
    public var isPublicUnicast: Bool {
        if let v4 = embeddedV4 { return v4.isPublicUnicast }
        let blocked = isV4 ? Self.blockedV4 : Self.blockedV6
        return !blocked.contains { $0.contains(self) }
    }

    static let blockedV4: [IPNetwork] = [
        "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
        "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24",
        "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
    ].compactMap(IPNetwork.init)

    /// `::/96` holds the unspecified and loopback addresses and the old
    /// IPv4-compatible form; 6to4 (2002::/16) and local NAT64 wrap IPv4 too, and so does the
    /// IPv4-translated form of SIIT (`::ffff:0:a.b.c.d`, RFC 2765), which no public host uses.
    static let blockedV6: [IPNetwork] = [
        "::/96", "::ffff:0:0:0/96", "100::/64", "64:ff9b:1::/48", "2001:db8::/32", "2001::/23", "2002::/16", "fc00::/7",
        "fe80::/10",
        "fec0::/10", "ff00::/8",
    ].compactMap(IPNetwork.init)

    static func parseV4(_ text: String) -> [UInt8]? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var bytes: [UInt8] = []
        for part in parts {
            guard (1...3).contains(part.count), part.allSatisfy({ $0.isASCII && $0.isNumber }),
                let value = UInt8(part), part.count == 1 || part.first != "0"
            else { return nil }
            bytes.append(value)
        }
        return bytes
    }

    static func parseV6(_ text: String) -> [UInt8]? {
        guard text.contains(":"), text.count <= 45 else { return nil }
        var text = text
        // A dotted IPv4 tail (::ffff:127.0.0.1) becomes its two hexadecimal groups.
        if let colon = text.lastIndex(of: ":"), text[colon...].contains("."),
            let v4 = parseV4(String(text[text.index(after: colon)...]))
        {
            let high = String(UInt16(v4[0]) << 8 | UInt16(v4[1]), radix: 16)
            let low = String(UInt16(v4[2]) << 8 | UInt16(v4[3]), radix: 16)
            text = String(text[...colon]) + high + ":" + low
        }
        let halves = text.components(separatedBy: "::")
        guard halves.count <= 2 else { return nil }
        func groups(_ part: String) -> [UInt16]? {
            guard !part.isEmpty else { return [] }
            var values: [UInt16] = []
            for group in part.split(separator: ":", omittingEmptySubsequences: false) {
                guard (1...4).contains(group.count), let value = UInt16(group, radix: 16) else { return nil }
                values.append(value)
            }
            return values
        }
        guard let head = groups(halves[0]), let tail = halves.count == 2 ? groups(halves[1]) : [] else { return nil }
        let missing = 8 - head.count - tail.count
        guard halves.count == 2 ? missing >= 1 : missing == 0 else { return nil }
        let all = head + Array(repeating: 0, count: halves.count == 2 ? missing : 0) + tail
        return all.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    }
}

/// A CIDR block such as `10.0.0.0/8` or `fd00::/8`.
public struct IPNetwork: Hashable, Sendable, CustomStringConvertible {
    public let address: IPAddress
    public let prefixLength: Int

    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard let address = IPAddress(String(parts[0])) else { return nil }
        let bits = address.bytes.count * 8
        let length = parts.count == 2 ? Int(parts[1]) : bits
        guard parts.count <= 2, let length, (0...bits).contains(length) else { return nil }
        self.address = address
        self.prefixLength = length
    }

    public func contains(_ other: IPAddress) -> Bool {
        guard other.bytes.count == address.bytes.count else { return false }
        var remaining = prefixLength
        for (a, b) in zip(address.bytes, other.bytes) where remaining > 0 {
            let bits = min(remaining, 8)
            let mask = UInt8(truncatingIfNeeded: 0xFF << (8 - bits))
            guard a & mask == b & mask else { return false }
            remaining -= bits
        }
        return true
    }

    public var description: String { "\(address)/\(prefixLength)" }
}
