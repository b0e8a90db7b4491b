import Foundation
import PKRICore
import PKRIXML

/// A temporary workspace for `agreement`, the what-ifs and `sensitivity`:
/// a small template (`uji-sepakat`, one index `k` fed by two sections),
/// agencies of two types in two provinces, innovations, and submissions
/// written from answer tables and imported with the real binary.
final class TrustWorkspace {
    let root: URL
    var db: String { root.appendingPathComponent("ws.sqlite").path }
    private var written = 0

    static let templateXML = """
        <?xml version="1.0" encoding="UTF-8"?>
        <template xmlns="urn:pkri:template:1" id="uji-sepakat" version="1" subject="innovation" xml:lang="id">
          <title xml:lang="id">Uji kesepakatan</title>
          <index id="k" scale="100" combine="mean">
            <label xml:lang="id">Indeks K</label>
            <band id="baik" min="60"><label xml:lang="id">Baik</label></band>
            <band id="kurang" min="0"><label xml:lang="id">Kurang</label></band>
          </index>
          <section id="s1" index="k" weight="2">
            <label xml:lang="id">Bagian 1</label>
            <question id="status" type="single"><label xml:lang="id">Status</label>
              <option value="jalan" score="1"><label xml:lang="id">Jalan</label></option>
              <option value="henti"><label xml:lang="id">Henti</label></option>
            </question>
            <question id="alasan" type="single" relevant="${status} = 'henti'"><label xml:lang="id">Alasan</label>
              <option value="dana"><label xml:lang="id">Dana</label></option>
              <option value="sdm"><label xml:lang="id">SDM</label></option>
            </question>
            <question id="jumlah" type="integer" min="0"><label xml:lang="id">Jumlah</label>
              <band max="9" score="0"/>
              <band min="10" score="2"/>
            </question>
          </section>
          <section id="s2" index="k" weight="1">
            <label xml:lang="id">Bagian 2</label>
            <question id="mitra" type="multiple"><label xml:lang="id">Mitra</label>
              <option value="x" score="1"><label xml:lang="id">X</label></option>
              <option value="y" score="1"><label xml:lang="id">Y</label></option>
              <option value="z" score="1"><label xml:lang="id">Z</label></option>
            </question>
            <question id="catatan" type="text"><label xml:lang="id">Catatan</label></question>
            <question id="nilai" type="decimal"><label xml:lang="id">Nilai</label>
              <band max="50" score="0"/>
              <band min="50.01" score="1"/>
            </question>
          </section>
        </template>

        """

    static let agencies = """
        id,name,type,region,parent
        kota-sby,Pemerintah Kota Surabaya,kota,35.78,
        kab-bwi,Pemerintah Kabupaten Banyuwangi,kabupaten,35.10,
        kota-mdo,Pemerintah Kota Manado,kota,71.71,

        """

    /// Innovation ids and their agencies.
    static let innovations = [("I1", "kota-sby"), ("I2", "kab-bwi"), ("I3", "kota-mdo"), ("I4", "kota-sby"),
                              ("I5", "kab-bwi"), ("I6", "kota-mdo")]

    /// `extra` more innovations, `X001`…, of the Surabaya agency.
    init(extra: Int = 0) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("pkri-trust-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try write("uji-sepakat.xml", Self.templateXML)
        try write("agencies.csv", Self.agencies)
        try write("innovations.csv", "id,name,agency,kipp_year,kipp_award,replicates,status\n"
                  + (Self.innovations + Self.extra(extra).map { ($0, "kota-sby") })
                    .map { "\($0.0),Inovasi \($0.0),\($0.1),2020,Top 99,,berjalan\n" }.joined())
        for step in [["init"], ["template", "add", "uji-sepakat.xml"], ["registry", "import", "agencies.csv", "innovations.csv"]] {
            let r = try pkri(step)
            guard r.status == 0 else { throw Failure("pkri \(step.joined(separator: " ")): \(r.stderr)") }
        }
    }

    static func extra(_ n: Int) -> [String] { (0..<n).map { "X" + String(1_000 + $0 + 1).dropFirst() } }

    deinit { try? FileManager.default.removeItem(at: root) }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }

    @discardableResult
    func write(_ name: String, _ contents: String) throws -> String {
        let url = root.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: url)
        return url.path
    }

    /// Runs pkri on this workspace, in English, in its folder.
    func pkri(_ arguments: [String], timeout: TimeInterval = 120) throws -> PKRIProcess.Output {
        try PKRIProcess.run(arguments, environment: ["PKRI_DB": db, "PKRI_LANG": "en"], directory: root, timeout: timeout)
    }

    /// One assessor's submission as an answer table.
    struct Entry {
        var subject: String
        var assessor: String
        var role: Submission.Role = .verifier
        var status: Submission.Status = .submitted
        var updated = "2025-08-01T00:00:00Z"
        var version = "1"
        var answers: [(String, [String])]
    }

    /// Writes the entries as submission documents and imports them.
    func add(_ entries: [Entry]) throws {
        var paths: [String] = []
        for e in entries {
            written += 1
            let answers = e.answers.map { q, values in
                "  <answer question=\"\(q)\">" + values.map { "<value>\($0)</value>" }.joined() + "</answer>\n"
            }.joined()
            paths.append(try write("sub/\(written).xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <submission xmlns="urn:pkri:submission:1" id="\(UUID().uuidString.lowercased())" template="uji-sepakat"
                  template-version="\(e.version)" subject="\(e.subject)" assessor="\(e.assessor)" role="\(e.role.rawValue)"
                  status="\(e.status.rawValue)" created="2025-07-01T00:00:00Z" updated="\(e.updated)">
                \(answers)</submission>

                """))
        }
        let r = try pkri(["submission", "import"] + paths)
        guard r.status == 0 else { throw Failure("import: \(r.stdout)\(r.stderr)") }
    }

    /// The test template, loaded.
    static func template() throws -> Template {
        try TemplateLoader(language: .en).load(Array(templateXML.utf8), file: "uji-sepakat.xml").template
    }
}
