import AspirasiCore
import Logging
import PostgresNIO

/// Finds surges and keeps incidents current, in one transaction per round: later reports of an open
/// incident's category and area join it, surges open new incidents (their reports attached and the
/// kota's and the agency's contacts told, once), and incidents whose reports are all done close.
/// A round holds a transaction-scoped advisory lock, so with any number of hubs one detects at a time
/// and the others skip; the unique index on open incidents is the backstop.
public struct IncidentDetector: Sendable {
    let client: PostgresClient
    let catalog: @Sendable () async throws -> IntakeCatalog

    public init(client: PostgresClient, catalog: @escaping @Sendable () async throws -> IntakeCatalog) {
        self.client = client
        self.catalog = catalog
    }

    /// What one round did; `skipped` when another hub held the lock.
    public struct Round: Sendable, Equatable {
        public var skipped = false
        public var opened: [Int] = []
        public var joined = 0
        public var closed = 0
        public var notified = 0
    }

    /// Key of the advisory lock the rounds share (any constant no other lock in the hub uses).
    static let lockKey: Int64 = 0x4153_5049_494E_4331
    /// The reports a surge counts: open ones, and the ones the intake closed as duplicates of an open one
    /// (in a flood most are: each is one more person telling of it, and follows its original).
    static let counted = "(r.status NOT IN ('selesai', 'ditolak') OR r.reject_reason = 'duplikat')"
    /// A round opens at most this many incidents; more wait for the next round.
    static let maximumOpenedPerRound = 20

    public func round(logger: Logger = .silent) async throws -> Round {
        let catalog = try await catalog()
        let rules = try await IncidentRules(client).all(catalog, logger: logger).filter(\.value.enabled)
        do {
            return try await client.transaction(logger: logger) { db in
                let locked = try await db.first(
                    "SELECT pg_try_advisory_xact_lock(\(Self.lockKey))", as: Bool.self, logger: logger)
                guard let locked, locked else { return Round(skipped: true) }
                var round = Round()
                round.joined = try await join(db, logger)
                for _ in 0..<Self.maximumOpenedPerRound {
                    guard let surge = try await busiestSurge(rules, db, logger) else { break }
                    guard let opened = try await open(surge, rules: rules, catalog: catalog, db, logger) else { break }
                    round.opened.append(opened.id)
                    round.notified += opened.notified
                }
                round.closed = try await Self.closeFinished(db, logger)
                return round
            }
        } catch let error as PostgresTransactionError {
            throw IntakeQueue.unwrap(error)
        }
    }

    /// Open reports not yet in an incident that belong to an open one: same category, created since the
    /// incident's window before it opened, in a kelurahan within its radius.
    func join(_ db: PostgresConnection, _ logger: Logger) async throws -> Int {
        try await db.first(
            """
            WITH near AS MATERIALIZED (
                -- Each open incident's kelurahan, worked out once a round (a distance per kelurahan and
                -- incident), so that waiting reports are matched by code: a distance per report and
                -- incident made a flood's round slower with every incident it opened.
                SELECT i.id, i.category_code, i.opened_at - make_interval(mins => i.window_minutes) AS since,
                       a.unit_code
                FROM incidents i
                JOIN kelurahan_areas a ON ST_DWithin(a.label_point::geography, i.center::geography, i.radius_m)
                WHERE i.closed_at IS NULL
            ), joined AS (
                UPDATE reports r SET incident_id = near.id
                FROM near
                WHERE r.incident_id IS NULL AND r.category_code = near.category_code
                  AND r.kelurahan_code = near.unit_code AND r.created_at >= near.since
                  AND \(unescaped: Self.counted)
                RETURNING r.id
            )
            SELECT count(*) FROM joined
            """, as: Int.self, logger: logger) ?? 0
    }

    struct Surge {
        let category: String
        let seed: String
        let count: Int
        let members: [String]
        let expected: Double
    }

    /// The largest cluster that is a surge under its category's rule: for every kelurahan with recent
    /// open reports of a category not in an incident, those of the kelurahan within the radius of its
    /// label point, counted, and compared with what the same kelurahan received of the category over
    /// the baseline days before the window, scaled to the window.
    func busiestSurge(_ rules: [String: IncidentRule], _ db: PostgresConnection, _ logger: Logger) async throws
        -> Surge?
    {
        let codes = rules.keys.sorted()
        guard !codes.isEmpty else { return nil }
        let minutes = codes.map { rules[$0]?.windowMinutes ?? 60 }
        let radii = codes.map { rules[$0]?.radiusMeters ?? 2_000 }
        let minimums = codes.map { rules[$0]?.minReports ?? 2 }
        let baselineMinutes = IncidentRule.baselineDays * 1_440
        let rows = try await db.query(
            """
            WITH rules AS (
                SELECT * FROM unnest(\(codes)::text[], \(minutes)::int4[], \(radii)::int4[], \(minimums)::int4[])
                    AS r(category, window_minutes, radius_m, min_reports)
            ), recent AS (
                SELECT r.category_code AS category, r.kelurahan_code AS kelurahan, count(*) AS n
                FROM reports r JOIN rules ON rules.category = r.category_code
                WHERE r.created_at > now() - make_interval(mins => rules.window_minutes)
                  AND r.incident_id IS NULL AND r.kelurahan_code IS NOT NULL AND \(unescaped: Self.counted)
                GROUP BY 1, 2
            ), clusters AS (
                SELECT s.category, s.kelurahan AS seed, sum(m.n)::int8 AS n,
                       array_agg(m.kelurahan ORDER BY m.kelurahan) AS members
                FROM recent s JOIN rules ON rules.category = s.category
                JOIN kelurahan_areas a ON a.unit_code = s.kelurahan
                JOIN recent m ON m.category = s.category
                JOIN kelurahan_areas b ON b.unit_code = m.kelurahan
                WHERE ST_DWithin(a.label_point::geography, b.label_point::geography, rules.radius_m)
                GROUP BY s.category, s.kelurahan
            )
            SELECT c.category, c.seed, c.n, c.members,
                   (SELECT count(*) FROM reports u
                    WHERE u.category_code = c.category AND u.kelurahan_code = ANY(c.members)
                      AND u.created_at > now() - make_interval(mins => \(baselineMinutes)::int4)
                      AND u.created_at <= now() - make_interval(mins => rules.window_minutes)
                   )::float8 * rules.window_minutes / (\(baselineMinutes) - rules.window_minutes)
            FROM clusters c JOIN rules ON rules.category = c.category
            WHERE c.n >= rules.min_reports
            ORDER BY c.n DESC, c.category, c.seed
            """, logger: logger)
        for try await row in rows.decode((String, String, Int, [String], Double).self) {
            let surge = Surge(category: row.0, seed: row.1, count: row.2, members: row.3, expected: row.4)
            if rules[surge.category]?.isSurge(count: surge.count, expected: surge.expected) == true { return surge }
        }
        return nil
    }

    /// Opens the incident of `surge`, attaches its reports and tells the kota's and the agency's contacts;
    /// nil when an open incident already holds that category and seed.
    func open(
        _ surge: Surge, rules: [String: IncidentRule], catalog: IntakeCatalog, _ db: PostgresConnection,
        _ logger: Logger
    ) async throws -> (id: Int, notified: Int)? {
        guard let rule = rules[surge.category] else { return nil }
        let kota = RegionCode(surge.seed)?.ancestor(at: .kota)?.rawValue
        let agency = catalog.agency(for: surge.category, in: surge.seed)
        let row = try await db.first(
            """
            WITH opened AS (
                INSERT INTO incidents (category_code, seed_kelurahan, kota_code, agency_code, center, radius_m,
                                       window_minutes, opening_count, expected)
                SELECT \(surge.category), \(surge.seed), \(kota)::text, \(agency)::text, a.label_point,
                       \(rule.radiusMeters), \(rule.windowMinutes), \(surge.count), \(surge.expected)
                FROM kelurahan_areas a WHERE a.unit_code = \(surge.seed)
                ON CONFLICT (category_code, seed_kelurahan) WHERE closed_at IS NULL DO NOTHING
                RETURNING id
            ), attached AS (
                UPDATE reports r SET incident_id = opened.id FROM opened
                WHERE r.incident_id IS NULL AND r.category_code = \(surge.category)
                  AND r.kelurahan_code = ANY(\(surge.members)::text[]) AND \(unescaped: Self.counted)
                  AND r.created_at > now() - make_interval(mins => \(rule.windowMinutes)::int4)
                RETURNING r.id
            )
            SELECT opened.id, (SELECT count(*) FROM attached) FROM opened
            """, as: (Int, Int).self, logger: logger)
        guard let row else { return nil }
        let (id, attached) = row
        let payload = [
            "incident": String(id), "category": catalog.categories[surge.category]?.name ?? surge.category,
            "count": String(attached), "window": String(rule.windowMinutes),
            "area": catalog.units[surge.seed]?.name ?? surge.seed,
        ]
        let notified = try await IncidentNotices.enqueue(
            .incidentOpened, to: [kota, agency].compactMap { $0 }, payload: payload, key: "\(id):opened", db,
            logger)
        logger.notice(
            "incident opened",
            metadata: ["incident": "\(id)", "category": "\(surge.category)", "reports": "\(attached)"])
        return (id, notified)
    }

    /// Closes the open incidents none of whose reports is still open; returns how many closed.
    static func closeFinished(_ db: some DatabaseQuerying, incident: Int? = nil, _ logger: Logger) async throws -> Int {
        try await db.first(
            """
            WITH closed AS (
                UPDATE incidents i SET closed_at = now()
                WHERE i.closed_at IS NULL AND (\(incident)::int8 IS NULL OR i.id = \(incident)::int8)
                  AND NOT EXISTS (SELECT 1 FROM reports r
                                  WHERE r.incident_id = i.id AND r.status NOT IN ('selesai', 'ditolak'))
                RETURNING i.id
            )
            SELECT count(*) FROM closed
            """, as: Int.self, logger: logger) ?? 0
    }
}
