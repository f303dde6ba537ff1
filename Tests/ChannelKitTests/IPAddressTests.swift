import ChannelKit
import Testing

@Suite struct IPAddressTests {
    @Test func onlyPublicUnicastAddressesAreFetchable() throws {
        let refused = [
            "127.0.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254", "100.64.0.1",
            "0.0.0.0", "224.0.0.1", "255.255.255.255", "192.0.2.10", "::1", "::", "fe80::1", "fd00::1", "ff02::1",
            "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::a9fe:a9fe", "2001:db8::1", "::127.0.0.1", "::a9fe:a9fe",
            "2002:7f00:1::1", "64:ff9b:1::a00:1", "::ffff:0:127.0.0.1", "::ffff:0:a00:1", "::ffff:0:8.8.8.8",
        ]
        for text in refused {
            let address = try #require(IPAddress(text), "\(text) should parse")
            #expect(!address.isPublicUnicast, "\(text) must be refused")
        }
        for text in ["8.8.8.8", "103.10.20.30", "172.32.0.1", "2404:6800:4003:c00::64", "::ffff:8.8.8.8"] {
            let address = try #require(IPAddress(text), "\(text) should parse")
            #expect(address.isPublicUnicast, "\(text) is public")
        }
    }

    @Test func malformedAddressesDoNotParse() {
        for text in [
            "1.2.3", "1.2.3.256", "01.2.3.4", "1.2.3.4.5", "a.b.c.d", "1::2::3", "12345::", "1:2:3:4:5:6:7:8:9", "",
        ] {
            #expect(IPAddress(text) == nil, "\(text) is not an address")
        }
        #expect(IPAddress("::ffff:7f00:1")?.description == "0:0:0:0:0:ffff:7f00:1")
        #expect(IPAddress("::ffff:127.0.0.1")?.unmapped == IPAddress("127.0.0.1"))
        #expect(IPAddress("::1")?.unmapped == IPAddress("::1"))
    }

    @Test func networksContainTheirAddresses() throws {
        let network = try #require(IPNetwork("10.20.0.0/14"))
        #expect(network.contains(try #require(IPAddress("10.23.255.1"))))
        #expect(!network.contains(try #require(IPAddress("10.24.0.1"))))
        #expect(!network.contains(try #require(IPAddress("::1"))))
        #expect(IPNetwork("127.0.0.1")?.prefixLength == 32)
        #expect(IPNetwork("10.0.0.0/33") == nil)
        #expect(IPNetwork("fd00::/8")?.contains(try #require(IPAddress("fdff::1"))) == true)
    }
}
