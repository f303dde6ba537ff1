import AspirasiCore

extension DemoPath {
    /// One step as the generator's SQL reads it: what the step does to the report and who hears of it.
    struct Row: Sendable, Equatable {
        var path = 0
        var step = 0
        var kind = ""
        /// The status the step moves to; nil when the status stays (its event's `status_after`).
        var statusAfter: String?
        var statusBefore: String?
        var statusNow = ""
        var actor = Actor.citizen
        var action: OfficerAction?
        var pace = Pace.response
        var share = 0.0
        var isPublic = true
        var countsAsResponse = false
        var bumpsVersion = false
        var owner = Owner.kelurahan
        var handler = Handler.owner
        /// Triage is settled: a disposisi or a move to a kelurahan clears `needs_triage`.
        var triageCleared = false
        var note: String?
        var reason: String?
        var startsCycle = false
        /// The citizens following the report are told (a public step that moves the status, or a reply).
        var tellsCitizens = false
        var template: String?
        var noteIsPublic = false
        var outcome: String?
        var needsPhoto = false
    }

    /// The path's steps with their effects worked out from the workflow's rules.
    func rows(index: Int) -> [Row] {
        var rows: [Row] = []
        var status = ReportStatus.menunggu
        var owner = Owner.kelurahan
        var handler = Handler.owner
        var cleared = false
        for (number, step) in steps.enumerated() {
            var row = Row(path: index, step: number)
            switch step {
            case let .intake(first, outcome, reason, startOwner, startHandler):
                (status, owner, handler) = (first, startOwner, startHandler)
                row.kind = "created"
                row.statusAfter = first.rawValue
                row.outcome = outcome.rawValue
                row.reason = reason?.rawValue
            case let .act(action, actor, pace, share, note, reason):
                var next = action.statusAfter ?? status
                switch action {
                case .coordinate, .returnDisposition, .reopen: handler = .owner
                case .dispose: handler = .agency
                case .reassign: (owner, handler, next) = (.kelurahan, .owner, .menunggu)
                default: break
                }
                cleared = cleared || action == .dispose || action == .reassign
                let moved = next != status
                row.kind = action.eventKind
                row.statusBefore = status.rawValue
                row.statusAfter = moved ? next.rawValue : nil
                row.actor = actor
                row.action = action
                (row.pace, row.share, row.note, row.reason) = (pace, share, note, reason?.rawValue)
                row.isPublic = action.isPublic
                row.countsAsResponse = action.countsAsResponse
                row.bumpsVersion = true
                row.tellsCitizens = action.isPublic && (moved || action == .reply)
                row.template = action == .reply ? "reply" : "status_\(next.rawValue)"
                row.noteIsPublic = [.reply, .complete, .reject].contains(action)
                row.needsPhoto = action == .complete
                row.startsCycle = action == .reopen
                status = next
            case let .dispute(share):
                row.kind = "reopened"
                row.statusBefore = status.rawValue
                row.statusAfter = ReportStatus.menunggu.rawValue
                (row.pace, row.share, row.note) = (.completion, share, "dispute")
                row.bumpsVersion = true
                row.startsCycle = true
                row.outcome = IntakeResult.Outcome.reopened.rawValue
                (status, handler) = (.menunggu, .owner)
            }
            row.statusNow = status.rawValue
            (row.owner, row.handler, row.triageCleared) = (owner, handler, cleared)
            rows.append(row)
        }
        return rows
    }
}
