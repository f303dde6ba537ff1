/// The header section of a message or body part, in original order.
/// Field names are compared case-insensitively (RFC 5322 section 1.2.2) and a
/// field may repeat (Received, or a duplicated List-Id), so lookups return
/// either the first value or all of them.
public struct MIMEHeaders: Sendable, Equatable {
    public let fields: [HeaderField]

    public init(_ fields: [HeaderField] = []) {
        self.fields = fields
    }

    /// The first value of the field called `name`, or nil when absent.
    public subscript(_ name: String) -> String? {
        let key = name.lowercased()
        return fields.first { $0.key == key }?.value
    }

    /// Every value of the field called `name`, in message order.
    public func values(_ name: String) -> [String] {
        let key = name.lowercased()
        return fields.filter { $0.key == key }.map(\.value)
    }

    /// Whether the field is present at all, even with an empty value.
    public func contains(_ name: String) -> Bool {
        let key = name.lowercased()
        return fields.contains { $0.key == key }
    }
}
