import Foundation
import Testing

@testable import EmailAdapter
@testable import MailKit

@Suite struct ComposerTests {
    private let sent = Date(timeIntervalSince1970: 1_751_337_015)

    private func reply(
        subject: String = "Re: Laporan ASP-1042",
        body: String = "Terima kasih.",
        fromName: String? = "Aspirasi Warga",
        to: [EmailAddress] = [EmailAddress(address: "budi@example.co.id", displayName: "Budi Santoso")],
        references: [String] = ["root@example.co.id", "msg-2@example.co.id"]
    ) -> OutgoingEmail {
        OutgoingEmail(
            from: EmailAddress(address: "aspirasi@jakarta.go.id", displayName: fromName),
            to: to,
            subject: subject,
            body: body,
            date: sent,
            messageID: "ASP-1042.3@aspirasi.jakarta.go.id",
            inReplyTo: "msg-2@example.co.id",
            references: references)
    }

    private func composeText(_ email: OutgoingEmail) throws -> String {
        String(decoding: try EmailComposer.compose(email), as: UTF8.self)
    }

    /// Header section lines, still folded.
    private func headerLines(_ text: String) -> [Substring] {
        let head = text.components(separatedBy: "\r\n\r\n").first ?? ""
        return head.split(separator: "\r\n", omittingEmptySubsequences: false).map { Substring($0) }
    }

    @Test func headersAndStructure() throws {
        let text = try composeText(reply())
        #expect(
            headerLines(text) == [
                "From: Aspirasi Warga <aspirasi@jakarta.go.id>",
                "To: Budi Santoso <budi@example.co.id>",
                "Subject: Re: Laporan ASP-1042",
                "Date: Tue, 01 Jul 2025 09:30:15 +0700",
                "Message-ID: <ASP-1042.3@aspirasi.jakarta.go.id>",
                "In-Reply-To: <msg-2@example.co.id>",
                "References: <root@example.co.id> <msg-2@example.co.id>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: quoted-printable",
                "Auto-Submitted: auto-replied",
            ])
        #expect(text.hasSuffix("\r\n\r\nTerima kasih.\r\n"))
    }

    @Test func everyLineEndsWithCRLFAndIsShort() throws {
        let email = reply(
            subject: "Re: " + String(repeating: "Laporan jalan rusak 🚧 ", count: 8),
            body: String(repeating: "Kalimat panjang dengan é dan = serta spasi akhir \n", count: 20),
            references: (0..<12).map { "ref-\($0)-with-a-rather-long-identifier@mail.example.co.id" })
        let bytes = try EmailComposer.compose(email)
        #expect(bytes.allSatisfy { $0 < 0x80 })
        let text = String(decoding: bytes, as: UTF8.self)
        for (offset, byte) in bytes.enumerated() where byte == 0x0A {
            #expect(offset > 0 && bytes[offset - 1] == 0x0D)
        }
        for (offset, byte) in bytes.enumerated() where byte == 0x0D {
            #expect(offset + 1 < bytes.count && bytes[offset + 1] == 0x0A)
        }
        for line in text.components(separatedBy: "\r\n") {
            #expect(line.count <= 78, "\(line)")
            #expect(line.trimmingCharacters(in: .whitespaces).isEmpty == line.isEmpty, "whitespace-only line")
        }
    }

    @Test func asciiSubjectIsNotEncodedButFolded() throws {
        let subject = "Re: " + String(repeating: "laporan panjang ", count: 10) + "selesai"
        let text = try composeText(reply(subject: subject))
        #expect(!text.contains("=?"))
        let subjectLines = headerLines(text).drop { !$0.hasPrefix("Subject:") }.prefix { !$0.hasPrefix("Date:") }
        #expect(subjectLines.count > 1)
        #expect(subjectLines.allSatisfy { $0.count <= 78 })
        #expect(try ParsedEmail(bytes: EmailComposer.compose(reply(subject: subject))).subject == subject)
    }

    @Test func nonASCIISubjectUsesBEncodedWords() throws {
        let subject =
            "Re: Laporan: jalan berlubang di Jl. Kebon Jeruk 🚧 — terima kasih 🙏 " + String(repeating: "é", count: 60)
        let text = try composeText(reply(subject: subject))
        let subjectLines = headerLines(text).drop { !$0.hasPrefix("Subject:") }.prefix { !$0.hasPrefix("Date:") }
        #expect(subjectLines.count > 2)
        for line in subjectLines {
            #expect(line.count <= 78)
            for word in line.split(separator: " ") where word != "Subject:" {
                #expect(word.hasPrefix("=?utf-8?B?") && word.hasSuffix("?="))
                #expect(word.count <= 75)
            }
        }
        #expect(try ParsedEmail(bytes: EmailComposer.compose(reply(subject: subject))).subject == subject)
    }

    @Test func textThatLooksEncodedIsProtected() throws {
        let subject = "Kode =?utf-8?q?bukan?= kata"
        let text = try composeText(reply(subject: subject))
        #expect(!text.contains("Subject: Kode =?utf-8?q?bukan?="))
        #expect(try ParsedEmail(bytes: EmailComposer.compose(reply(subject: subject))).subject == subject)
    }

    @Test func subjectCannotInjectHeaders() throws {
        let email = reply(subject: "Halo\r\nBcc: korban@example.com\r\n\r\nbody palsu")
        let text = try composeText(email)
        let lines = headerLines(text)
        #expect(!lines.contains { $0.lowercased().hasPrefix("bcc:") })
        let parsed = try ParsedEmail(bytes: EmailComposer.compose(email))
        #expect(parsed.subject == "Halo  Bcc: korban@example.com    body palsu")
        let message = try MIMEMessage(bytes: EmailComposer.compose(email))
        #expect(!message.headers.contains("Bcc"))
        #expect(parsed.textBody == "Terima kasih.")
        let lone = try MIMEMessage(bytes: EmailComposer.compose(reply(subject: "a\rBcc: x@y.id\nCc: z@y.id")))
        #expect(!lone.headers.contains("Bcc") && !lone.headers.contains("Cc"))
    }

    @Test func displayNameCannotInjectHeaders() throws {
        let email = reply(fromName: "Aspirasi\r\nBcc: korban@example.com")
        let message = try MIMEMessage(bytes: EmailComposer.compose(email))
        #expect(!message.headers.contains("Bcc"))
        #expect(ParsedEmail(message: message).from?.displayName == "Aspirasi  Bcc: korban@example.com")
    }

    @Test func structuralValuesAreValidated() {
        var email = reply()
        email.to = [EmailAddress(address: "budi@example.co.id\r\nBcc: x@y.id")]
        #expect(throws: EmailComposeError.invalidAddress("budi@example.co.id\r\nBcc: x@y.id")) {
            try EmailComposer.compose(email)
        }
        for bad in ["", "no-at-sign", "a@b@c", "a b@c.id", "<a@c.id>", "a@c.id>", "budi@", "@x.id", "bü@x.id"] {
            email.to = [EmailAddress(address: bad)]
            #expect(throws: EmailComposeError.invalidAddress(bad)) { try EmailComposer.compose(email) }
        }
        email = reply()
        email.messageID = "id@x\r\nBcc: y@z"
        #expect(throws: EmailComposeError.invalidMessageID("id@x\r\nBcc: y@z")) { try EmailComposer.compose(email) }
        email = reply()
        email.inReplyTo = "a b@x"
        #expect(throws: EmailComposeError.invalidMessageID("a b@x")) { try EmailComposer.compose(email) }
        email = reply()
        email.to = []
        #expect(throws: EmailComposeError.noRecipients) { try EmailComposer.compose(email) }
    }

    @Test func invalidReferencesAreLeftOut() throws {
        let email = reply(references: ["good@x.id", "bad\r\nBcc: y@z", "<bracketed@x.id>", "", "sp ace@x"])
        let parsed = try ParsedEmail(bytes: EmailComposer.compose(email))
        #expect(parsed.references == ["good@x.id", "bracketed@x.id"])
    }

    @Test func displayNamesAreQuotedOrEncodedAsNeeded() throws {
        let recipients = [
            EmailAddress(address: "a@x.id", displayName: "Santoso, Budi"),
            EmailAddress(address: "b@x.id", displayName: "Siti \"Ibu RT\" Aminah"),
            EmailAddress(address: "c@x.id", displayName: "Dewi Ayu Lestari 🌺"),
            EmailAddress(address: "d@x.id"),
        ]
        let text = try composeText(reply(to: recipients))
        #expect(text.contains("\"Santoso, Budi\" <a@x.id>,"))
        #expect(text.contains("\"Siti \\\"Ibu RT\\\" Aminah\" <b@x.id>,"))
        let parsed = try ParsedEmail(bytes: EmailComposer.compose(reply(to: recipients)))
        #expect(parsed.to == recipients)
    }

    @Test func roundTrip() throws {
        let body = """
            Yth. Bapak Budi,

            Laporan Anda (ASP-1042) tentang jalan berlubang 🚧 sudah diteruskan ke Suku Dinas Bina Marga.
            .baris diawali titik
            From baris diawali From
            Harga = Rp 5.000,- ; café €   
            """
        let email = reply(subject: "Re: Jalan rusak di Jl. Kebon Jeruk — tindak lanjut 🙏 [ASP-1042]", body: body)
        let parsed = try ParsedEmail(bytes: EmailComposer.compose(email))
        #expect(parsed.subject == email.subject)
        #expect(parsed.textBody == body.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(parsed.from == email.from)
        #expect(parsed.to == email.to)
        #expect(parsed.messageID == email.messageID)
        #expect(parsed.inReplyTo == "msg-2@example.co.id")
        #expect(parsed.references == ["root@example.co.id", "msg-2@example.co.id"])
        #expect(parsed.date == sent)
        #expect(parsed.loopGuard.reasons == [.autoSubmitted("auto-replied")])
        #expect(parsed.attachments.isEmpty)
    }

    @Test func bodyKeepsTrailingSpacesInsideAndLineStructure() throws {
        let body = "baris satu  \nbaris dua\r\n\r\nbaris empat\t\n\n\n"
        let bytes = try EmailComposer.compose(reply(body: body))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasSuffix("\r\n\r\nbaris satu =20\r\nbaris dua\r\n\r\nbaris empat=09\r\n"))
        let parsed = try ParsedEmail(bytes: bytes)
        #expect(parsed.textBody == "baris satu  \nbaris dua\n\nbaris empat")
    }

    @Test func bracketedIDsAreAccepted() throws {
        var email = reply()
        email.messageID = "<ASP-1@x.id>"
        email.inReplyTo = "<m@x.id>"
        let text = try composeText(email)
        #expect(text.contains("\r\nMessage-ID: <ASP-1@x.id>\r\n"))
        #expect(text.contains("\r\nIn-Reply-To: <m@x.id>\r\n"))
    }

    @Test func optionalThreadingHeadersAreOmitted() throws {
        var email = reply(references: [])
        email.inReplyTo = nil
        let text = try composeText(email)
        #expect(!text.contains("In-Reply-To"))
        #expect(!text.contains("References"))
    }

    @Test func otherOffsets() throws {
        var email = reply()
        email.utcOffsetSeconds = 0
        #expect(try composeText(email).contains("\r\nDate: Tue, 01 Jul 2025 02:30:15 +0000\r\n"))
    }

    @Test func emptySubjectAndBody() throws {
        let bytes = try EmailComposer.compose(reply(subject: "", body: ""))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\r\nSubject:\r\n"))
        #expect(text.hasSuffix("auto-replied\r\n\r\n\r\n"))
        let parsed = try ParsedEmail(bytes: bytes)
        #expect(parsed.subject == "")
        #expect(parsed.textBody == "")
    }
}
