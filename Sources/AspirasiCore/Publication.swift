/// What public outputs (Open311) may show of a report.
///
/// The citizen's own words are published only when they posted them where
/// anyone could read them (the citizen app, a public X post, a Facebook page
/// post or comment, the forum), and even then with phone numbers, e-mail
/// addresses, NIK-like numbers and the reporter's name masked. A report from a
/// private channel (SMS, e-mail, an X DM, Messenger, LAPOR!, the partner API)
/// is described by its category and kelurahan instead, and its point is
/// rounded to about 100 m, so that it cannot lead to the citizen's door.
public enum Publication {
    /// Three decimal places: about 110 m north-south, a little less east-west at Jakarta's latitude.
    static let privateGrid = 1000.0

    public static func description(
        text: String?, publicPost: Bool, categoryName: String, kelurahan: String?, names: [String]
    ) -> String {
        if publicPost, let text, !text.allSatisfy(\.isWhitespace) {
            return PersonalDataMask.masked(text, names: names)
        }
        return kelurahan.map { "Laporan \(categoryName) di Kelurahan \($0)" } ?? "Laporan \(categoryName)"
    }

    /// The address the citizen wrote, masked, from a public post; only the kelurahan from a private channel.
    public static func address(_ text: String?, publicPost: Bool, kelurahan: String?, names: [String]) -> String? {
        if publicPost, let text, !text.allSatisfy(\.isWhitespace) {
            return PersonalDataMask.masked(text, names: names)
        }
        return kelurahan.map { "Kelurahan \($0)" }
    }

    public static func location(_ point: GeoPoint?, publicPost: Bool) -> GeoPoint? {
        guard let point, !publicPost else { return point }
        return try? GeoPoint(
            latitude: (point.latitude * privateGrid).rounded() / privateGrid,
            longitude: (point.longitude * privateGrid).rounded() / privateGrid)
    }
}
