import Foundation
import GRDB
@testable import PKRIStore
import PKRICore
import PKRIXML

/// A temporary on-disk workspace with the shipped templates and a small
/// registry, removed when the fixture goes away.
final class StoreFixture {
    let folder: String
    let workspace: Workspace

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    init(templates: [String] = ["pkri-keberlanjutan"]) throws {
        folder = NSTemporaryDirectory() + "pkri-store-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        workspace = try Workspace.create(at: folder + "/ws.sqlite")
        for t in templates { _ = try workspace.addTemplate(contentsOf: "\(Self.root)/templates/\(t).xml", language: .en) }
        try workspace.write { db in
            try Agency(id: "pemkot-surabaya", name: "Pemerintah Kota Surabaya", type: .kota, region: "35.78").insert(db)
            try Innovation(id: "INOV-1", name: "Inovasi Satu", agency: "pemkot-surabaya", kippYear: 2019).insert(db)
            try Innovation(id: "INOV-2", name: "Inovasi Dua", agency: "pemkot-surabaya", kippYear: 2020).insert(db)
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    var template: Template { get throws { try workspace.template(id: "pkri-keberlanjutan", version: nil, language: .en) } }

    /// A valid generated submission for `subject`.
    func submission(subject: String = "INOV-1", seed: UInt64 = 1, updated: String = "2026-06-01T10:00:00Z",
                    role: Submission.Role = .verifier) throws -> Submission {
        var random = SeededRandom(seed: seed)
        let t = try template
        return Submission(id: random.uuid(), template: t.id, templateVersion: t.version, subject: subject,
                          assessor: "tpi-\(seed)", role: role, stage: "desk", status: .draft,
                          created: "2026-06-01T08:00:00Z", updated: updated,
                          answers: AnswerGenerator(t).answers(quality: 0.7, random: &random))
    }

    /// Writes a submission document into the fixture folder.
    @discardableResult
    func write(_ s: Submission, name: String? = nil) throws -> String {
        let path = "\(folder)/\(name ?? s.id).xml"
        try SubmissionWriter.xml(s).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func count(_ table: String) throws -> Int {
        try workspace.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
    }
}
