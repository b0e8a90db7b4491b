import FuzzSupport
import Foundation
import PKRICore
import PKRIXML

/// The shipped templates, loaded once.
let templates: [Template] = FuzzPaths.shippedTemplates.map { path in
    do { return try TemplateLoader(language: .en).load(contentsOf: path).template } catch {
        fatalError("shipped template \(path) does not load: \(error)")
    }
}

/// One input: submission bytes. A submission that reads is checked against
/// its template (or, when it names none that ships, against one chosen by
/// size with its id and version put in, so the answers are still checked),
/// scored, and written back: the written document must read again to the
/// same submission.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSubmission(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    Oracle.require(!templates.isEmpty, "no shipped template found under \(FuzzPaths.root.path)")
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let file = "fuzz.xml"
    let language = Oracle.language(for: bytes)
    let reader = SubmissionReader(language: language)
    let submission: Submission
    do {
        submission = try reader.read(bytes, file: file)
    } catch {
        Oracle.require(!error.diagnostics.errors.isEmpty, "rejected without an error: \(error.diagnostics)")
        Oracle.expectLocated(error.diagnostics, in: bytes, file: file)
        return 0
    }
    var checked = submission
    let template = templates.first { $0.id == submission.template } ?? templates[size % templates.count]
    checked.template = template.id
    checked.templateVersion = template.version
    let problems = checked.problems(against: template, language: language)
    Oracle.expectLocated(problems, in: bytes, file: file)
    _ = Scorer(template).score(checked.answers)

    // Round trip: write, read, compare (locations aside).
    let written = Array(SubmissionWriter.xml(submission).utf8)
    do {
        let again = try reader.read(written, file: "written.xml")
        Oracle.require(unlocated(again) == unlocated(submission),
                     "round trip changed the submission:\n\(unlocated(submission))\n\(unlocated(again))")
    } catch {
        Oracle.require(false, "the written submission does not read again: \(error)")
    }
    return 0
}

/// Without locations.
func unlocated(_ s: Submission) -> Submission {
    var s = s
    s.location = nil
    for i in s.answers.indices { s.answers[i].location = nil }
    return s
}
