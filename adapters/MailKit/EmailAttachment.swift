import Foundation

/// A non-body part of a mail: a file, an inline image (often referenced by
/// Content-ID from the HTML), a delivery report. Images among them become
/// report photos, so `isImage` also looks at the bytes: phones often label
/// photos `application/octet-stream`.
public struct EmailAttachment: Sendable, Equatable {
    /// Decoded file name; untrusted, never use it as a path.
    public let filename: String?
    /// Lowercased "type/subtype" as declared.
    public let contentType: String
    /// Content-ID without angle brackets.
    public let contentID: String?
    /// Shown in the body rather than offered as a file.
    public let isInline: Bool
    /// The decoded content.
    public let bytes: [UInt8]

    public init(filename: String?, contentType: String, contentID: String?, isInline: Bool, bytes: [UInt8]) {
        self.filename = filename
        self.contentType = contentType
        self.contentID = contentID
        self.isInline = isInline
        self.bytes = bytes
    }

    public var data: Data { Data(bytes) }

    /// The image type the bytes start with (JPEG, PNG, GIF, WebP), if any.
    public var sniffedImageType: String? {
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return "image/jpeg" }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "image/png" }
        if bytes.starts(with: Array("GIF87a".utf8)) || bytes.starts(with: Array("GIF89a".utf8)) { return "image/gif" }
        if bytes.count >= 12, bytes.starts(with: Array("RIFF".utf8)), bytes[8..<12].elementsEqual("WEBP".utf8) {
            return "image/webp"
        }
        return nil
    }

    /// Declared as an image or recognisably one.
    public var isImage: Bool {
        contentType.hasPrefix("image/") || sniffedImageType != nil
    }
}
