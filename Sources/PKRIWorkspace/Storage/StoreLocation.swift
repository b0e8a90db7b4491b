/// What a `--db` / `PKRI_DB` value names: a SQLite file (the embedded
/// default) or a PostgreSQL database (`postgresql://` or `postgres://`).
public enum StoreLocation: Sendable, Hashable {
    case sqlite(path: String)
    case postgres(url: String)

    public init(_ text: String) {
        let lower = text.lowercased()
        if lower.hasPrefix("postgresql://") || lower.hasPrefix("postgres://") {
            self = .postgres(url: text)
        } else {
            self = .sqlite(path: text)
        }
    }
}
