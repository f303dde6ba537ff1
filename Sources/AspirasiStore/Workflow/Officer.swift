import AspirasiCore

/// A signed-in officer, as every workflow call sees them.
public struct Officer: Sendable, Equatable {
    public let id: Int
    public let username: String
    public let displayName: String
    public let unitCode: String
    public let role: Role

    public init(id: Int, username: String, displayName: String, unitCode: String, role: Role) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.unitCode = unitCode
        self.role = role
    }
}

/// What the workflow layer refuses, each mapped to one HTTP status by the server.
public enum WorkflowError: Error, Sendable, Equatable {
    /// Bad credentials or token (401).
    case unauthenticated
    /// The role may not do this, or the report is outside the officer's units (403).
    case forbidden(String)
    /// No such report, or one the officer may not even see (404).
    case notFound(String)
    /// The report's status does not allow the move (409), with the actions that are allowed.
    case conflict(current: ReportStatus, allowed: [OfficerAction])
    /// A field is missing or wrong (400).
    case invalid(field: String, message: String)
}
