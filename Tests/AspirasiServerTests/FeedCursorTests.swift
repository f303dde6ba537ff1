import Testing

@testable import AspirasiServer

@Suite struct FeedCursorTests {
    /// A mailbox feed's name is the hub's own setting: one as long as a URL allows was taken, and storing
    /// its cursor failed in PostgreSQL's index (a 503, found by fuzzing); now it is a 400 like any unknown feed.
    @Test func aFeedNameNoMailboxCouldHaveIsRefused() {
        #expect(FeedCursor.problem(feed: EmailChannel.feedPrefix + "INBOX", value: "1:2") == nil)
        let long = EmailChannel.feedPrefix + String(repeating: "m", count: 7000)
        #expect(FeedCursor.problem(feed: long, value: "1:2")?.contains("cannot be set") == true)
    }
}
