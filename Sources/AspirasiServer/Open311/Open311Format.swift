import Hummingbird
import NIOCore

/// The two representations Open311 serves, chosen by the path's extension.
enum Open311Format: String, Sendable {
    case json
    case xml

    /// Splits "requests.json" into ("requests", .json); nil without a known extension.
    static func split(_ resource: Substring) -> (name: Substring, format: Open311Format)? {
        guard let dot = resource.lastIndex(of: "."),
            let format = Open311Format(rawValue: String(resource[resource.index(after: dot)...]).lowercased())
        else { return nil }
        return (resource[..<dot], format)
    }

    var contentType: String {
        switch self {
        case .json: "application/json; charset=utf-8"
        case .xml: "text/xml; charset=utf-8"
        }
    }

    func response(_ body: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}

/// An Open311 error: the spec's list of `{code, description}` with its HTTP status.
struct Open311Error: Error {
    let status: HTTPResponse.Status
    let description: String

    static func badRequest(_ description: String) -> Open311Error {
        .init(status: .badRequest, description: description)
    }
    static func notFound(_ description: String) -> Open311Error { .init(status: .notFound, description: description) }
    static let invalidKey = Open311Error(status: .forbidden, description: "Invalid api_key")

    func response(_ format: Open311Format) -> Response {
        switch format {
        case .json:
            let body = JSON.array([
                JSON.object([("code", .number(Double(status.code))), ("description", .string(description))])
            ])
            return format.response(body.text, status: status)
        case .xml:
            var xml = XMLWriter()
            xml.element("errors") { xml in
                xml.element("error") { xml in
                    xml.leaf("code", String(status.code))
                    xml.leaf("description", description)
                }
            }
            return format.response(xml.text, status: status)
        }
    }
}
