import AsyncHTTPClient
import ChannelKit
import Foundation
import Testing

@testable import TwitterAdapter

/// X's weighted length (twitter-text config v3), checked against the examples of twitter-text's
/// own parser tests (conformance "WeightedTweetsCounterTest", as ported in twitter-text-php's
/// ParserTest: https://github.com/nojimage/twitter-text-php/blob/master/tests/TestCase/ParserTest.php).
@Suite struct TweetLengthTests {
    @Test func theLibrarysDocumentedExamples() {
        let announcement =
            "We're expanding the character limit! We want it to be easier and faster for everyone to express themselves.\n\nMore characters. More expression. More of what's happening.\nhttps://cards.twitter.com/cards/gsby/4ztbu"
        #expect(TweetLength.weighted(announcement) == 192)
        #expect(TweetLength.weighted(String(repeating: "😷", count: 160)) == 320)
        // H, a cat, a smiling face in text presentation, and a ZWJ family.
        #expect(TweetLength.weighted("H🐱☺\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{200D}\u{1F466}") == 7)
        // Skin tone and ZWJ sequences count 2 each.
        #expect(TweetLength.weighted("\u{1F64B}\u{1F3FD}\u{1F468}\u{200D}\u{1F3A4}") == 4)
        let poem =
            "故人西辞黄鹤楼，烟花三月下扬州。孤帆远影碧空尽，唯见长江天际流。朱雀桥边野草花，乌衣巷口夕阳斜。旧时王谢堂前燕，飞入寻常百姓家。朝辞白帝彩云间，千里江陵一日还。两岸猿声啼不住，轻舟已过万重山。泪湿罗巾梦不成，夜深前殿按歌声。红颜未老恩先断，斜倚薰笼坐到明。独在异乡为异客，每逢佳节倍思亲。遥知兄弟登高处，遍插茱萸少一人。"
        #expect(TweetLength.weighted(poem) == 320)
        #expect(TweetLength.weighted("1\u{20E3}") == 2)
        #expect(TweetLength.weighted(String(repeating: "a", count: 280)) == 280)
        // Swift counts 160 characters for the poem; X counts 320.
        #expect(poem.count == 160)
    }

    @Test func aLongReplyIsShortenedToFitAndKeepsItsTrackingNumber() {
        let short = "Aspirasi #2611-0000017: Laporan sedang dikerjakan."
        #expect(TweetLength.shortened(short) == short)

        // 150 CJK-weight characters after the number: 300 units, over 280 though Swift counts ~190.
        let wide = "Aspirasi #2611-0000017: " + String(repeating: "あ", count: 150)
        let cut = TweetLength.shortened(wide)
        #expect(TweetLength.weighted(cut) <= 280)
        #expect(cut.hasPrefix("Aspirasi #2611-0000017: "))
        #expect(cut.hasSuffix("…"))

        // The number at the end would be cut away: it is written again.
        let trailing = String(repeating: "jalan rusak ", count: 30) + "(#2611-0000017)"
        let kept = TweetLength.shortened(trailing)
        #expect(TweetLength.weighted(kept) <= 280)
        #expect(kept.hasSuffix("#2611-0000017"))

        // A URL counts 23 and is never cut in two.
        let link =
            String(repeating: "x", count: 250) + " https://aspirasi.jakarta.go.id/r/2611-0000017/with/a/long/path"
        #expect(TweetLength.weighted(link) == 274)
        #expect(TweetLength.shortened(link) == link)
    }

    /// What the sender posts is the shortened text, not a refusal.
    @Test func theSenderShortensInsteadOfRefusing() throws {
        let sender = TwitterSender(apiBase: "http://127.0.0.1:9", accessToken: "t", client: HTTPClient.shared)
        let message = OutgoingMessage(
            deliveryID: 1, channel: .twitter, recipient: "777", threadKey: "1850000000000000001",
            text: "Aspirasi #2611-0000017: " + String(repeating: "漢", count: 200), idempotencyKey: "k")
        let (_, body) = try sender.request(for: message)
        let text = try #require(body["text"] as? String)
        #expect(TweetLength.weighted(text) <= 280)
        #expect(text.contains("#2611-0000017"))
    }

    @Test func directMessagePhotosAreRefusedWithAReasonWithoutARequest() async throws {
        let guarded = TwitterDirectMessagePhotos(wrapping: OtherPhotos())
        do {
            _ = try await guarded.fetch("https://ton.twitter.com/1.1/ton/data/dm/1034828552951160836/1/oP5p359h.jpg")
            Issue.record("a DM photo was fetched without OAuth 1.0a")
        } catch {
            #expect(error == .refused(TwitterDirectMessagePhotos.reason))
        }
        // Tweet photos (pbs.twimg.com) are public: they go to the wrapped fetcher.
        do {
            _ = try await guarded.fetch("https://pbs.twimg.com/media/lampu.jpg")
        } catch {
            #expect(error == .transient("the wrapped fetcher was asked"))
        }
    }
}

/// Stands for the live fetcher: says that it was asked.
struct OtherPhotos: PhotoFetching {
    func fetch(_ url: String) async throws(FetchFailure) -> FetchedPhoto {
        throw .transient("the wrapped fetcher was asked")
    }
}
