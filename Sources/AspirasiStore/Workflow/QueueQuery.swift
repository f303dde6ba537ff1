import AspirasiCore
import PostgresNIO

/// The conditions of an officer's queue (their units and the filters asked for), written with only the
/// conditions that apply, so that the planner sees exactly the question and picks the index that answers
/// it (migration 0025). Values are bound, never spliced into the text.
struct QueueQuery {
    private var conditions: [String] = []
    private(set) var binds = PostgresBindings()

    /// `statuses: false` leaves the status filter out (counts per status add their own).
    init(everything: Bool, units: [String], filter: QueueFilter, statuses: Bool = true, overdue: Bool = true) {
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
        if let hours = filter.olderThanHours {
            conditions.append("created_at <= now() - make_interval(hours => \(bind(hours))::int)")
        }
        if overdue, let late = filter.overdue {
            conditions.append(late ? Self.overdue : "NOT \(ServiceLevelSQL.overdue)")
        }
        if let search = filter.search {
            if let number = TrackingNumber(search) {
                conditions.append("tracking_number = \(bind(number.rawValue))")
            } else {
                conditions.append("to_tsvector('simple', description) @@ plainto_tsquery('simple', \(bind(search)))")
            }
        }
    }

    /// `ServiceLevelSQL.overdue` is true, written for the indexes: the open statuses named (a range of the
    /// status indexes each) and the closed ones excluded (the partial indexes on open reports' deadlines).
    static let overdue = """
        (status IN (\(ReportStatus.allCases.filter(\.isOpen).map { "'\($0.rawValue)'" }.joined(separator: ", "))) \
        AND status NOT IN ('selesai', 'ditolak') \
        AND ((responded_at IS NULL AND response_due_at <= now()) OR completion_due_at <= now()))
        """

    var whereClause: String { conditions.isEmpty ? "true" : conditions.joined(separator: " AND ") }

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
