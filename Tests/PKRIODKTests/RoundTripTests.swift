import Foundation
import PKRICore
import PKRIODK
import PKRIXML
import Testing

/// pkri answers → JavaRosa fills the exported form → instance folder →
/// ODK instance decoder → the same answers and the same scores as the
/// original pkri document, on every sample submission and on generated ones.
@Suite("ODK round trip")
struct RoundTripTests {
    @Test(arguments: PackagePaths.shippedTemplates)
    func sameAnswersAndScores(name: String) throws {
        let template = try TemplateLoader().load(contentsOf: PackagePaths.templates.appendingPathComponent(name).path).template
        let cases = try SampleCase.samples(of: template) + SampleCase.generated(of: template, count: 15, seed: 3)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("pkri-odk-roundtrip-\(UUID().uuidString)")
        var jobs: [FillJob] = []
        for c in cases {
            let folder = root.appendingPathComponent(c.name)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let job = c.job(template, out: folder.appendingPathComponent("instance.xml").path)
            // The uploaded files, as Collect keeps them beside the instance.
            for (field, file) in job.answers where field.hasSuffix("__bukti") {
                try Data("foto \(field)".utf8).write(to: folder.appendingPathComponent(file))
            }
            jobs.append(job)
        }
        _ = try JavaRosa.fill(try XFormWriter(template).xml(), jobs)
        for c in cases {
            let folder = try ODKInstanceFolder.open(root.appendingPathComponent(c.name).path)
            let decoded = try ODKInstanceDecoder(template: template).decode(contentsOf: folder.instance, media: folder.media)
            let original = c.submission
            #expect(decoded.id == original.id)
            #expect([decoded.subject, decoded.assessor] == [original.subject, original.assessor])
            #expect(decoded.role == original.role && decoded.stage == original.stage)
            #expect(decoded.status == .submitted)
            #expect(Timestamp(decoded.created) == Timestamp(original.created), "\(decoded.created)")
            #expect(Timestamp(decoded.updated) == Timestamp(original.updated), "\(decoded.updated)")
            // The relevant, valid answers come back, values as pkri holds them.
            let fill = PkriFill(template, Dictionary(original.answers.map { ($0.question, $0.values) }, uniquingKeysWith: { a, _ in a }))
            let expected = original.answers.filter { fill.outcomes[$0.question] == "ok" }
            #expect(decoded.answers.map(\.question) == expected.map(\.question), "\(c.name)")
            for (d, e) in zip(decoded.answers, expected) {
                #expect(d.values.map(DecimalText.canonical) == e.values.map(DecimalText.canonical), "\(c.name): \(d.question)")
                #expect(d.evidence.allSatisfy { $0.status == .pending && $0.sha256?.count == 64 })
                #expect(d.hasUsableEvidence == e.hasUsableEvidence, "\(c.name): \(d.question)")
            }
            let a = Scorer(template).score(decoded.answers), b = Scorer(template).score(original.answers)
            #expect(a.indices.map(\.value) == b.indices.map(\.value), "\(c.name)")
            #expect(a.indices.map(\.band) == b.indices.map(\.band), "\(c.name)")
            if original.status == .submitted {
                #expect(!decoded.problems(against: template, language: .en).hasErrors,
                        "\(c.name): \(decoded.problems(against: template, language: .en))")
            }
        }
        try? FileManager.default.removeItem(at: root)
    }
}
