import Testing

@testable import MailKit

@Suite struct Base64Tests {
    private func decode(_ text: String) -> String {
        String(decoding: LenientBase64.decode(Array(text.utf8)), as: UTF8.self)
    }

    @Test func decodesPaddedText() {
        #expect(decode("aGVsbG8=") == "hello")
        #expect(decode("aGVsbG8gd29ybGQ=") == "hello world")
        #expect(decode("") == "")
    }

    @Test func ignoresWhitespaceAndLineBreaks() {
        #expect(decode("aGVs\r\nbG8g\n d29y bGQ=\r\n") == "hello world")
        #expect(decode("\taGVsbG8=  \r\n\r\n") == "hello")
    }

    @Test func skipsGarbageLines() {
        #expect(decode("aGVs\r\n-- this is not base64! --\r\nbG8=") == "hello")
        #expect(decode("aGVsbG8=\r\n--boundary--") == "hello")
    }

    @Test func toleratesMissingPadding() {
        #expect(decode("aGVsbG8") == "hello")
        #expect(decode("aGk") == "hi")
        #expect(decode("aA") == "h")
    }

    @Test func restartsAfterMidStreamPadding() {
        #expect(decode("aGk=aGk=") == "hihi")
        #expect(decode("aA==\r\naQ==") == "hi")
    }

    @Test func dropsASingleDanglingSextet() {
        #expect(decode("aGVsbG8gQ") == "hello ")
    }

    @Test func allByteValuesRoundTrip() {
        let bytes = (0...255).map { UInt8($0) }
        let encoded = Base64Encoder.encode(bytes)
        #expect(LenientBase64.decode(Array(encoded.utf8)) == bytes)
        #expect(Base64Encoder.encode(Array("hi".utf8)) == "aGk=")
        #expect(Base64Encoder.encode(Array("h".utf8)) == "aA==")
        #expect(Base64Encoder.encode([]) == "")
    }

    @Test func strictDecodingRejectsForeignCharacters() {
        #expect(LenientBase64.decodeStrict(Array("aGk=".utf8)) == Array("hi".utf8))
        #expect(LenientBase64.decodeStrict(Array("aGk".utf8)) == Array("hi".utf8))
        #expect(LenientBase64.decodeStrict(Array("aG k=".utf8)) == nil)
        #expect(LenientBase64.decodeStrict(Array("a*Gk".utf8)) == nil)
    }
}
