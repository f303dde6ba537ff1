extension Migration {
    /// Reports their citizen asked to keep unpublished (LAPOR!'s `rahasia`): officers work them as
    /// usual; the public outputs (Open311 lists, lookups and updates) leave them out.
    static let m0019ConfidentialReports = Migration(
        "0019_confidential_reports",
        ["ALTER TABLE reports ADD COLUMN confidential boolean NOT NULL DEFAULT false"])
}
