import AspirasiCore
import PostgresNIO

/// The conditions of an officer's queue (their units and the filters asked for), written with only the
/// conditions that apply, so that the planner sees exactly the question and picks the index that answers
/// it (migration 0025). Values are bound, never spliced into the text.
struct QueueConditions {
    private var conditions: [String] = []
    /// The search box's words, one `ILIKE` each, kept apart: a page may look for them in a window first.
    private var words: [String] = []
    private(set) var binds = PostgresBindings()

    /// `statuses: false` leaves the status filter out (counts per status add their own). Numbers are
    /// clamped as the API checks them, so that no caller can overflow PostgreSQL's interval.
    init(everything: Bool, units: [String], filter: QueueFilter, statuses: Bool = true) {
        if !everything {
            let scope = bind(units)
            conditions.append("(owner_unit = ANY(\(scope)::text[]) OR handler_unit = ANY(\(scope)::text[]))")
        }
        // One status is an equality, which the status index can return in queue order; a list is not.
        if statuses, let only = filter.statuses.first, filter.statuses.count == 1 {
            conditions.append("status = \(bind(only.rawValue))")
        } else if statuses, !filter.statuses.isEmpty {
            conditions.append("status = ANY(\(bind(filter.statuses.map(\.rawValue)))::text[])")
        }
        if let category = filter.category { conditions.append("category_code = \(bind(category))") }
        if let kelurahan = filter.kelurahan { conditions.append("kelurahan_code = \(bind(kelurahan))") }
        if let channel = filter.channel { conditions.append("channel = \(bind(channel))") }
        if let hours = filter.olderThanHours.map({ min(max($0, 0), QueueFilter.maximumOlderThanHours) }) {
            conditions.append("created_at <= now() - make_interval(hours => \(bind(hours))::int)")
        }
        if let late = filter.overdue {
            conditions.append(late ? Self.overdue : "NOT \(ServiceLevelSQL.overdue)")
        }
        if filter.outsideOpenIncidents {
            conditions.append(
                "(incident_id IS NULL OR NOT EXISTS (SELECT 1 FROM incidents i WHERE i.id = incident_id AND i.closed_at IS NULL))"
            )
        }
        let search = QuerySearch(filter.search)
        if let number = search.number {
            conditions.append("tracking_number = \(bind(number))")
        }
        // One ILIKE per word (not ILIKE ALL of an array): each is a condition the trigram index answers.
        for pattern in search.patterns {
            words.append("description ILIKE \(bind(pattern))")
        }
    }

    /// `ServiceLevelSQL.overdue` is true, written for the indexes: the open statuses named (a range of the
    /// status indexes each) and the closed ones excluded (the partial indexes on open reports' deadlines).
    static let overdue = """
        (status IN (\(ReportStatus.allCases.filter(\.isOpen).map { "'\($0.rawValue)'" }.joined(separator: ", "))) \
        AND status NOT IN ('selesai', 'ditolak') \
        AND ((responded_at IS NULL AND response_due_at <= now()) OR completion_due_at <= now()))
        """

    var whereClause: String { Self.all(conditions + words) }
    /// Every condition but the search box's words.
    var whereClauseWithoutWords: String { Self.all(conditions) }
    /// The search box's words, or nil without any.
    var wordsClause: String? { words.isEmpty ? nil : Self.all(words) }

    private static func all(_ conditions: [String]) -> String {
        conditions.isEmpty ? "true" : conditions.joined(separator: " AND ")
    }

    /// A placeholder for `value`, bound after the ones before it.
    mutating func bind(_ value: some PostgresDynamicTypeEncodable) -> String {
        binds.append(value)
        return "$\(binds.count)"
    }

    /// The statement `sql` makes of the conditions, with their values bound.
    func statement(_ sql: String) -> PostgresQuery {
        PostgresQuery(unsafeSQL: sql, binds: binds)
    }
}
