import ChannelKit
import Foundation
import Hummingbird
import MultipartKit
import NIOCore

/// A posted console form: its text fields and, for `multipart/form-data`, its files.
struct ConsoleForm: Sendable {
    struct File: Sendable {
        let filename: String
        let bytes: ByteBuffer
    }

    let fields: [String: String]
    let files: [String: File]

    subscript(name: String) -> String? { fields[name] }

    /// A field's text trimmed, nil when absent or blank.
    func text(_ name: String) -> String? {
        guard let value = fields[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
            return nil
        }
        return value
    }

    /// Reads `application/x-www-form-urlencoded` or `multipart/form-data`; nil for anything else or a malformed body.
    static func parse(_ body: ByteBuffer, contentType: String?) -> ConsoleForm? {
        let type = contentType?.lowercased() ?? ""
        if type.hasPrefix("application/x-www-form-urlencoded") {
            let decoded = FormFields(String(buffer: body))
            guard decoded.malformed.isEmpty else { return nil }
            var fields: [String: String] = [:]
            for (name, value) in decoded.pairs where fields[name] == nil { fields[name] = value }
            return ConsoleForm(fields: fields, files: [:])
        }
        if type.hasPrefix("multipart/form-data"), let boundary = boundary(in: contentType ?? "") {
            return multipart(body, boundary: boundary)
        }
        return nil
    }

    static func boundary(in contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "boundary" else {
                continue
            }
            let value = pair[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(
                in: CharacterSet(charactersIn: "\""))
            return (1...70).contains(value.count) ? value : nil
        }
        return nil
    }

    static func multipart(_ body: ByteBuffer, boundary: String) -> ConsoleForm? {
        let parser = MultipartParser(boundary: boundary)
        var parts: [(disposition: String, body: ByteBuffer)] = []
        var disposition = ""
        var current = ByteBuffer()
        parser.onHeader = { name, value in
            if name.lowercased() == "content-disposition" { disposition = value }
        }
        parser.onBody = { chunk in current.writeBuffer(&chunk) }
        parser.onPartComplete = {
            parts.append((disposition, current))
            disposition = ""
            current = ByteBuffer()
        }
        do { try parser.execute(body) } catch { return nil }
        var fields: [String: String] = [:]
        var files: [String: File] = [:]
        for part in parts {
            guard let name = parameter("name", in: part.disposition) else { continue }
            if let filename = parameter("filename", in: part.disposition) {
                // A file input left empty still sends its part, with no bytes.
                if part.body.readableBytes > 0, files[name] == nil {
                    files[name] = File(filename: filename, bytes: part.body)
                }
            } else if fields[name] == nil {
                guard let text = String(validating: part.body.readableBytesView, as: UTF8.self) else { return nil }
                fields[name] = text.replacingOccurrences(of: "\r\n", with: "\n")
            }
        }
        return ConsoleForm(fields: fields, files: files)
    }

    /// A parameter of a Content-Disposition header: `form-data; name="photo"; filename="tl.jpg"`.
    static func parameter(_ wanted: String, in disposition: String) -> String? {
        for piece in disposition.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == wanted else { continue }
            return pair[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }
}
