/// Where templates are kept, each id and version bound for ever to the
/// exact bytes first added under it.
public protocol TemplateStore: Sendable {
    /// Stores a template. The same id, version and bytes again is
    /// `.unchanged`; the same id and version with other bytes throws
    /// ``ServiceError/templateVersionTaken(id:version:storedSHA256:)``.
    func addTemplate(_ record: TemplateRecord) async throws(ServiceError) -> TemplateAddOutcome

    /// Every stored template without its bytes, by id (byte order), newest
    /// first within an id.
    func templates() async throws(ServiceError) -> [TemplateRecord]

    /// The template a reference names, with its bytes: `ID@VERSION`, or the
    /// latest added version of `ID`. Nil when there is none.
    func template(_ reference: TemplateReference) async throws(ServiceError) -> TemplateRecord?
}

/// What adding a template did.
public enum TemplateAddOutcome: String, Sendable, Hashable {
    case added, unchanged
}
