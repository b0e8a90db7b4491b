import Foundation
import PKRICore
import PKRIXML

/// Reads an ODK instance of a form exported from `template`
/// (docs/odk-form.md) as the same in-memory ``Submission`` a pkri document
/// yields; checking and merging it is then the ordinary path.
///
/// - id: `meta/instanceID` without `uuid:`; status `submitted`;
///   `created`/`updated` from `pkri/start` and `pkri/end`;
/// - subject, assessor, role and stage from the `pkri` group;
/// - answers by question id (a multiple answer split on spaces; a decimal
///   JavaRosa wrote as `1.2E7` in plain notation);
/// - each `QUESTION__bukti` file as evidence of its question, pending.
///
/// A field that does not belong to the form is an error at its place.
///
/// ```swift
/// let root = try XMLTree.read(contentsOf: "instance.xml")
/// let s = try ODKInstanceDecoder(template: t).decode(root, media: ["foto.jpg": sha256])
/// ```
public struct ODKInstanceDecoder: Sendable {
    public let template: Template
    public var language: Language

    public init(template: Template, language: Language = .id) {
        self.template = template
        self.language = language
    }

    /// `media`: the files that came with the instance, by name, with the
    /// SHA-256 of each; nil for a bare instance file (evidence then has no
    /// hash). A named file missing from `media` is an error.
    public func decode(_ root: XMLTree, media: [String: String]?) throws(DocumentError) -> Submission {
        var problems: [Diagnostic] = []
        func error(_ at: SourceLocation, _ id: String, _ en: String) {
            problems.append(Diagnostic(.error, at: at, language.pick(id, en)))
        }
        guard root.name == XFormNames.root, root.namespace == nil else {
            throw DocumentError(root.location, language.pick(
                "bukan instans formulir ODK pkri: elemen akar <\(root.name)>, bukan <data>",
                "not an instance of a pkri ODK form: root element <\(root.name)>, not <data>"))
        }
        let formID = root.attributes["id"] ?? "", version = root.attributes["version"] ?? ""
        guard formID == template.id, version == template.version else {
            throw DocumentError(root.location, language.pick(
                "instans ini untuk formulir \(formID) versi \(version), bukan \(template.id) versi \(template.version)",
                "this instance is for form \(formID) version \(version), not \(template.id) version \(template.version)"))
        }

        var pkri: [String: (text: String, at: SourceLocation)] = [:]
        var instanceID: (text: String, at: SourceLocation)?
        var answers: [Answer] = []
        for group in root.children {
            switch group.name {
            case XFormNames.pkriGroup:
                for f in group.children {
                    guard Self.pkriFields.contains(f.name) else {
                        error(f.location, "isian pkri/\(f.name) bukan bagian formulir \(template.id)",
                              "field pkri/\(f.name) does not belong to form \(template.id)")
                        continue
                    }
                    pkri[f.name] = (f.text.trimmingCharacters(in: .whitespacesAndNewlines), f.location)
                }
            case XFormNames.meta:
                // ODK's own (instanceID, and instanceName, deprecatedID or
                // audit that servers and Collect may add): only the id matters.
                if let id = group.children.first(where: { $0.name == XFormNames.instanceID }) {
                    instanceID = (id.text.trimmingCharacters(in: .whitespacesAndNewlines), id.location)
                }
            case XFormNames.provisionalGroup:
                continue   // provisional values: pkri scores for itself
            default:
                guard let section = template.sections.first(where: { $0.id == group.name }) else {
                    error(group.location, "elemen <\(group.name)> bukan bagian formulir \(template.id)",
                          "element <\(group.name)> does not belong to form \(template.id)")
                    continue
                }
                answers += decode(section, group, media: media, error)
            }
        }
        func field(_ name: String) -> String? { pkri[name].flatMap { $0.text.isEmpty ? nil : $0.text } }
        for name in [XFormNames.subject, XFormNames.assessor, XFormNames.role, XFormNames.start] where field(name) == nil {
            error(pkri[name]?.at ?? root.location, "pkri/\(name) kosong", "pkri/\(name) is empty")
        }
        let role = field(XFormNames.role).flatMap(Submission.Role.init)
        if let r = field(XFormNames.role), role == nil {
            error(pkri[XFormNames.role]!.at, "pkri/role '\(r)' harus self atau verifier", "pkri/role '\(r)' must be self or verifier")
        }
        var id = instanceID?.text ?? ""
        if id.hasPrefix("uuid:") { id.removeFirst(5) }
        if id.isEmpty { error(instanceID?.at ?? root.location, "meta/instanceID kosong", "meta/instanceID is empty") }
        guard !problems.hasErrors else { throw DocumentError(problems) }
        let start = field(XFormNames.start) ?? ""
        var submission = Submission(
            id: id, template: template.id, templateVersion: template.version,
            subject: field(XFormNames.subject) ?? "", assessor: field(XFormNames.assessor) ?? "",
            role: role ?? .self, stage: field(XFormNames.stage), status: .submitted,
            created: start, updated: field(XFormNames.end) ?? start, answers: answers)
        submission.location = root.location
        return submission
    }

    /// Reads and decodes an instance file.
    public func decode(contentsOf path: String, media: [String: String]?) throws(DocumentError) -> Submission {
        try decode(try XMLTree.read(contentsOf: path, language: language), media: media)
    }

    static let pkriFields: Set<String> = [XFormNames.subject, XFormNames.assessor, XFormNames.role,
                                          XFormNames.stage, XFormNames.start, XFormNames.end]

    /// The answers in one section's group, in its order.
    private func decode(_ section: Section, _ group: XMLTree, media: [String: String]?,
                        _ error: (SourceLocation, String, String) -> Void) -> [Answer] {
        var answers: [Answer] = []
        var evidence: [String: [Evidence]] = [:]
        var evidenceAt: [String: SourceLocation] = [:]
        for f in group.children {
            let text = f.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if let q = section.questions.first(where: { $0.id == f.name }) {
                guard !text.isEmpty else { continue }
                answers.append(Answer(question: q.id, values: values(text, q), location: f.location))
            } else if let q = section.questions.first(where: { $0.evidence != .none && XFormNames.evidenceField(of: $0.id) == f.name }) {
                guard !text.isEmpty else { continue }
                var sha256: String?
                if let media {
                    sha256 = media[text]
                    if sha256 == nil {
                        error(f.location, "berkas bukti '\(text)' tidak ada di samping instans",
                              "evidence file '\(text)' is not beside the instance")
                    }
                }
                evidence[q.id, default: []].append(Evidence(href: text, status: .pending, sha256: sha256))
                evidenceAt[q.id] = f.location
            } else {
                error(f.location, "isian \(section.id)/\(f.name) bukan bagian formulir \(template.id)",
                      "field \(section.id)/\(f.name) does not belong to form \(template.id)")
            }
        }
        for (question, items) in evidence {
            guard let k = answers.firstIndex(where: { $0.question == question }) else {
                error(evidenceAt[question]!, "bukti diunggah untuk \(question), yang tidak dijawab",
                      "evidence is uploaded for \(question), which is not answered")
                continue
            }
            answers[k].evidence = items
        }
        return answers
    }

    /// A field's text as pkri values.
    private func values(_ text: String, _ q: Question) -> [String] {
        switch q.kind {
        case .multiple:
            return text.split(whereSeparator: { $0 == " " }).map(String.init)
        case .decimal, .integer:
            // JavaRosa writes doubles as Java does: `1.23456785E7`, `1.0E-4`.
            guard text.contains(where: { $0 == "E" || $0 == "e" }), let d = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
                return [text]
            }
            return [DecimalText.format(d)]
        default:
            return [text]
        }
    }
}
