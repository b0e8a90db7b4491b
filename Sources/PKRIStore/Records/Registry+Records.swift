import GRDB
import PKRICore

extension Agency: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "agency"

    public enum Columns {
        public static let id = Column("id")
        public static let region = Column("region")
        public static let type = Column("type")
    }
}

extension Innovation: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "innovation"

    public enum Columns {
        public static let id = Column("id")
        public static let agency = Column("agency")
    }
}

extension Template.Subject {
    /// The registry table that holds subjects of this kind.
    var registryTable: String { self == .agency ? "agency" : "innovation" }
}
