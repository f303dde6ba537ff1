import AspirasiCore

extension ReferenceFiles {
    /// The categories as shipped (`categories.csv`), without a database: what the offline
    /// evaluation and benchmark classify with.
    public func categories() throws(StoreError) -> [IntakeCatalog.Category] {
        try ReferenceData.load(self).categories.map { row in
            IntakeCatalog.Category(
                code: row.code, name: row.name, agencyFamily: row.agencyFamily, keywords: row.keywords,
                directToAgency: row.directToAgency, duplicateRadiusMeters: Double(row.duplicateRadiusMeters))
        }
    }
}
