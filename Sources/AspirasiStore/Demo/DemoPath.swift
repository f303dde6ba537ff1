import AspirasiCore

/// One life a synthetic report may live: its intake, then officers' actions
/// (and perhaps a citizen's dispute) in order. A report takes the steps whose
/// time has come by now, so a young report is still early on its path. Each
/// step's effects (status, who handles it, what the citizen is told, whether
/// it answers the response deadline) come from the workflow's own rules
/// (`OfficerAction`), so the rows match what the API would have written.
struct DemoPath: Sendable {
    /// Who acts: the units are the report's own (its kelurahan, the agency of its category there, the province).
    enum Actor: String, Sendable {
        case citizen
        case kelurahanPetugas = "kel_petugas"
        case kelurahanKoordinator = "kel_koordinator"
        case agencyPetugas = "agency_petugas"
        case provinceKoordinator = "province_koordinator"

        var role: Role? {
            switch self {
            case .citizen: nil
            case .kelurahanPetugas, .agencyPetugas: .petugas
            case .kelurahanKoordinator, .provinceKoordinator: .koordinator
            }
        }
    }

    /// Which unit owns the report, and which handles it.
    enum Owner: String, Sendable {
        case kelurahan = "kel"
        case province
        case none
    }
    enum Handler: String, Sendable {
        case owner
        case agency
        case none
    }

    /// How long a step takes: a share of the category's response or completion target.
    enum Pace: String, Sendable {
        case response = "r"
        case completion = "c"
    }

    enum Step: Sendable {
        /// The intake: the first status, and who owns and handles the report.
        case intake(ReportStatus, outcome: IntakeResult.Outcome, reason: RejectReason?, owner: Owner, handler: Handler)
        case act(OfficerAction, by: Actor, pace: Pace, share: Double, note: String? = nil, reason: RejectReason? = nil)
        /// The reporter disputes a finished report, which reopens it (the intake's dispute detection).
        case dispute(share: Double)
    }

    let name: String
    let steps: [Step]
}

extension DemoPath {
    /// Every path, by index; `DemoPath.classes` says which kinds of report take which.
    static let all: [DemoPath] = [
        DemoPath(name: "kelurahan", steps: [opened, start, complete(.kelurahanPetugas)]),
        DemoPath(
            name: "disposisi",
            steps: [
                opened, dispose(0.4), .act(.accept, by: .agencyPetugas, pace: .response, share: 0.4),
                complete(.agencyPetugas),
            ]),
        DemoPath(
            name: "disposisi-dengan-balasan",
            steps: [
                opened, .act(.reply, by: .kelurahanKoordinator, pace: .response, share: 0.2, note: "reply"),
                dispose(0.3), .act(.accept, by: .agencyPetugas, pace: .response, share: 0.3),
                .act(.note, by: .agencyPetugas, pace: .completion, share: 0.1, note: "internal"),
                complete(.agencyPetugas),
            ]),
        DemoPath(
            name: "koordinasi",
            steps: [
                opened, .act(.coordinate, by: .kelurahanKoordinator, pace: .response, share: 0.4, note: "coordinate"),
                dispose(0.1, pace: .completion), .act(.accept, by: .agencyPetugas, pace: .response, share: 0.3),
                complete(.agencyPetugas),
            ]),
        DemoPath(
            name: "dikembalikan",
            steps: [
                opened, dispose(0.4),
                .act(.returnDisposition, by: .agencyPetugas, pace: .response, share: 0.4, note: "return"),
                dispose(0.5), .act(.accept, by: .agencyPetugas, pace: .response, share: 0.3), complete(.agencyPetugas),
            ]),
        DemoPath(name: "ditolak", steps: [opened, reject(.tidakValid, by: .kelurahanKoordinator)]),
        DemoPath(
            name: "dibuka-kembali",
            steps: [
                opened, start, complete(.kelurahanPetugas), .dispute(share: 0.2),
                .act(.start, by: .kelurahanPetugas, pace: .response, share: 0.4), complete(.kelurahanPetugas),
            ]),
        DemoPath(
            name: "langsung-ke-skpd",
            steps: [
                .intake(.disposisi, outcome: .created, reason: nil, owner: .kelurahan, handler: .agency),
                .act(.accept, by: .agencyPetugas, pace: .response, share: 0.5), complete(.agencyPetugas, share: 0.3),
            ]),
        DemoPath(
            name: "pilah-dipindahkan",
            steps: [
                .intake(.menunggu, outcome: .created, reason: nil, owner: .province, handler: .owner),
                .act(.reassign, by: .provinceKoordinator, pace: .response, share: 0.3), start,
                complete(.kelurahanPetugas),
            ]),
        DemoPath(
            name: "pilah-ditolak",
            steps: [
                .intake(.menunggu, outcome: .created, reason: nil, owner: .province, handler: .owner),
                reject(.tidakValid, by: .provinceKoordinator),
            ]),
        DemoPath(
            name: "luar-wilayah",
            steps: [.intake(.ditolak, outcome: .outsideArea, reason: .luarWilayah, owner: .none, handler: .none)]),
        DemoPath(
            name: "duplikat",
            steps: [.intake(.ditolak, outcome: .duplicate, reason: .duplikat, owner: .kelurahan, handler: .owner)]),
        DemoPath(
            name: "mulai-lalu-disposisi",
            steps: [
                opened, start, dispose(0.2, pace: .completion),
                .act(.accept, by: .agencyPetugas, pace: .response, share: 0.3), complete(.agencyPetugas),
            ]),
        DemoPath(
            name: "dikembalikan-lalu-ditolak",
            steps: [
                opened, dispose(0.4),
                .act(.returnDisposition, by: .agencyPetugas, pace: .response, share: 0.4, note: "return"),
                reject(.bukanWewenang, by: .kelurahanKoordinator),
            ]),
    ]

    /// The duplicate path: a report the intake linked to an open one nearby.
    static let duplicate = all.firstIndex { $0.name == "duplikat" } ?? 0

    /// Which paths each kind of report takes, with weights: located reports of a category
    /// an agency handles, reports of `lainnya` (the kelurahan's, flagged for triage), categories
    /// handed straight to an agency, reports nobody could place, and points outside Jakarta.
    static let classes: [String: [(path: String, weight: Double)]] = [
        "normal": [
            ("kelurahan", 22), ("disposisi", 28), ("disposisi-dengan-balasan", 10), ("koordinasi", 8),
            ("dikembalikan", 5), ("ditolak", 5), ("dibuka-kembali", 4), ("mulai-lalu-disposisi", 10),
            ("dikembalikan-lalu-ditolak", 3),
        ],
        "lainnya": [("kelurahan", 70), ("ditolak", 30)],
        "direct": [("langsung-ke-skpd", 1)],
        "triage": [("pilah-dipindahkan", 80), ("pilah-ditolak", 20)],
        "outside": [("luar-wilayah", 1)],
    ]

    private static let opened = Step.intake(
        .menunggu, outcome: .created, reason: nil, owner: .kelurahan, handler: .owner)
    private static let start = Step.act(.start, by: .kelurahanPetugas, pace: .response, share: 0.5)

    private static func dispose(_ share: Double, pace: Pace = .response) -> Step {
        .act(.dispose, by: .kelurahanKoordinator, pace: pace, share: share)
    }

    private static func complete(_ actor: Actor, share: Double = 0.4) -> Step {
        .act(.complete, by: actor, pace: .completion, share: share, note: "done")
    }

    private static func reject(_ reason: RejectReason, by actor: Actor) -> Step {
        .act(.reject, by: actor, pace: .response, share: 0.5, note: "reject", reason: reason)
    }
}
