import Testing

@testable import MailKit

struct SMTPEncodingTests {
    static func stuffed(_ text: String) -> String {
        String(decoding: SMTPEncoding.dotStuffed(Array(text.utf8)), as: UTF8.self)
    }

    @Test func dotStuffingAndLineEndings() {
        #expect(Self.stuffed(".a\r\n..b\r\nc.\r\n.\r\n") == "..a\r\n...b\r\nc.\r\n..\r\n")
        #expect(Self.stuffed("a\nb\rc\r\nd") == "a\r\nb\r\nc\r\nd\r\n")
        #expect(Self.stuffed("a\n.\n") == "a\r\n..\r\n")
        #expect(Self.stuffed("\r\r\n") == "\r\n\r\n")
        #expect(Self.stuffed("") == "")
    }

    @Test func addressChecks() {
        #expect(SMTPEncoding.addressProblem("user@example.test") == nil)
        #expect(SMTPEncoding.addressProblem("") == nil)
        #expect(SMTPEncoding.addressProblem("a@b\r\nRCPT TO:<c@d>") != nil)
        #expect(SMTPEncoding.addressProblem("<a@b>") != nil)
        #expect(SMTPEncoding.addressProblem("a b@c") != nil)
        #expect(SMTPEncoding.addressProblem("a\u{7F}@c") != nil)
    }

    @Test func base64() {
        #expect(SMTPEncoding.base64([]) == "")
        #expect(SMTPEncoding.base64(Array("f".utf8)) == "Zg==")
        #expect(SMTPEncoding.base64(Array("fo".utf8)) == "Zm8=")
        #expect(SMTPEncoding.base64(Array("foo".utf8)) == "Zm9v")
        #expect(SMTPEncoding.base64([0] + Array("user".utf8) + [0] + Array("pass".utf8)) == "AHVzZXIAcGFzcw==")
    }

    @Test func errorKinds() {
        #expect(SMTPError.reply(SMTPReply(code: 550, lines: ["no"]), stage: .recipient).kind == .permanent)
        #expect(SMTPError.reply(SMTPReply(code: 451, lines: ["later"]), stage: .recipient).kind == .transient)
        #expect(SMTPError.reply(SMTPReply(code: 250, lines: ["odd"]), stage: .data).kind == .transient)
    }
}
