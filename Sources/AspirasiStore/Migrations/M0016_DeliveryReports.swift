extension Migration {
    /// What the provider later said about a sent delivery (an SMSC's delivery
    /// report: accepted, delivered, undelivered, rejected) and when.
    static let m0016DeliveryReports = Migration(
        "0016_delivery_reports",
        [
            """
            ALTER TABLE deliveries
                ADD COLUMN provider_status text,
                ADD COLUMN provider_status_at timestamptz
            """
        ])
}
