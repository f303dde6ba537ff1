import AspirasiTestSupport
import Foundation
import Testing
import TwitterAdapter

@Suite struct TwitterDirectMessagePhotoTests {
    /// X serves DM photos (ton.twitter.com) only to OAuth 1.0a-signed requests
    /// (https://developer.x.com/en/docs/direct-messages/message-attachments/guides/retrieving-media);
    /// the hub's photo worker records why instead of failing a fetch again and again.
    @Test func aDirectMessagePhotoGetsAClearReasonInsteadOfAFailedFetch() async throws {
        try await withLiveHub { hub in
            _ = try await hub.newReport(
                "dm-photo-1", ["photos": ["https://ton.twitter.com/1.1/ton/data/dm/1034828552951160836/1/oP5p359h.jpg"]]
            )
            let recorded = try await eventually {
                try await hub.count(
                    "SELECT count(*) FROM report_photos WHERE fetch_gave_up AND fetch_error LIKE '%OAuth 1.0a%'") == 1
            }
            #expect(recorded)
            #expect(try await hub.count("SELECT count(*) FROM report_photos WHERE bytes IS NOT NULL") == 0)
        }
    }
}
