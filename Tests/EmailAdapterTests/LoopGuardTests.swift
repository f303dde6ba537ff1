import Testing

@testable import EmailAdapter
@testable import MailKit

@Suite struct LoopGuardTests {
    private func reasons(_ headers: [String], contentType: String = "text/plain") throws -> [LoopGuard.Reason] {
        let lines = ["From: Budi <budi@example.co.id>", "Content-Type: \(contentType)"] + headers + ["", "isi"]
        return try parsedMail(lines).loopGuard.reasons
    }

    @Test func ordinaryMailMayBeAnswered() throws {
        let mail = try parsedMail(["From: Budi <budi@example.co.id>", "Return-Path: <budi@example.co.id>", "", "isi"])
        #expect(mail.loopGuard.reasons.isEmpty)
        #expect(!mail.loopGuard.mustNotReply)
        #expect(!mail.isAutomated)
    }

    @Test func autoSubmitted() throws {
        #expect(try reasons(["Auto-Submitted: no"]).isEmpty)
        #expect(try reasons(["Auto-Submitted: No (human)"]).isEmpty)
        #expect(try reasons(["Auto-Submitted: auto-generated"]) == [.autoSubmitted("auto-generated")])
        #expect(try reasons(["auto-submitted: Auto-Replied; owner-email=\"x@y\""]) == [.autoSubmitted("auto-replied")])
        #expect(try reasons(["Auto-Submitted: auto-notified"]) == [.autoSubmitted("auto-notified")])
        #expect(try reasons(["Auto-Submitted:"]) == [.autoSubmitted("")])
    }

    @Test func precedence() throws {
        #expect(try reasons(["Precedence: bulk"]) == [.precedence("bulk")])
        #expect(try reasons(["Precedence: JUNK"]) == [.precedence("junk")])
        #expect(try reasons(["Precedence: list"]) == [.precedence("list")])
        #expect(try reasons(["Precedence: auto_reply"]) == [.precedence("auto_reply")])
        #expect(try reasons(["Precedence: first-class"]).isEmpty)
        #expect(try reasons(["Precedence: bulky"]).isEmpty)
    }

    @Test func listHeaders() throws {
        #expect(try reasons(["List-Id: <rw05.example.co.id>"]) == [.listID])
        #expect(try reasons(["List-Unsubscribe: <mailto:leave@x.id>"]) == [.listUnsubscribe])
        #expect(try reasons(["list-id:"]) == [.listID])
    }

    @Test func nullReturnPath() throws {
        #expect(try reasons(["Return-Path: <>"]) == [.nullReturnPath])
        #expect(try reasons(["Return-Path: < >"]) == [.nullReturnPath])
        #expect(try reasons(["Return-Path: <> (bounce)"]) == [.nullReturnPath])
        #expect(try reasons(["Return-Path: <bounce+123@x.id>"]).isEmpty)
    }

    @Test func systemSenders() throws {
        let daemon = try parsedMail(["From: MAILER-DAEMON@mx.x.id", "", "isi"]).loopGuard.reasons
        #expect(daemon == [.systemSender("MAILER-DAEMON@mx.x.id")])
        let postmaster = try parsedMail(["From: \"Postmaster\" <Postmaster@x.id>", "", "isi"]).loopGuard.reasons
        #expect(postmaster == [.systemSender("Postmaster@x.id")])
        #expect(try reasons(["Sender: mailer-daemon@x.id"]) == [.systemSender("mailer-daemon@x.id")])
        #expect(try reasons(["Return-Path: <MAILER-DAEMON>"]) == [.systemSender("MAILER-DAEMON")])
        #expect(try reasons(["Reply-To: postmaster-help@x.id"]).isEmpty)
    }

    @Test func reports() throws {
        let report = try reasons([], contentType: "multipart/report; report-type=delivery-status; boundary=b")
        #expect(report == [.multipartReport])
        #expect(try reasons([], contentType: "multipart/mixed; boundary=b").isEmpty)
    }

    @Test func autoResponseSuppress() throws {
        #expect(try reasons(["X-Auto-Response-Suppress: OOF, AutoReply"]) == [.autoResponseSuppress])
        #expect(try reasons(["X-Auto-Response-Suppress:"]) == [.autoResponseSuppress])
    }

    @Test func everyReasonIsReported() throws {
        let all = try reasons(
            [
                "Auto-Submitted: auto-replied", "Precedence: bulk", "List-Id: <l.x.id>", "List-Unsubscribe: <x>",
                "Return-Path: <>", "Sender: postmaster@x.id", "X-Auto-Response-Suppress: All",
            ], contentType: "multipart/report; boundary=b")
        #expect(
            all == [
                .autoSubmitted("auto-replied"), .precedence("bulk"), .listID, .listUnsubscribe, .nullReturnPath,
                .systemSender("postmaster@x.id"), .multipartReport, .autoResponseSuppress,
            ])
    }
}
