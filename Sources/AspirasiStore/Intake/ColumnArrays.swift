import AspirasiCore
import Foundation

/// Column values for `unnest` of parameter arrays, one entry per row.
///
/// PostgresNIO cannot send NULL inside an array, so a missing value travels as
/// a sentinel that the SQL turns back into NULL: `''` for text
/// (`NULLIF(x, '')`), NaN for numbers and times (`NULLIF(x, 'NaN')`), 0 for
/// row ids (`NULLIF(x, 0)`). None of them is a value the intake stores: empty
/// text carries no meaning, ids start at 1, coordinates and times are finite.
enum ColumnArrays {
    static func text(_ value: String?) -> String { value ?? "" }
    static func number(_ value: Double?) -> Double { value ?? .nan }
    static func id(_ value: Int?) -> Int { value ?? 0 }
    static func epochSeconds(_ value: Date?) -> Double { value?.timeIntervalSince1970 ?? .nan }

    /// Photos of every row, flattened: the 1-based row number and the URL.
    static func photos(_ lists: [[String]]) -> (rows: [Int], urls: [String]) {
        var rows: [Int] = []
        var urls: [String] = []
        for (row, list) in lists.enumerated() {
            for url in list {
                rows.append(row + 1)
                urls.append(url)
            }
        }
        return (rows, urls)
    }

    /// Photos carried inside messages, flattened like `photos`; the bytes travel as base64 text
    /// (`decode(x, 'base64')` in SQL) so that every column stays a plain array parameter.
    static func attachments(_ lists: [[InboundMessage.Attachment]]) -> (rows: [Int], types: [String], data: [String]) {
        var rows: [Int] = []
        var types: [String] = []
        var data: [String] = []
        for (row, list) in lists.enumerated() {
            for attachment in list {
                rows.append(row + 1)
                types.append(attachment.type.rawValue)
                data.append(attachment.bytes.base64EncodedString())
            }
        }
        return (rows, types, data)
    }
}
