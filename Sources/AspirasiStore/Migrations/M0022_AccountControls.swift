extension Migration {
    /// Admins disable accounts (when and by whom is kept, instead of a bare flag), and failed sign-ins
    /// are counted in PostgreSQL so that every hub behind a load balancer throttles the same attacker.
    static let m0022AccountControls = Migration(
        "0022_account_controls",
        [
            """
            ALTER TABLE officers
                ADD COLUMN disabled_at timestamptz,
                -- The admin who disabled the account; null when it was done from the command line.
                ADD COLUMN disabled_by bigint REFERENCES officers (id)
            """,
            "UPDATE officers SET disabled_at = created_at WHERE NOT active",
            "ALTER TABLE officers DROP COLUMN active",
            """
            CREATE TABLE login_attempts (
                -- Each username and each client address is throttled on its own.
                kind text NOT NULL CHECK (kind IN ('username', 'address')),
                key text NOT NULL,
                -- Attempts in the window that have not (yet) succeeded.
                failures integer NOT NULL,
                window_started_at timestamptz NOT NULL,
                locked_until timestamptz,
                PRIMARY KEY (kind, key)
            )
            """,
            // Old rows are pruned by their window.
            "CREATE INDEX login_attempts_window_idx ON login_attempts (window_started_at)",
        ])
}
