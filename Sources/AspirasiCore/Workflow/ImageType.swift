/// The image types the hub stores, recognised from their first bytes, never
/// from what the sender claims.
public enum ImageType: String, Sendable, Codable, CaseIterable {
    case jpeg = "image/jpeg"
    case png = "image/png"

    /// Largest photo accepted, from an officer or fetched from a channel.
    public static let maximumBytes = 8 * 1024 * 1024

    public static func sniff<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> ImageType? {
        let head = Array(bytes.prefix(8))
        if head.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if head == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] { return .png }
        return nil
    }
}
