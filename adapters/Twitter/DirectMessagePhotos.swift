import ChannelKit
import Foundation

/// Photos sent in X direct messages live on ton.twitter.com and are served only to a GET signed
/// with OAuth 1.0a user credentials ("must be accessed by signing a request with the user's access
/// token using OAuth 1.0A",
/// https://developer.x.com/en/docs/direct-messages/message-attachments/guides/retrieving-media).
/// The hub authenticates to X with OAuth 2.0 only, so instead of a fetch that can only fail (and be
/// retried for nothing), such a photo is refused at once with a reason officers can act on. Every
/// other URL goes to the wrapped fetcher.
public struct TwitterDirectMessagePhotos: PhotoFetching {
    static let hosts: Set<String> = ["ton.twitter.com"]
    public static let reason =
        "photo sent in an X direct message: X serves it only to OAuth 1.0a-signed requests, which this hub does not make; open the conversation on X to see it"

    let wrapped: any PhotoFetching

    public init(wrapping wrapped: any PhotoFetching) {
        self.wrapped = wrapped
    }

    public func fetch(_ url: String) async throws(FetchFailure) -> FetchedPhoto {
        if let host = URL(string: url)?.host?.lowercased(), Self.hosts.contains(host) {
            throw .refused(Self.reason)
        }
        return try await wrapped.fetch(url)
    }
}
