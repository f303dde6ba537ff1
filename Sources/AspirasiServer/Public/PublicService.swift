import AspirasiCore
import AspirasiStore
import AspirasiWeb
import Foundation
import Hummingbird
import Logging
import NIOCore

/// What the public routes answer, each rendered once per cache period: the summary page and the
/// statistics from the stored evaluations (never a scan of the reports), a tracking number's page
/// after its check digit passed, and follow-up photos.
struct PublicService: Sendable {
    let evaluations: EvaluationService
    let store: PublicPageStore
    let catalog: @Sendable () async throws -> IntakeCatalog
    /// Looks a report up; the database's by default, a counter in tests.
    let lookup: @Sendable (TrackingNumber, Logger) async throws -> PublicPageStore.Tracked?
    let answers: TTLCache<PublicAnswer>
    let photos: TTLCache<PublicAnswer?>
    let outlines: TTLCache<[(code: String, shape: GeoShape)]>
    /// Reports listed under "Baru diselesaikan".
    static let finishedShown = 8

    init(
        evaluations: EvaluationService, store: PublicPageStore,
        catalog: @escaping @Sendable () async throws -> IntakeCatalog, settings: PublicPageSettings,
        lookup: (@Sendable (TrackingNumber, Logger) async throws -> PublicPageStore.Tracked?)? = nil
    ) {
        self.evaluations = evaluations
        self.store = store
        self.catalog = catalog
        self.lookup = lookup ?? { number, logger in try await store.tracked(number, logger: logger) }
        answers = TTLCache(ttl: settings.cacheSeconds, capacity: 4096)
        photos = TTLCache(ttl: settings.cacheSeconds, capacity: 64)
        outlines = TTLCache(ttl: max(settings.cacheSeconds, 300), capacity: 1)
    }

    init(_ dependencies: HubDependencies) {
        let intake = dependencies.intake
        // Whatever the stored evaluation holds, however old: the `EvaluationWorker` refreshes the current
        // month every minute, and no citizen's request may start a scan of the month's reports. Read like
        // the evaluation API's, through the standby when one is configured.
        let stored = EvaluationService(
            store: EvaluationStore(dependencies.client, reads: dependencies.readDatabase),
            catalog: { try await intake.catalog() }, maxAge: .infinity)
        self.init(
            evaluations: stored, store: PublicPageStore(dependencies.client),
            catalog: { try await intake.catalog() }, settings: dependencies.publicPages)
    }

    /// The province's figures for this month and the one before, and the map's counts kept with this
    /// month's, from the stored evaluations (computed and stored only when a month has no row yet).
    func stats(now: Date = Date(), logger: Logger) async throws -> PublicStats {
        let province = try await catalog().provinceCode
        let month = EvaluationMonth(containing: now.timeIntervalSince1970)
        let facts = try await evaluations.facts(month, now: now, logger: logger)
        let current = try await evaluations.evaluation(of: facts, area: province)
        let previous = try await evaluations.evaluation(month.previous, area: province, now: now, logger: logger)
        return PublicStats(current: current, previous: previous, map: facts.map)
    }

    func statsDocument(logger: Logger) async throws -> PublicAnswer {
        try await answers.value("stats") {
            let data = try HubJSON.encoder.encode(try await stats(logger: logger))
            return PublicAnswer(contentType: "application/json; charset=utf-8", body: ByteBuffer(bytes: data))
        }
    }

    func summaryPage(logger: Logger) async throws -> PublicAnswer {
        try await answers.value("publik") {
            let stats = try await stats(logger: logger)
            let counts = Dictionary(stats.kelurahan.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
            let catalog = try await catalog()
            let shapes = try await outlines.value("all") {
                try await store.kelurahanOutlines(logger: logger).compactMap { outline in
                    GeoShape(geoJSON: outline.geoJSON).map { (outline.code, $0) }
                }
            }
            // Kepulauan Seribu lies far out at sea: the city's map draws the mainland (as the console's).
            let areas = shapes.filter { !$0.code.hasPrefix(ConsoleMapRoutes.islands) }.map { code, shape in
                PublicMap.Area(
                    name: catalog.units[code]?.name ?? code, shape: shape, open: counts[code]?.open ?? 0,
                    finished: counts[code]?.finished ?? 0)
            }
            let finished = try await store.recentlyFinished(limit: Self.finishedShown, logger: logger).map {
                PublicScreen.Finished(
                    trackingNumber: $0.trackingNumber, categoryName: $0.categoryName, kelurahanName: $0.kelurahanName,
                    createdAt: $0.createdAt, closedAt: $0.closedAt, photoPath: $0.photoKey.map(Self.photoPath))
            }
            let page = PublicScreen(stats: stats, areas: areas, finished: finished).render()
            return PublicAnswer(contentType: "text/html; charset=utf-8", body: ByteBuffer(string: page.rendered))
        }
    }

    /// The tracking page for what the citizen typed: the check digit is tested first, so a typo never
    /// reaches the database; a valid number's page is cached like the others.
    func trackingPage(_ typed: String?, logger: Logger) async throws -> PublicAnswer {
        let text = (typed ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return Self.page(TrackingScreen(.form)) }
        guard text.count <= 20, let number = TrackingNumber(text) else {
            return Self.page(TrackingScreen(.invalid(String(text.prefix(20)))), status: .badRequest)
        }
        return try await answers.value("lacak:\(number.rawValue)") {
            guard let report = try await lookup(number, logger) else {
                return Self.page(TrackingScreen(.notFound(number.rawValue)), status: .notFound)
            }
            return Self.page(
                TrackingScreen(
                    .found(
                        .init(
                            trackingNumber: report.trackingNumber, status: report.status,
                            rejectReason: report.rejectReason?.rawValue, categoryName: report.categoryName,
                            kelurahanName: report.kelurahanName, createdAt: report.createdAt,
                            timeline: report.timeline.map { .init(at: $0.at, status: $0.status, note: $0.note) },
                            photoPath: report.photoKey.map(Self.photoPath)))))
        }
    }

    func photo(key: String, logger: Logger) async throws -> PublicAnswer? {
        try await photos.value(key) {
            try await store.followUpPhoto(key: key, logger: logger).map {
                PublicAnswer(contentType: $0.contentType, body: $0.bytes, tag: $0.digest)
            }
        }
    }

    static func photoPath(_ key: String) -> String { "/publik/foto/\(key)" }

    static func page(_ screen: TrackingScreen, status: HTTPResponse.Status = .ok) -> PublicAnswer {
        PublicAnswer(
            status: status, contentType: "text/html; charset=utf-8", body: ByteBuffer(string: screen.render().rendered))
    }
}
