extension Migration {
    /// Where a report went when it was not ours to handle: SP4N-LAPOR! and LAPOR!'s tracking id, for a
    /// report located outside the province (issue 14).
    static let m0024ForwardedReports = Migration(
        "0024_forwarded_reports",
        [
            """
            ALTER TABLE reports
                ADD COLUMN forwarded_to text,
                ADD COLUMN forwarded_id text,
                ADD COLUMN forwarded_at timestamptz
            """
        ])
}
