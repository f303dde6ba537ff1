import ChannelKit
import Foundation
import Testing

@testable import EmailAdapter
@testable import MailKit

@Suite struct EmailInboundTests {
    func take(_ name: String) throws -> InboundMessage {
        guard case .take(let message) = EmailInbound.decode(try EmailFixture.bytes(name)) else {
            Issue.record("\(name) should be taken in")
            throw CancellationError()
        }
        return message
    }

    @Test func aCitizensMailBecomesAThreadableMessage() throws {
        let message = try take("subject_unicode")
        #expect(message.channel == .email)
        #expect(message.externalID == "subject-unicode@example.co.id")
        #expect(message.author.handle == "dewi.ayu@example.co.id")
        #expect(message.title?.contains("Kebon Jeruk 🚧") == true)
        #expect(message.rawContentType == "message/rfc822")
    }

    @Test func imageAttachmentsBecomePhotosCheckedByTheirBytes() throws {
        let message = try take("images")
        #expect(!message.attachments.isEmpty)
        #expect(Set(message.attachments.map(\.type)).isSubset(of: [.jpeg, .png]))
        #expect(message.photos.isEmpty, "attachments travel as bytes, not URLs")
    }

    @Test func bouncesAndAutoRepliesArePassedOver() throws {
        for name in ["bounce", "auto_reply"] {
            guard case .skip(let reason) = EmailInbound.decode(try EmailFixture.bytes(name)) else {
                Issue.record("\(name) must not become a report")
                continue
            }
            #expect(reason.contains("automatic"))
        }
    }

    @Test func listMailIsTakenInButNeverAnswered() throws {
        let message = try take("list_mail")
        #expect(message.author.handle.isEmpty, "no address: no acknowledgement or status mail goes out")
    }

    @Test func repliesCarryTheirThreadNearestFirst() {
        let mail = Array(
            """
            From: a@example.org\r
            Message-ID: <3@example.org>\r
            In-Reply-To: <2@example.org>\r
            References: <1@example.org> <2@example.org>\r
            \r
            Masih belum diperbaiki.\r

            """.utf8)
        guard case .take(let message) = EmailInbound.decode(mail) else {
            Issue.record("a plain reply is taken in")
            return
        }
        #expect(message.inReplyTo == "2@example.org")
        #expect(message.references == ["2@example.org", "1@example.org"])
    }

    @Test func mailWithoutMessageIDGetsAStableID() {
        let mail = Array("From: a@example.org\r\nSubject: Jalan rusak\r\n\r\nLubang besar.\r\n".utf8)
        guard case .take(let first) = EmailInbound.decode(mail), case .take(let again) = EmailInbound.decode(mail)
        else {
            Issue.record("taken in")
            return
        }
        #expect(first.externalID.hasPrefix("sha256:"))
        #expect(first.externalID == again.externalID)
    }

    @Test func theLimiterHoldsEachAddressToItsHourlyShare() async {
        let limiter = RecipientLimiter(limit: 2)
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        #expect(await limiter.admit("a@x.id", now: start) == nil)
        #expect(await limiter.admit("a@x.id", now: start.addingTimeInterval(10)) == nil)
        #expect(await limiter.admit("a@x.id", now: start.addingTimeInterval(20)) == start.addingTimeInterval(3600))
        #expect(await limiter.admit("b@x.id", now: start.addingTimeInterval(20)) == nil, "other addresses go on")
        #expect(await limiter.admit("a@x.id", now: start.addingTimeInterval(3601)) == nil)
    }

    @Test func theCursorIsUIDValidityAndLastUID() {
        #expect(MailboxSession.split("1700000000:42") == (1_700_000_000, 42))
        #expect(MailboxSession.split(nil) == (nil, 0))
        #expect(MailboxSession.split("garbage") == (nil, 0))
    }

    @Test func quotedTextAndSignaturesAreLeftOut() {
        let reply = """
            Masih tergenang sampai sekarang.

            Pada Sen, 23 Nov 2026 pukul 10.00, Aspirasi Jakarta menulis:
            > Aspirasi #2611-0000017: Laporan telah selesai ditindaklanjuti. Masih ada genangan kecil.
            """
        #expect(ReplyText.stripped(reply) == "Masih tergenang sampai sekarang.")
        let signed = "Lampu mati lagi.\n> kutipan\nSudah dua malam.\n-- \nBudi Santoso\n0812-3456-7890"
        #expect(ReplyText.stripped(signed) == "Lampu mati lagi.\nSudah dua malam.")
        let outlook = "Terima kasih.\n\n-----Original Message-----\nFrom: Aspirasi"
        #expect(ReplyText.stripped(outlook) == "Terima kasih.")
        #expect(ReplyText.stripped("> hanya kutipan") == "> hanya kutipan", "a bare quote keeps its text")
    }
}
