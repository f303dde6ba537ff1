import Foundation

/// Takes credentials out of a raw payload before it is stored: the value of
/// every credential-named JSON member (at any depth), form field or query
/// parameter, and mail header (`CredentialNames`) becomes `[redacted]`. The
/// rest of the bytes stay exactly as received, and a payload with nothing to
/// redact is returned unchanged.
///
/// The intake applies it to every message in one place
/// (`IntakeStore.record`), so no channel can forget it.
public enum RawPayloadRedactor {
    /// What a credential's value becomes.
    public static let marker = "[redacted]"

    enum Format {
        case json
        case form
        case mail

        init?(contentType: String?) {
            guard let contentType else { return nil }
            let type = contentType.split(separator: ";").first.map {
                $0.trimmingCharacters(in: .whitespaces).lowercased()
            }
            switch type {
            case "application/json", "text/json": self = .json
            case let type? where type.hasSuffix("+json"): self = .json
            case "application/x-www-form-urlencoded": self = .form
            case "message/rfc822": self = .mail
            default: return nil
            }
        }
    }

    /// The payload without credentials; nil when it cannot be read as its
    /// content type (or the type is none of JSON, form encoding and mail):
    /// what cannot be checked may hold a secret, so it is not kept.
    public static func redact(_ payload: Data, contentType: String?) -> Data? {
        guard let format = Format(contentType: contentType) else { return nil }
        let bytes = [UInt8](payload)
        let cuts: [Cut]
        switch format {
        case .json:
            guard let found = JSONCredentials.cuts(in: bytes) else { return nil }
            cuts = found
        case .form: cuts = FormCredentials.cuts(in: bytes)
        case .mail: cuts = MailCredentials.cuts(in: bytes)
        }
        return cuts.isEmpty ? payload : Data(apply(cuts, to: bytes))
    }

    /// A span of the payload and what replaces it.
    struct Cut {
        let range: Range<Int>
        let replacement: [UInt8]
    }

    /// `cuts` are in order and do not overlap.
    static func apply(_ cuts: [Cut], to bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var position = 0
        for cut in cuts {
            out += bytes[position..<cut.range.lowerBound]
            out += cut.replacement
            position = cut.range.upperBound
        }
        out += bytes[position...]
        return out
    }
}
