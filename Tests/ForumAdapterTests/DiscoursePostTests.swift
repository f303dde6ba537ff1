import Foundation
import Testing

@testable import ForumAdapter

@Suite struct DiscoursePostTests {
    static let created = """
        {"post":{"id":901,"name":"Budi","username":"budi_santoso","avatar_template":"/x.png",
        "created_at":"2024-05-06T01:15:00.123Z","cooked":"<p>Jalan <b>rusak</b></p>","post_number":3,
        "post_type":1,"updated_at":"2024-05-06T01:15:00.123Z","reply_count":0,"topic_id":123,
        "topic_slug":"jalan-rusak","topic_title":"Jalan rusak di RT 05","raw":"Jalan **rusak** parah"}}
        """

    @Test func decodesPost() throws {
        let post = try #require(try DiscoursePost.decode(Data(Self.created.utf8)))
        #expect(post.id == 901)
        #expect(post.topicID == 123)
        #expect(post.postNumber == 3)
        #expect(post.username == "budi_santoso")
        #expect(post.topicTitle == "Jalan rusak di RT 05")
        #expect(post.text == "Jalan **rusak** parah")
        let createdAt = try #require(post.createdAt)
        #expect(abs(createdAt.timeIntervalSince1970 - 1_714_958_100.123) < 0.001)
    }

    /// Only a regular post of a regular topic is public; private messages, whispers and payloads that
    /// do not say are not, so their words are never published.
    @Test func onlyRegularTopicsArePublic() throws {
        func post(_ extra: String) throws -> DiscoursePost? {
            try DiscoursePost.decode(
                Data(#"{"post":{"id":1,"topic_id":2,"post_number":1,"username":"a","raw":"x"\#(extra)}}"#.utf8))
        }
        #expect(try post(#","topic_archetype":"regular","post_type":1"#)?.isPublic == true)
        #expect(try post(#","topic_archetype":"private_message","post_type":1"#)?.isPublic == false)
        #expect(try post(#","topic_archetype":"regular","post_type":4"#)?.isPublic == false)
        #expect(try post("")?.isPublic == false)
    }

    @Test func fallsBackToCooked() throws {
        let body =
            #"{"post":{"id":1,"topic_id":2,"post_number":1,"username":"a","raw":"  ","cooked":"<p>A &amp; B</p>"}}"#
        #expect(try DiscoursePost.decode(Data(body.utf8))?.text == "A & B")
    }

    @Test func pingHasNoPost() throws {
        #expect(try DiscoursePost.decode(Data(#"{"ping":"OK"}"#.utf8)) == nil)
        #expect(try DiscoursePost.decode(Data(#"{"topic":{"id":5}}"#.utf8)) == nil)
    }

    @Test func missingFieldIsNamed() {
        let body = #"{"post":{"id":1,"post_number":1,"username":"a","raw":"x"}}"#
        #expect(throws: FeedError.malformed("the field post.topic_id is missing")) {
            try DiscoursePost.decode(Data(body.utf8))
        }
        #expect(throws: FeedError.malformed("the field post.id has the wrong type")) {
            try DiscoursePost.decode(Data(#"{"post":{"id":"1","topic_id":1,"post_number":1,"username":"a"}}"#.utf8))
        }
    }

    @Test func garbageIsMalformedAndHugeIsTooLarge() {
        #expect(throws: FeedError.malformed("malformed JSON")) { try DiscoursePost.decode(Data("{".utf8)) }
        #expect(throws: FeedError.tooLarge) {
            try DiscoursePost.decode(Data(count: DiscourseWebhook.maxBodyBytes + 1))
        }
    }
}
