import Logging
import PostgresNIO

extension ErrorMappingMiddleware {
    /// One log line's worth about a failed statement: its SQLSTATE and where it failed. Never the
    /// statement (the intake's run to dozens of lines, which made one bad request fifty log lines)
    /// and never the server's message, which can quote a value a citizen sent.
    static func databaseMetadata(_ error: any Error) -> Logger.Metadata {
        var error = error
        if let transaction = error as? PostgresTransactionError {
            error = transaction.closureError ?? transaction.commitError ?? transaction.beginError ?? error
        }
        guard let failure = error as? PSQLError else { return ["error": "\(type(of: error))"] }
        var metadata: Logger.Metadata = ["code": "\(failure.code)"]
        let fields: [(String, PSQLError.ServerInfo.Field)] = [
            ("sqlstate", .sqlState), ("table", .tableName), ("column", .columnName), ("constraint", .constraintName),
        ]
        for (name, field) in fields {
            if let value = failure.serverInfo?[field] { metadata[name] = "\(value)" }
        }
        return metadata
    }
}
