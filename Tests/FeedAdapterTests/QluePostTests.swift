import ChannelKit
import Foundation
import Testing

@testable import QlueAdapter

@Suite struct QluePostTests {
    func decode(_ json: String) -> Result<InboundMessage, AdapterError> {
        let object = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any] ?? [:]
        return QluePost.message(object)
    }

    @Test func aPostBecomesAMessageWithJakartaTimeAndPhotos() throws {
        let message = try decode(
            """
            {"post_id": 1201, "post_date": "2026-11-20 08:15:00", "post_title": "Jalan berlubang",
             "post_desc": "Lubang besar di depan halte", "post_images": ["https://cdn.qlue.id/a.jpg", "ftp://x/b.jpg"],
             "loc_lat": "-6.1754", "loc_lng": 106.8272, "profile_name": "Budi", "profile_id": "u-77"}
            """
        ).get()
        #expect(message.channel == .qlue)
        #expect(message.externalID == "1201")
        #expect(message.threadKey == "1201")
        #expect(message.author.handle == "qlue:u-77")
        #expect(message.author.displayName == "Budi")
        #expect(message.title == "Jalan berlubang")
        #expect(message.photos == ["https://cdn.qlue.id/a.jpg"])
        #expect(message.location?.latitude == -6.1754)
        // 08:15 in Jakarta is 01:15 UTC.
        #expect(message.sentAt == Date(timeIntervalSince1970: 1_795_137_300))
        #expect(message.publicPost, "Qlue posts are public in the app")
    }

    @Test func zeroZeroMeansNoLocationAndOffsetsAreRead() throws {
        let message = try decode(
            """
            {"post_id": "1202", "post_date": "2026-11-20T08:15:00+07:00", "post_desc": "Sampah menumpuk",
             "loc_lat": 0, "loc_lng": 0, "post_images": "https://cdn.qlue.id/a.jpg, https://cdn.qlue.id/b.jpg"}
            """
        ).get()
        #expect(message.location == nil)
        #expect(message.photos.count == 2)
        #expect(message.author.handle == "qlue:post-1202", "no profile id: the post stands for its author")
        #expect(message.sentAt == Date(timeIntervalSince1970: 1_795_137_300))
    }

    @Test func aPostWithoutIdOrTextIsRefusedByName() {
        guard case .failure(let missingID) = decode(#"{"post_desc": "x"}"#) else {
            Issue.record("a post without post_id must be refused")
            return
        }
        #expect(missingID.message.contains("post_id"))
        guard case .failure(let empty) = decode(#"{"post_id": 5, "post_title": "  "}"#) else {
            Issue.record("a post without text must be refused")
            return
        }
        #expect(empty.message.contains("post 5"))
    }

    @Test func thePostsOwnBytesAreItsRawPayload() throws {
        let raw = Data(#"{"post_desc": "Sampah",  "post_id": 9}"#.utf8)
        let given = try QluePost.message(["post_id": 9, "post_desc": "Sampah"], raw: raw).get()
        #expect(given.rawPayload == raw)
        // Without them (a page whose posts could not be found in its bytes), the post is written out again.
        let written = try QluePost.message(["post_id": 9, "post_desc": "Sampah"]).get()
        #expect(written.rawPayload == Data(#"{"post_desc":"Sampah","post_id":9}"#.utf8))
    }

    @Test func jakartaTimesWithASpacedOffsetAreRead() {
        #expect(JakartaTime.parse("2026-11-20 08:15:00 +07:00") == Date(timeIntervalSince1970: 1_795_137_300))
        #expect(JakartaTime.parse("2026-11-20 08:15:00") == Date(timeIntervalSince1970: 1_795_137_300))
        #expect(JakartaTime.parse("20 November") == nil)
    }
}
