import AspirasiCore
import Testing

@Suite struct ContactKeyTests {
    static let cases: [(channel: String, handle: String, key: String?)] = [
        ("sms", "+6281234567890", "tel:+6281234567890"),
        ("sms", "6281234567890", "tel:+6281234567890"),
        ("sms", "081234567890", "tel:+6281234567890"),
        ("api", "0812-3456-7890", "tel:+6281234567890"),
        ("whatsapp", "6281234567890", "tel:+6281234567890"),
        ("sms", "+31612345678", "tel:+31612345678"),
        ("sms", "0031612345678", "tel:+31612345678"),
        ("sms", "1708", nil),
        ("email", "Warga.Gambir@Example.ID", "mailto:warga.gambir@example.id"),
        ("api", "warga@example.id", "mailto:warga@example.id"),
        ("email", "not an address", nil),
        ("twitter", "1234567890", nil),
        ("qlue", "qlue:881", nil),
        ("lapor", "lapor:LAP-1", nil),
        ("api", "walkin-0001", nil),
        ("sms", "", nil),
    ]

    @Test func aPhoneOrAnEMailIsTheSameKeyWhateverItsSpelling() {
        for (channel, handle, key) in Self.cases {
            #expect(ContactKey.of(channel: channel, handle: handle) == key, "\(channel) \(handle)")
        }
    }
}
