/// One read of a polled feed (Qlue, LAPOR!, a forum feed, a mailbox, X mentions): the messages
/// it brought, where the next read starts, and whether more is waiting. Adapters return it; the
/// store's polled intake commits the messages and the cursor together.
public struct FeedPage: Sendable {
    public let messages: [InboundMessage]
    /// The new cursor; nil keeps the old one.
    public let cursor: String?
    /// The feed has more after this page: the poller reads on at once instead of waiting.
    public let hasMore: Bool

    public init(messages: [InboundMessage], cursor: String?, hasMore: Bool = false) {
        self.messages = messages
        self.cursor = cursor
        self.hasMore = hasMore
    }
}
