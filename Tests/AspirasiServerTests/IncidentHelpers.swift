import AspirasiCore
import AspirasiServer
import AspirasiStore
import AspirasiTestSupport
import Foundation
import PostgresNIO

/// Gambir, Cideng and Petojo Utara: three neighbouring kelurahan of Jakarta Pusat, where the tests' floods are.
let floodKelurahan = ["31.71.01.1001", "31.71.01.1002", "31.71.01.1003"]

extension LiveHub {
    /// A detector on its own client, as another hub would run it.
    func detector(_ client: PostgresClient? = nil) -> IncidentDetector {
        let database = client ?? self.database
        return IncidentDetector(client: database, catalog: { try await IntakeCatalog.load(from: database) })
    }

    /// `count` `banjir` reports through the partner API, spread over `kelurahan` (label points, nudged
    /// apart), from `authors` distinct citizens (so some report more than once); then their arrival
    /// times spread evenly over the last `minutes`. Returns their tracking numbers.
    func flood(
        _ count: Int, over kelurahan: [String] = floodKelurahan, authors: Int? = nil, minutes: Int = 30,
        firstAuthor: Int = 0, tag: String = "flood", category: String = "banjir"
    ) async throws -> [String] {
        let labels = Dictionary(
            try ReferencePoints.kelurahan().map { ($0.code, $0.label) }, uniquingKeysWith: { a, _ in a })
        let key = try await partnerKey("partner-\(tag)")
        var numbers: [String] = []
        for index in 0..<count {
            let code = kelurahan[index % kelurahan.count]
            guard let label = labels[code] else { throw HubTestError.unexpected("no label point for \(code)") }
            let nudge = Double(index / kelurahan.count % 10) * 0.0002
            let author = "+62813" + String(format: "%07ld", firstAuthor + index % (authors ?? count))
            let answer = try await submit(
                message(
                    "\(tag)-\(index)",
                    [
                        "author": author, "category": category, "lat": label.latitude + nudge,
                        "lon": label.longitude - nudge,
                        "text": "Banjir setinggi lutut di jalan kami, air meluap (\(index))",
                    ]), key: key)
            numbers.append(answer.tracking_number)
        }
        try await database.query(
            """
            UPDATE reports SET created_at = now() - make_interval(secs => (id % \(count)) * \(Double(minutes * 60) / Double(count)))
            WHERE tracking_number = ANY(\(numbers)::text[])
            """)
        return numbers
    }

    /// Active contacts for a unit, on SMS.
    func addContacts(_ unit: String, _ numbers: [String]) async throws {
        for number in numbers {
            _ = try await UnitContactStore(database).add(
                unit: unit, role: "pejabat", name: nil, channel: .sms, address: number)
        }
    }

    func deliveries(template: String) async throws -> Int {
        try await count("SELECT count(*) FROM deliveries WHERE payload->>'template' = '\(template)'")
    }
}
