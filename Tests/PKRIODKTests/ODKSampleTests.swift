import Foundation
import PKRICore
import PKRIODK
import PKRIXML
import Testing

/// `samples/odk/`: instance folders as ODK Collect keeps them, produced by
/// JavaRosa from a sample submission (never written by hand). The test
/// fills the form again and compares the instance byte for byte; record
/// them again after a change to the form with
///
///     PKRI_RECORD_ODK_SAMPLES=1 swift test --filter ODKSampleTests
@Suite("ODK samples")
struct ODKSampleTests {
    static let recording = ProcessInfo.processInfo.environment["PKRI_RECORD_ODK_SAMPLES"] == "1"

    /// A field verification on a phone: the interview verifier's answers,
    /// by a third verifier at the site, a week later.
    struct Sample: Sendable {
        var folder: String
        var source: String
        var template: String
        var change: @Sendable (inout Submission) -> Void
    }

    static let samples = [
        Sample(folder: "keberlanjutan-INOV-2019-0042-verifikator-lapangan",
               source: "keberlanjutan-INOV-2019-0042-verifikator-wawancara.xml", template: "pkri-keberlanjutan") { s in
            s.id = "3b0d6a1e-8c4f-4e2a-9d7b-5f1e2c3a4b6d"
            s.assessor = "tpi-21"
            s.stage = "lapangan"
            s.created = "2025-08-26T02:00:00Z"
            s.updated = "2025-08-26T04:45:00Z"
        },
    ]

    static func source(_ sample: Sample) throws -> (Template, Submission) {
        let template = try TemplateLoader().load(contentsOf: PackagePaths.templates.appendingPathComponent(sample.template + ".xml").path).template
        var s = try SubmissionReader().read(contentsOf: PackagePaths.samples.appendingPathComponent("submissions/" + sample.source).path)
        sample.change(&s)
        return (template, s)
    }

    @Test(arguments: samples.map(\.folder))
    func sampleIsJavaRosasOwnAndScoresLikeItsSource(folder: String) throws {
        let sample = Self.samples.first { $0.folder == folder }!
        let (template, submission) = try Self.source(sample)
        let target = PackagePaths.samples.appendingPathComponent("odk/" + folder)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("pkri-odk-sample-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let name = folder + ".xml"
        let job = SampleCase(name: folder, submission: submission).job(template, out: scratch.appendingPathComponent(name).path)
        _ = try JavaRosa.fill(try XFormWriter(template).xml(), [job])
        let filled = try Data(contentsOf: scratch.appendingPathComponent(name))
        if Self.recording {
            try? FileManager.default.removeItem(at: target)
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            try filled.write(to: target.appendingPathComponent(name))
            // The evidence files, beside the instance as Collect keeps them.
            for a in submission.answers {
                for e in a.evidence where e.status != .rejected {
                    let file = URL(fileURLWithPath: e.href).lastPathComponent
                    try? FileManager.default.removeItem(at: target.appendingPathComponent(file))
                    try FileManager.default.copyItem(at: PackagePaths.samples.appendingPathComponent("submissions/" + e.href),
                                                     to: target.appendingPathComponent(file))
                }
            }
        }
        #expect(try Data(contentsOf: target.appendingPathComponent(name)) == filled, "samples/odk/\(folder) is not what JavaRosa writes")

        let opened = try ODKInstanceFolder.open(target.path)
        let decoded = try ODKInstanceDecoder(template: template).decode(contentsOf: opened.instance, media: opened.media)
        #expect(!decoded.problems(against: template, language: .en).hasErrors)
        #expect(decoded.answers.flatMap(\.evidence).allSatisfy { $0.sha256 != nil })
        let a = Scorer(template).score(decoded.answers), b = Scorer(template).score(submission.answers)
        #expect(a.indices.map(\.value) == b.indices.map(\.value))
        #expect(a.indices.map(\.value).allSatisfy { $0 != nil })
    }
}
