import Foundation
import PKRICore
import PKRIWorkspace
import PKRIXML

/// What the contract cases share: a shipped template loaded and scored as
/// intake would, a small registry, and generated valid submissions.
enum ContractFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    static func templateBytes(_ name: String = "pkri-keberlanjutan") throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: "\(root)/templates/\(name).xml")))
    }

    static let template: Template = {
        try! TemplateLoader(language: .en).load(try! templateBytes(), file: "pkri-keberlanjutan.xml").template
    }()

    static func record(_ name: String = "pkri-keberlanjutan", addedAt: String = "2026-06-01T00:00:00Z") throws -> TemplateRecord {
        let bytes = try templateBytes(name)
        let t = try TemplateLoader(language: .en).load(bytes, file: name).template
        return TemplateRecord(id: t.id, version: t.version, sha256: t.sha256, addedAt: addedAt, xml: bytes)
    }

    static let agencies = [
        Agency(id: "pemkot-surabaya", name: "Pemerintah Kota Surabaya", type: .kota, region: "35.78"),
        Agency(id: "pemprov-jatim", name: "Pemerintah Provinsi Jawa Timur", type: .provinsi, region: "35"),
        Agency(id: "kemenpanrb", name: "Kementerian PANRB", type: .kementerian),
    ]

    /// Ids whose byte order differs from a dictionary's (upper case first, then lower).
    static let innovations = [
        Innovation(id: "INOV-a", name: "Inovasi a", agency: "pemkot-surabaya", kippYear: 2019, kippAward: "Top 99"),
        Innovation(id: "INOV-B", name: "Inovasi B", agency: "pemprov-jatim", kippYear: 2020),
        Innovation(id: "inov-c", name: "Inovasi c", agency: "kemenpanrb", kippYear: 2021, replicates: "INOV-a",
                   extra: ["catatan": "replikasi"]),
    ]

    /// A store with the template and the registry.
    static func seed(_ store: any WorkspaceStore) async throws {
        _ = try await store.addTemplate(try record())
        _ = try await store.mergeRegistry(.agencies(agencies))
        _ = try await store.mergeRegistry(.innovations(innovations))
    }

    /// A valid generated submission, scored.
    static func scored(subject: String = "INOV-a", seed: UInt64 = 1, updated: String = "2026-06-01T10:00:00Z",
                       role: Submission.Role = .verifier, status: Submission.Status = .submitted) -> ScoredSubmission {
        var random = SeededRandom(seed: seed)
        let t = template
        let s = Submission(id: random.uuid(), template: t.id, templateVersion: t.version, subject: subject,
                           assessor: "tpi-\(seed)", role: role, stage: "desk", status: status,
                           created: "2026-06-01T08:00:00Z", updated: updated,
                           answers: AnswerGenerator(t).answers(quality: 0.7, random: &random))
        return score(s)
    }

    static func score(_ s: Submission) -> ScoredSubmission {
        ScoredSubmission(s, scored: Scorer(template).score(s.answers), templateSHA256: template.sha256)
    }

    static var key: ResultKey { ResultKey(template: template.id, version: template.version, identity: template.sha256) }

    /// Combines a subject's entries as the results service will: stored
    /// values, or the answers scored again when the values came from another text.
    static func combine(_ t: Template) -> @Sendable (String, [ScoredEntry]) -> [SubjectResult] {
        { subject, entries in
            var values: [String: [AssessorValue]] = [:]
            for e in entries {
                let byIndex: [String: Decimal?] = e.values ?? Dictionary(
                    Scorer(t).score(e.answers ?? []).indices.map { ($0.id, $0.value) }, uniquingKeysWith: { a, _ in a })
                for index in t.indices { values[index.id, default: []].append(e.assessorValue(byIndex[index.id] ?? nil)) }
            }
            return t.indices.map { Combiner.combine(values[$0.id] ?? [], subject: subject, index: $0) }
        }
    }
}
