import Foundation
import PKRICore
import PKRIStore

/// A workspace in a fresh temporary folder for end-to-end tests of
/// `pkri assess`: made with the real binary (`pkri init`, `pkri template add`,
/// `pkri registry import` of the sample registry) and removed with the value.
///
/// ```swift
/// let ws = try AssessWorkspace()
/// let r = try ws.assess(subject: "INOV-2019-0042", assessor: "a", ["berjalan", ":save"])
/// #expect(try ws.submission(subject: "INOV-2019-0042", assessor: "a")?.answer("status")?.values == ["berjalan"])
/// ```
final class AssessWorkspace {
    let directory: URL
    let db: String

    /// `templates`: paths relative to the package root, or absolute (none: add your own).
    init(templates: [String] = ["templates/pkri-keberlanjutan.xml"]) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("pkri-assess-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        db = directory.appendingPathComponent("ws.sqlite").path
        let root = PKRIProcess.packageRoot
        func absolute(_ p: String) -> String { p.hasPrefix("/") ? p : root.appendingPathComponent(p).path }
        try setUp(["init"])
        if !templates.isEmpty { try setUp(["template", "add"] + templates.map(absolute)) }
        try setUp(["registry", "import", absolute("samples/registry/agencies.csv"), absolute("samples/registry/innovations.csv")])
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// Runs `pkri ARGS --db WS --lang LANG` (English unless told) in the
    /// workspace's folder with `NO_COLOR=1`.
    func pkri(_ arguments: [String], input: String? = nil, timeout: TimeInterval = 30,
              lang: String = "en") throws -> PKRIProcess.Output {
        try PKRIProcess.run(arguments + ["--db", db, "--lang", lang], environment: ["NO_COLOR": "1"],
                            input: input, directory: directory, timeout: timeout)
    }

    /// `pkri assess` fed `lines` through a pipe; the input ends after them.
    func assess(subject: String, assessor: String, _ lines: [String], options: [String] = [],
                template: String = "pkri-keberlanjutan", lang: String = "en") throws -> PKRIProcess.Output {
        try pkri(["assess", "--template", template, "--subject", subject, "--assessor", assessor] + options,
                 input: lines.map { $0 + "\n" }.joined(), lang: lang)
    }

    /// The argument list of `pkri assess` for this workspace (for processes
    /// the tests drive themselves).
    func assessArguments(subject: String, assessor: String, template: String = "pkri-keberlanjutan",
                         options: [String] = []) -> [String] {
        ["assess", "--template", template, "--subject", subject, "--assessor", assessor] + options
            + ["--db", db, "--lang", "en"]
    }

    /// `pkri history --subject SUBJECT --json`, one dictionary per entry.
    func history(subject: String) throws -> [[String: Any]] {
        let r = try pkri(["history", "--subject", subject, "--json"])
        guard r.status == 0 else { throw Unexpected("history: \(r.stderr)") }
        return try r.stdout.split(separator: "\n").map { line in
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw Unexpected("not a JSON object: \(line)")
            }
            return object
        }
    }

    /// The stored submissions, read with the store library (not the binary).
    func submissions(subject: String? = nil) throws -> [Submission] {
        try Workspace.open(at: db).submissions(subject: subject)
    }

    /// The only submission of `assessor` for `subject`, if any.
    func submission(subject: String, assessor: String) throws -> Submission? {
        let found = try submissions(subject: subject).filter { $0.assessor == assessor }
        guard found.count <= 1 else { throw Unexpected("\(found.count) submissions of \(assessor) for \(subject)") }
        return found.first
    }

    /// `pkri submission list --json`, one dictionary per submission.
    func listedSubmissions() throws -> [[String: Any]] {
        let r = try pkri(["submission", "list", "--json"])
        guard r.status == 0 else { throw Unexpected("submission list: \(r.stderr)") }
        return try r.stdout.split(separator: "\n").map { line in
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw Unexpected("not a JSON object: \(line)")
            }
            return object
        }
    }

    /// A file in the workspace's folder.
    func write(_ name: String, _ contents: String) throws -> URL {
        let url = directory.appendingPathComponent(name)
        try Data(contents.utf8).write(to: url)
        return url
    }

    private func setUp(_ arguments: [String]) throws {
        let r = try pkri(arguments)
        guard r.status == 0 else { throw Unexpected("pkri \(arguments.joined(separator: " ")): \(r.stderr)") }
    }

    struct Unexpected: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
