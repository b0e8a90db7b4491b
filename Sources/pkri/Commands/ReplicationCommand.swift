import ArgumentParser
import Foundation
import PKRICore
import PKRIStore

struct ReplicationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replication",
        abstract: helpText("Garis replikasi: seberapa jauh setiap inovasi asal menyebar, lewat instansi dan wilayah mana.", "Replication lineage: how far each original innovation has spread, through which agencies and regions."),
        discussion: helpText("""
        Untuk setiap inovasi asal (yang tidak mereplikasi inovasi lain): replikasinya dan replikasi dari replikasi itu, \
        sebagai pohon, dengan instansi, jenis instansi, provinsi dan kabupaten/kota; jumlah replikasi langsung dan \
        seluruhnya, kedalaman, provinsi dan kabupaten/kota yang dijangkau, dan berapa replikasi yang masih berjalan. \
        Dengan --index (dan --template) setiap inovasi diberi nilai gabungan, predikat dan statusnya, serta rata-rata \
        nilai replikasi di samping nilai inovasi asal; replikasi yang belum dinilai dibaca dari status registrinya.
        Urutan: jangkauan terluas lebih dulu. Di layar hanya inovasi asal yang sudah direplikasi; --json menulis \
        satu objek pkri-replication/1 per inovasi asal. --innovation ID menampilkan garis yang memuat ID \
        (untuk replikasi: garis inovasi asalnya).
        Contoh: pkri replication --innovation INOV-2019-0042
                pkri replication --index keberlanjutan --json
        """, """
        For each original innovation (one that replicates nothing): its replicas and their replicas in turn, as a \
        tree, with agency, agency type, province and regency/city; direct and total replicas, depth, provinces and \
        regencies reached, and how many replicas still run. With --index (and --template) each innovation carries \
        its combined value, band and state, and the replicas' mean value stands beside the original's; a replica \
        not yet assessed is read from its registry status.
        Order: widest reach first. On screen only originals that have been replicated; --json writes one \
        pkri-replication/1 object per original. --innovation ID shows the lineage that holds ID (for a replica: \
        its original's).
        Example: pkri replication --innovation INOV-2019-0042
                 pkri replication --index keberlanjutan --json
        """)
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Option(help: .text("Hanya garis replikasi yang memuat inovasi ini.", "Only the lineage that holds this innovation."))
    var innovation: String?
    @Option(help: .text("Id templat atau ID@VERSI (bawaan: templat yang punya --index).", "Template id or ID@VERSION (default: the template that has --index)."))
    var template: String?
    @Option(help: .text("Id indeks yang nilainya ditampilkan.", "Index whose values are shown."))
    var index: String?
    @Flag(help: .text("Satu objek JSON pkri-replication/1 per baris.", "One pkri-replication/1 JSON object per line."))
    var json = false

    func run() throws {
        let l = workspace.lang
        let ws = try workspace.open()
        do {
            let scored = try scoredIndex(ws, l)
            let query = scored.map { ReplicationQuery(template: $0.template, index: $0.index.id) } ?? ReplicationQuery()
            if let innovation, try ws.innovation(innovation) == nil {
                Terminal.err("pkri: " + l.pick("inovasi \(innovation) tidak ada di registri workspace",
                                               "innovation \(innovation) is not in the workspace's registry"))
                throw ExitCode(1)
            }
            let network = try query.network(in: ws)
            if !network.unreachable.isEmpty {
                let ids = network.unreachable.prefix(10).joined(separator: ", ") + (network.unreachable.count > 10 ? ", …" : "")
                Terminal.err("pkri: " + l.pick(
                    "peringatan: \(network.unreachable.count) inovasi tidak berujung pada inovasi asal (mereplikasi id yang tidak ada, atau rantainya berputar): \(ids)",
                    "warning: \(network.unreachable.count) innovations lead to no original (they replicate an unknown id, or their chain loops): \(ids)"))
            }
            let lineages: [Lineage]
            if let innovation {
                guard let lineage = network.lineage(of: innovation) else { throw ExitCode(1) }
                if lineage.original.innovation != innovation {
                    Terminal.err(l.pick("\(innovation) adalah replikasi; ditampilkan garis replikasi inovasi asalnya \(lineage.original.innovation).",
                                        "\(innovation) is a replica; showing the lineage of its original \(lineage.original.innovation)."))
                }
                lineages = [lineage]
            } else {
                lineages = network.rankedByReach()
            }
            if json {
                var out = BufferedOutput()
                for lineage in lineages { out.line(ReplicationJSON.line(lineage)) }
                out.flush()
            } else {
                present(lineages, all: innovation == nil, index: scored?.index, l)
            }
        } catch let error as WorkspaceError {
            throw workspace.fail(error)
        }
    }

    /// The template and index whose results are shown; nil when neither
    /// option is given.
    private func scoredIndex(_ ws: Workspace, _ l: Language) throws -> (template: Template, index: AssessmentIndex)? {
        let t: Template
        if let index {
            t = try IndexTemplate.find(index: index, template: template, in: ws, language: l)
        } else if let template {
            t = try ws.resultsTemplate(template, language: l)
        } else {
            return nil
        }
        guard t.subject == .innovation else {
            Terminal.err("pkri: " + l.pick("templat \(t.id) menilai instansi, bukan inovasi; garis replikasi memerlukan templat inovasi",
                                           "template \(t.id) assesses agencies, not innovations; lineages need an innovation template"))
            throw ExitCode(1)
        }
        if let index { return (t, t.index(index)!) }
        guard t.indices.count == 1 else {
            let ids = t.indices.map(\.id).joined(separator: ", ")
            Terminal.err("pkri: " + l.pick("templat \(t.id) punya beberapa indeks; pilih satu dengan --index: \(ids)",
                                           "template \(t.id) has several indices; choose one with --index: \(ids)"))
            throw ExitCode(64)
        }
        return (t, t.indices[0])
    }

    /// The trees, then how many originals were left out for having no replica.
    private func present(_ lineages: [Lineage], all: Bool, index: AssessmentIndex?, _ l: Language) {
        let view = LineageText(index: index, language: l)
        let shown = all ? lineages.filter { $0.total > 0 } : lineages
        var out = BufferedOutput()
        if let index {
            out.line(l.pick("Nilai: \(index.label.text(l.rawValue)) (\(index.id))", "Values: \(index.label.text(l.rawValue)) (\(index.id))"))
            out.line("")
        }
        for (k, lineage) in shown.enumerated() {
            if k > 0 { out.line("") }
            out.line(view.render(lineage))
        }
        if all {
            let replicas = shown.reduce(0) { $0 + $1.total }
            if !shown.isEmpty { out.line("") }
            out.line(l.pick(
                "\(lineages.count) inovasi asal: \(shown.count) direplikasi (\(replicas) replikasi), \(lineages.count - shown.count) belum direplikasi (tidak ditampilkan; lihat --json).",
                "\(lineages.count) original innovations: \(shown.count) replicated (\(replicas) replicas), \(lineages.count - shown.count) not replicated (not shown; see --json)."))
        }
        out.flush()
    }
}

/// Standard output written in large pieces: a national listing is
/// hundreds of thousands of lines.
struct BufferedOutput {
    private var buffer = Data()

    mutating func line(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        buffer.append(UInt8(ascii: "\n"))
        if buffer.count >= 1 << 20 { flush() }
    }

    mutating func flush() {
        FileHandle.standardOutput.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
