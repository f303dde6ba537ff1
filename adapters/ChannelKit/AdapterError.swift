/// Why an adapter could not read what a provider sent: the webhook answers 400
/// naming it, and nothing is stored.
public enum AdapterError: Error, Sendable, Equatable {
    case malformed(String)

    public var message: String {
        switch self {
        case .malformed(let message): message
        }
    }

    /// Names the offending field of a decoding error, never echoing the payload.
    public static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
            DecodingError.keyNotFound(_, let context):
            let field = context.codingPath.map(\.stringValue).joined(separator: ".")
            return field.isEmpty ? "wrong shape" : "the field \(field) is missing or has the wrong type"
        default:
            return "malformed JSON"
        }
    }
}
