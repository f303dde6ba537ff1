import Testing

@testable import MailKit

@Suite struct AddressTests {
    @Test func quotedDisplayNameMayContainCommas() {
        let list = EmailAddress.parseList("\"Santoso, Budi\" <budi@example.co.id>, siti@example.co.id")
        #expect(
            list == [
                EmailAddress(address: "budi@example.co.id", displayName: "Santoso, Budi"),
                EmailAddress(address: "siti@example.co.id"),
            ])
    }

    @Test func commonForms() {
        #expect(
            EmailAddress.parse("Budi Santoso <budi@example.co.id>")
                == EmailAddress(address: "budi@example.co.id", displayName: "Budi Santoso"))
        #expect(
            EmailAddress.parse("budi@example.co.id (Budi Santoso)")
                == EmailAddress(address: "budi@example.co.id", displayName: "Budi Santoso"))
        #expect(EmailAddress.parse("<budi@example.co.id>") == EmailAddress(address: "budi@example.co.id"))
        #expect(EmailAddress.parse("  budi@example.co.id  ") == EmailAddress(address: "budi@example.co.id"))
        #expect(EmailAddress.parse("\"\" <budi@example.co.id>") == EmailAddress(address: "budi@example.co.id"))
    }

    @Test func encodedDisplayNames() {
        #expect(EmailAddress.parse("=?utf-8?B?RGV3aSDwn4y6?= <dewi@example.co.id>")?.displayName == "Dewi 🌺")
        #expect(EmailAddress.parse("\"=?utf-8?q?Jos=C3=A9?=\" <jose@example.co.id>")?.displayName == "José")
        #expect(EmailAddress.parse("Dewi =?utf-8?q?=F0=9F=8C=BA?= <d@x.id>")?.displayName == "Dewi 🌺")
        #expect(EmailAddress.parse("d@x.id (=?iso-8859-1?q?Andr=E9?=)")?.displayName == "André")
    }

    @Test func decodedNameCannotBreakTheStructure() {
        // The encoded name decodes to "a, <evil@x.id>"; it must stay a name.
        let list = EmailAddress.parseList("=?utf-8?q?a=2C_=3Cevil=40x=2Eid=3E?= <real@x.id>")
        #expect(list == [EmailAddress(address: "real@x.id", displayName: "a, <evil@x.id>")])
    }

    @Test func escapesInQuotedNames() {
        #expect(EmailAddress.parse("\"Budi \\\"Bos\\\" S\" <b@x.id>")?.displayName == "Budi \"Bos\" S")
    }

    @Test func groupsAndEmptyEntries() {
        let list = EmailAddress.parseList("Tim RW: a@x.id, \"B\" <b@x.id>;, c@x.id,,")
        #expect(list.map(\.address) == ["a@x.id", "b@x.id", "c@x.id"])
        #expect(EmailAddress.parseList("undisclosed-recipients:;").isEmpty)
        #expect(EmailAddress.parseList("").isEmpty)
        #expect(EmailAddress.parse("<>") == nil)
    }

    @Test func sourceRouteIsDropped() {
        #expect(EmailAddress.parse("<@relay.x.id:budi@x.id>")?.address == "budi@x.id")
    }

    @Test func localPartAndDomain() throws {
        let address = try #require(EmailAddress.parse("MAILER-DAEMON@mx.example.co.id"))
        #expect(address.localPart == "MAILER-DAEMON")
        #expect(address.domain == "mx.example.co.id")
        #expect(address.normalizedAddress == "mailer-daemon@mx.example.co.id")
        let bare = EmailAddress(address: "MAILER-DAEMON")
        #expect(bare.localPart == "MAILER-DAEMON")
        #expect(bare.domain == nil)
        #expect(EmailAddress.parse("\"john doe\"@x.id")?.address == "\"john doe\"@x.id")
    }

    @Test func controlCharactersInNamesBecomeSpaces() {
        #expect(EmailAddress.parse("=?utf-8?q?a=0Ab?= <a@x.id>")?.displayName == "a b")
    }
}
