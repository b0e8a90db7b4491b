import Foundation
import GRDB
@testable import PKRIStore
import PKRICore
import PKRIXML

/// A temporary on-disk workspace for results, aggregates and rankings: a
/// two-index test template (`a`: mean, disagreement 15; `b`: median, no
/// threshold) and a registry built by each test.
///
/// Index values are set directly as the workspace's score cache holds them
/// (keyed by the template's sha256), so a test states the value each
/// assessor gave; ``ResultsTests`` also checks the cache against real
/// scoring of imported documents.
final class ResultsFixture {
    let folder: String
    let workspace: Workspace
    private var counter = 0

    /// The test template: `a` is fed by `qa`, `b` by `qb`; answering `ya`
    /// scores 100, `tidak` 0.
    static func templateXML(version: String = "1") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <template xmlns="urn:pkri:template:1" id="uji-hasil" version="\(version)" subject="innovation" xml:lang="id">
          <title xml:lang="id">Uji hasil</title>
          <index id="a" scale="100" combine="mean" disagreement="15">
            <label xml:lang="id">Indeks A</label>
            <band id="tinggi" min="70"><label xml:lang="id">Tinggi</label></band>
            <band id="sedang" min="50"><label xml:lang="id">Sedang</label></band>
            <band id="rendah" min="0"><label xml:lang="id">Rendah</label></band>
          </index>
          <index id="b" scale="100" combine="median">
            <label xml:lang="id">Indeks B</label>
            <band id="baik" min="60"><label xml:lang="id">Baik</label></band>
            <band id="kurang" min="0"><label xml:lang="id">Kurang</label></band>
          </index>
          <section id="sa" index="a" weight="1">
            <label xml:lang="id">Bagian A</label>
            <question id="qa" type="single"><label xml:lang="id">A?</label>
              <option value="ya" score="1"><label xml:lang="id">Ya</label></option>
              <option value="tidak"><label xml:lang="id">Tidak</label></option>
            </question>
          </section>
          <section id="sb" index="b" weight="1">
            <label xml:lang="id">Bagian B</label>
            <question id="qb" type="single"><label xml:lang="id">B?</label>
              <option value="ya" score="1"><label xml:lang="id">Ya</label></option>
              <option value="tidak"><label xml:lang="id">Tidak</label></option>
            </question>
          </section>
        </template>

        """
    }

    init() throws {
        folder = NSTemporaryDirectory() + "pkri-results-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        workspace = try Workspace.create(at: folder + "/ws.sqlite")
        try addTemplate(version: "1")
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    var dbPath: String { folder + "/ws.sqlite" }

    func addTemplate(version: String) throws {
        let path = "\(folder)/uji-hasil-\(version).xml"
        try Self.templateXML(version: version).write(toFile: path, atomically: true, encoding: .utf8)
        _ = try workspace.addTemplate(contentsOf: path, language: .en)
    }

    func template(_ version: String = "1") throws -> Template {
        try workspace.template(id: "uji-hasil", version: version, language: .en)
    }

    func agency(_ id: String, _ type: Agency.Kind, region: String? = nil, parent: String? = nil, name: String? = nil) throws {
        try workspace.write { db in
            try Agency(id: id, name: name ?? "Instansi \(id)", type: type, region: region, parent: parent).insert(db)
        }
    }

    func innovation(_ id: String, agency: String, year: Int? = nil, award: String? = nil) throws {
        try workspace.write { db in
            try Innovation(id: id, name: "Inovasi \(id)", agency: agency, kippYear: year, kippAward: award).insert(db)
        }
    }

    /// Stores one submission whose index values are already known (`nil`:
    /// the index could not be scored), as an import leaves it.
    @discardableResult
    func assess(_ subject: String, _ assessor: String, _ role: Submission.Role, a: Decimal?, b: Decimal? = nil,
                status: Submission.Status = .submitted, updated: String = "2025-07-01T10:00:00Z",
                version: String = "1") throws -> String {
        counter += 1
        let id = String(format: "00000000-0000-4000-8000-%012ld", counter)
        let t = try template(version)
        let s = Submission(id: id, template: t.id, templateVersion: t.version, subject: subject, assessor: assessor,
                           role: role, stage: role == .verifier ? "desk" : nil, status: status,
                           created: "2025-06-01T08:00:00Z", updated: updated, answers: [])
        try workspace.write { db in
            try s.insert(db)
            for (index, value) in [("a", a), ("b", b)] {
                try db.execute(sql: "INSERT INTO score (submission, templateSha256, indexId, value, band) VALUES (?, ?, ?, ?, NULL)",
                               arguments: [id, t.sha256, index, value.map(DecimalText.format)])
            }
        }
        return id
    }

    /// Every result of the template version, by subject then index.
    func results(_ version: String = "1") throws -> (results: [String: [String: SubjectResult]], leftOut: Int) {
        var out: [String: [String: SubjectResult]] = [:]
        let run = try workspace.forEachResult(template: try template(version)) { subject, results in
            out[subject] = Dictionary(uniqueKeysWithValues: results.map { ($0.index, $0) })
        }
        return (out, run.leftOut)
    }

    func result(_ subject: String, _ index: String = "a") throws -> SubjectResult {
        guard let r = try results().results[subject]?[index] else { throw Missing(what: "\(subject)/\(index)") }
        return r
    }

    struct Missing: Error, CustomStringConvertible {
        var what: String
        var description: String { "no result for \(what)" }
    }

    /// Runs the real `pkri` binary on this workspace (see ``PKRIBinary``).
    func pkri(_ arguments: [String]) throws -> PKRIBinary.Output {
        try PKRIBinary.run(arguments + ["--db", dbPath])
    }
}

/// The `pkri` binary beside the test bundle (or in a `.build*/debug`
/// folder), for the parts of `aggregate` and `rank` that live in the
/// command: `--min-n`, `--top`, `--tie-break`.
enum PKRIBinary {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    struct NotBuilt: Error, CustomStringConvertible {
        var description: String { "pkri binary not found: run `swift build` before `swift test`" }
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let executable: URL? = {
        let fm = FileManager.default
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var candidates = [beside.appendingPathComponent("pkri"), beside.deletingLastPathComponent().appendingPathComponent("pkri")]
        let builds = ((try? fm.contentsOfDirectory(atPath: root.path)) ?? []).filter { $0.hasPrefix(".build") }
        func modified(_ url: URL) -> Date {
            ((try? fm.attributesOfItem(atPath: url.path)[.modificationDate]) as? Date) ?? .distantPast
        }
        candidates += builds.map { root.appendingPathComponent($0).appendingPathComponent("debug/pkri") }
            .sorted { modified($0) > modified($1) }   // the newest build
        return candidates.first { fm.isExecutableFile(atPath: $0.path) }
    }()

    static func run(_ arguments: [String]) throws -> Output {
        guard let executable else { throw NotBuilt() }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["PKRI_LANG"] = nil
        env["PKRI_DB"] = nil
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// CSV output (no quoted fields expected) as rows of fields, header first.
    static func csv(_ text: String) -> [[String]] {
        text.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }
}
