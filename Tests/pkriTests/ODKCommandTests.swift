import Foundation
import Testing

/// `pkri template export --format xform` and the import of ODK instances,
/// through the real binary.
@Suite struct ODKCommandTests {
    @Test func exportsAFileTemplateToStandardOutput() throws {
        let out = try PKRIProcess.run(["template", "export", "templates/pkri-replikasi.xml", "--format", "xform"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<h:html"))
        #expect(out.stdout.contains(#"<data id="pkri-replikasi" version="2025.1">"#))
    }

    @Test func refusesWhatAFormCannotHoldWithItsPlace() throws {
        let file = try TemporaryFile(named: "t.xml", contents: """
        <?xml version="1.0" encoding="UTF-8"?>
        <template xmlns="urn:pkri:template:1" id="t" version="1" subject="innovation" xml:lang="id">
          <title xml:lang="id">T</title>
          <index id="i"><label xml:lang="id">I</label><band id="b" min="0"><label xml:lang="id">B</label></band></index>
          <section id="meta" index="i" weight="1"><label xml:lang="id">S</label>
            <question id="q" type="single"><label xml:lang="id">Q</label><option value="a" score="1"><label xml:lang="id">A</label></option><option value="b"><label xml:lang="id">B</label></option></question>
          </section>
        </template>

        """)
        let out = try PKRIProcess.run(["template", "export", file.path, "--format", "xform", "-o", file.path + ".xform"])
        #expect(out.status == 1)
        #expect(out.stderr == "\(file.path):5:3: error: tidak dapat dijadikan formulir ODK: id bagian 'meta' dipakai formulir itu sendiri (nama tercadang: meta, pkri, pkri_nilai)\n")
        #expect(!FileManager.default.fileExists(atPath: file.path + ".xform"))
    }

    @Test func workspaceTemplateExportedThenAnODKInstanceImportedAndScored() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pkri-odk-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let env = ["PKRI_DB": dir.appendingPathComponent("ws.sqlite").path]
        for args in [["init"], ["template", "add", "templates/pkri-keberlanjutan.xml"],
                     ["registry", "import", "samples/registry/agencies.csv", "samples/registry/innovations.csv"]] {
            let r = try PKRIProcess.run(args, environment: env)
            #expect(r.status == 0, "\(args): \(r.stderr)")
        }
        let form = dir.appendingPathComponent("form.xml").path
        let export = try PKRIProcess.run(["template", "export", "pkri-keberlanjutan@2025.1", "--format", "xform", "-o", form], environment: env)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout == form + "\n")

        let instance = "samples/odk/keberlanjutan-INOV-2019-0042-verifikator-lapangan"
        let first = try PKRIProcess.run(["submission", "import", "--lang", "en", instance], environment: env)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("1 files: 1 new"), "\(first.stdout)")
        #expect(first.stderr.isEmpty, "\(first.stderr)")
        let again = try PKRIProcess.run(["submission", "import", "--lang", "en", instance], environment: env)
        #expect(again.stdout.contains("1 unchanged"), "\(again.stdout)")
        let results = try PKRIProcess.run(["results", "--subject", "INOV-2019-0042", "--format", "json"], environment: env)
        #expect(results.status == 0, "\(results.stderr)")
        // The interview verifier's answers, given in the field: the same score.
        #expect(results.stdout.contains(#""value":81.21,"band":"berkelanjutan","assessors":1"#), "\(results.stdout)")
        let list = try PKRIProcess.run(["submission", "list", "--subject", "INOV-2019-0042", "--json"], environment: env)
        #expect(list.stdout.contains("3b0d6a1e-8c4f-4e2a-9d7b-5f1e2c3a4b6d"), "\(list.stdout)")
    }

    @Test func anInstanceOfAFormTheWorkspaceLacksIsRefused() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pkri-odk-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let env = ["PKRI_DB": dir.appendingPathComponent("ws.sqlite").path]
        _ = try PKRIProcess.run(["init"], environment: env)
        let out = try PKRIProcess.run(["submission", "import", "--lang", "en", "samples/odk/keberlanjutan-INOV-2019-0042-verifikator-lapangan"], environment: env)
        #expect(out.status == 1)
        #expect(out.stderr.contains("keberlanjutan-INOV-2019-0042-verifikator-lapangan.xml:1:40: error: ODK instance of form pkri-keberlanjutan version 2025.1, which is not a template in the workspace"), "\(out.stderr)")
    }
}
