/// Why a subject cannot be assessed with a template: it is not in the
/// registry, or it is there as the other kind (an agency for a template
/// about innovations, or the reverse).
public enum SubjectMismatch: Sendable, Equatable {
    case notRegistered(subject: String, expected: Template.Subject)
    case otherKind(subject: String, template: String, expected: Template.Subject)

    /// The mismatch between a template and a subject registered as
    /// `registered` (nil: not registered), or nil when they go together.
    public init?(subject: String, registered: Template.Subject?, template: Template) {
        guard registered != template.subject else { return nil }
        self = registered == nil ? .notRegistered(subject: subject, expected: template.subject)
                                 : .otherKind(subject: subject, template: template.id, expected: template.subject)
    }

    public func message(_ l: Language) -> String {
        switch self {
        case .notRegistered(let subject, let expected):
            return l.pick("subjek '\(subject)' tidak ada di registri (\(expected == .agency ? "instansi" : "inovasi"))",
                          "subject '\(subject)' is not in the registry (\(expected == .agency ? "agencies" : "innovations"))")
        case .otherKind(let subject, let template, let expected):
            return expected == .agency
                ? l.pick("\(template) adalah templat untuk instansi, sedangkan \(subject) adalah inovasi",
                         "\(template) is a template for agencies, and \(subject) is an innovation")
                : l.pick("\(template) adalah templat untuk inovasi, sedangkan \(subject) adalah instansi",
                         "\(template) is a template for innovations, and \(subject) is an agency")
        }
    }
}
