import Foundation

/// A whole RFC 5322 message parsed into its MIME tree. Parsing never fails
/// on malformed content; it throws `MIMEError` only when a resource limit is
/// crossed, so callers can tell "refuse this mail" from "read what you can".
public struct MIMEMessage: Sendable, Equatable {
    /// The top-level entity; its headers are the message headers.
    public let root: MIMEPart

    public init(bytes: [UInt8], limits: MIMELimits = .standard) throws(MIMEError) {
        guard bytes.count <= limits.maxBytes else {
            throw .tooLarge(size: bytes.count, limit: limits.maxBytes)
        }
        var parser = MIMEParser(limits: limits)
        root = try parser.parseEntity(bytes[...], depth: 0, defaultType: .textPlain)
    }

    public init(data: Data, limits: MIMELimits = .standard) throws(MIMEError) {
        // Check before copying: a huge Data must not be duplicated first.
        guard data.count <= limits.maxBytes else {
            throw .tooLarge(size: data.count, limit: limits.maxBytes)
        }
        try self.init(bytes: [UInt8](data), limits: limits)
    }

    public var headers: MIMEHeaders { root.headers }

    /// Every leaf part, depth-first in document order.
    public func leaves() -> [MIMEPart] {
        root.leaves()
    }
}
