/// How often things happen in the synthetic month. The SQL draws from
/// "slots": a weighted choice becomes an array of `count` entries in which
/// each value appears in proportion to its weight, so one random index picks.
enum DemoWeights {
    /// `count` slots shared among `weights` by largest remainder; every positive weight gets at least one.
    static func slots(_ weights: [Double], count: Int) -> [Int] {
        var shares = apportion(count, weights.map { max($0, 0) })
        for index in shares.indices where weights[index] > 0 && shares[index] == 0 {
            guard let largest = shares.indices.max(by: { shares[$0] < shares[$1] }), shares[largest] > 1 else { break }
            shares[largest] -= 1
            shares[index] = 1
        }
        return shares.enumerated().flatMap { value, share in [Int](repeating: value, count: share) }
    }

    /// `total` split over `weights` in whole numbers that add up to it.
    static func apportion(_ total: Int, _ weights: [Double]) -> [Int] {
        let sum = weights.reduce(0, +)
        guard sum > 0 else { return weights.map { _ in 0 } }
        let exact = weights.map { $0 / sum * Double(total) }
        var counts = exact.map { Int($0) }
        let order = exact.indices.sorted { exact[$0] - Double(counts[$0]) > exact[$1] - Double(counts[$1]) }
        for index in order.prefix(total - counts.reduce(0, +)) { counts[index] += 1 }
        return counts
    }

    /// Reports per kota, before each kelurahan's own variation: roughly where Jakarta's people live.
    static let kota: [String: Double] = [
        "31.71": 0.10, "31.72": 0.17, "31.73": 0.23, "31.74": 0.21, "31.75": 0.28, "31.01": 0.01,
    ]

    /// Reports per hour of the day (Jakarta time): quiet at night, busy through office hours.
    static let hours: [Double] = [
        1, 0.5, 0.3, 0.3, 0.5, 1.5, 3, 5, 7, 8, 8, 7, 6, 6, 6, 6, 6, 5, 4, 5, 5, 4, 3, 2,
    ]

    /// Weekends bring fewer reports (ISO weekday 6 and 7).
    static func day(weekday: Int) -> Double {
        weekday == 6 ? 0.75 : weekday == 7 ? 0.65 : 1
    }

    static let categories: [String: Double] = [
        "sampah": 14, "jalan_rusak": 12, "saluran_air": 9, "parkir_liar": 8, "lampu_jalan": 7, "banjir": 6,
        "pkl": 6, "ketertiban": 5, "trotoar": 4, "pohon": 4, "lalu_lintas": 4, "lainnya": 4, "pencemaran": 3,
        "bangunan": 3, "pmks": 3, "air_bersih": 3, "angkutan_umum": 2, "taman": 2, "kesehatan": 2, "adminduk": 2,
        "kebakaran": 1,
    ]

    /// How fast officers move: most in good time, some slowly, a few reports stall (and go overdue).
    static let speeds: [(factor: Double, weight: Double)] = [(0.8, 65), (2, 25), (8, 10)]

    /// What reports on each channel look like.
    struct ChannelProfile: Sendable {
        let channel: String
        let weight: Double
        /// Shares of reports with a GPS point, with a place named in the text, and with no place at all;
        /// the rest carry a point outside Jakarta.
        let gps: Double
        let text: Double
        let vague: Double
        let photo: Double
        /// The channel carries a subject line (e-mail, LAPOR!, the forum).
        let titled: Bool
        /// Photos arrive as links the photo worker fetched (rather than as attachments).
        let linkedPhotos: Bool
        /// Share of messages in chat style: lower case, "udah", "gak", "yg".
        let slang: Double
        /// The channel files the category itself (Open311's service code, Qlue's topic).
        let choosesCategory: Bool
    }

    static let channels: [ChannelProfile] = [
        .init(
            channel: "app", weight: 22, gps: 0.95, text: 0.03, vague: 0, photo: 0.6, titled: false, linkedPhotos: true,
            slang: 0, choosesCategory: true),
        .init(
            channel: "qlue", weight: 18, gps: 0.97, text: 0, vague: 0, photo: 0.9, titled: false, linkedPhotos: true,
            slang: 0.1, choosesCategory: true),
        .init(
            channel: "twitter", weight: 14, gps: 0.4, text: 0.45, vague: 0.13, photo: 0.3, titled: false,
            linkedPhotos: true, slang: 0.5, choosesCategory: false),
        .init(
            channel: "facebook", weight: 8, gps: 0.3, text: 0.5, vague: 0.18, photo: 0.3, titled: false,
            linkedPhotos: true, slang: 0.4, choosesCategory: false),
        .init(
            channel: "sms", weight: 10, gps: 0, text: 0.75, vague: 0.25, photo: 0, titled: false, linkedPhotos: false,
            slang: 0.6, choosesCategory: false),
        // Most Indonesians write on WhatsApp: a photo, a shared location or words, often all three.
        .init(
            channel: "whatsapp", weight: 12, gps: 0.4, text: 0.45, vague: 0.15, photo: 0.5, titled: false,
            linkedPhotos: false, slang: 0.6, choosesCategory: false),
        .init(
            channel: "email", weight: 6, gps: 0, text: 0.8, vague: 0.19, photo: 0.2, titled: true, linkedPhotos: false,
            slang: 0, choosesCategory: false),
        .init(
            channel: "forum", weight: 4, gps: 0.3, text: 0.6, vague: 0.09, photo: 0.2, titled: true,
            linkedPhotos: true, slang: 0.2, choosesCategory: false),
        .init(
            channel: "lapor", weight: 10, gps: 0.5, text: 0.45, vague: 0.04, photo: 0.3, titled: true,
            linkedPhotos: true, slang: 0, choosesCategory: false),
        .init(
            channel: "api", weight: 8, gps: 0.85, text: 0.15, vague: 0, photo: 0.3, titled: false,
            linkedPhotos: false, slang: 0, choosesCategory: false),
    ]

    /// A stable number in 0.5..<1.5 from a code, so a kelurahan is as busy on every run.
    static func variation(_ code: String) -> Double {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in code.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return 0.5 + Double(hash % 1000) / 1000
    }
}
