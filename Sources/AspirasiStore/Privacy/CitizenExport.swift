import Foundation

/// Everything the hub holds about one citizen, as they may ask for it: their
/// identities on each channel, the reports they made (with their own words)
/// or follow (facts only: another citizen's words are not theirs to get), the
/// messages they sent and what the hub sent them. Raw payloads are left out:
/// a provider's batch may carry other citizens' messages too.
public struct CitizenExport: Codable, Sendable {
    public struct Identity: Codable, Sendable {
        public let channel: String
        public let handle: String
        public let displayName: String?
        public let firstSeenAt: Date
        public let lastSeenAt: Date
    }

    public struct Report: Codable, Sendable {
        public let trackingNumber: String
        /// `reporter` (they made it) or `follower`.
        public let role: String
        public let channel: String
        public let category: String
        public let status: String
        public let rejectReason: String?
        public let kelurahan: String?
        public let reportedAt: Date
        public let closedAt: Date?
        /// The citizen's own words and place: for the reports they made only.
        public let title: String?
        public let description: String?
        public let address: String?
        public let latitude: Double?
        public let longitude: Double?
    }

    public struct Message: Codable, Sendable {
        public let channel: String
        public let externalId: String
        public let trackingNumber: String?
        public let outcome: String?
        public let text: String
        public let photos: [String]
        public let latitude: Double?
        public let longitude: Double?
        public let sentAt: Date?
        public let receivedAt: Date
    }

    public struct Delivery: Codable, Sendable {
        public let channel: String
        public let recipient: String
        public let kind: String
        public let state: String
        public let trackingNumber: String?
        /// What the text was made from (template, status, an officer's public note).
        public let payload: [String: String]
        public let createdAt: Date
        public let sentAt: Date?
    }

    public let exportedAt: Date
    public let identities: [Identity]
    public let reports: [Report]
    public let messages: [Message]
    public let deliveries: [Delivery]

    /// The export as the API gives it: snake_case keys, ISO 8601 times, keys sorted.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return try encoder.encode(self)
    }
}

/// What an erasure changed. Counts only: the summary is logged and returned, so it names no one.
public struct ErasureSummary: Codable, Sendable, Equatable {
    /// The citizen's identities removed (one per channel they used).
    public let identities: Int
    /// Their messages emptied (kept as rows for the channel statistics).
    public let messages: Int
    /// Reports they made or followed, which keep their facts and lose their words.
    public let reports: Int
    /// Deliveries addressed to them, made anonymous.
    public let deliveries: Int
    /// Of those, the ones not yet sent, now never to be.
    public let cancelledDeliveries: Int
    /// Photos they sent, deleted.
    public let photos: Int

    public static let nothing = ErasureSummary(
        identities: 0, messages: 0, reports: 0, deliveries: 0, cancelledDeliveries: 0, photos: 0)
}

/// Who asked for an erasure: recorded with it, and on each report it touched.
public enum ErasureRequester: Sendable {
    case officer(id: Int)
    case commandLine

    var recordedAs: String {
        switch self {
        case .officer(let id): "officer:\(id)"
        case .commandLine: "cli"
        }
    }
}
