/// A named schema change. Migrations are applied in the order of `Schema.migrations`,
/// each in its own transaction, and recorded in `schema_migrations`.
/// Never edit one that has shipped: add a new one.
public struct Migration: Sendable {
    public let name: String
    public let statements: [String]

    public init(_ name: String, _ statements: [String]) {
        self.name = name
        self.statements = statements
    }
}

/// Every migration, oldest first.
public enum Schema {
    public static let migrations: [Migration] = [
        .m0001Extensions,
        .m0002Units,
        .m0003Categories,
        .m0004Contacts,
        .m0005Reports,
        .m0006InboundMessages,
        .m0007Deliveries,
        .m0008APIKeys,
        .m0009ReportPhotos,
        .m0010Officers,
        .m0011PhotoBytes,
        .m0012OutboxLeases,
        .m0013ServiceLevels,
        .m0014PhotoFetching,
        .m0015ChannelCursors,
        .m0016DeliveryReports,
        .m0017PollerHealth,
        .m0018PollerLag,
        .m0019ConfidentialReports,
        .m0020RedactRawPayloads,
        .m0021CitizenData,
        .m0022AccountControls,
        .m0023PublicPosts,
        .m0024ForwardedReports,
        .m0025QueueAtScale,
        .m0026OAuthTokens,
        .m0028ContactKeys,
        .m0029Evaluations,
        .m0030EvaluationDigests,
        .m0031Operations,
        .m0032ClassifierModels,
        .m0034ReferenceVersion,
        .m0035DeliveryKeys,
        .m0036PublicFinishedIndex,
        .m0038Incidents,
        .m0039IncidentActions,
        .m0040PublicMapIndexes,
        .m0041DeliveriesDuePerChannel,
        .m0047UnsendableAppDeliveries,
        .m0048MonthPartitions,
    ]

    /// Migrations that add reference data to existing tables (the categories'
    /// service-level targets, the holiday calendar): a database that applies
    /// one is re-imported, which never undoes an operator's tuning.
    public static let reimportAfter: Set<String> = ["0013_service_levels"]
}
