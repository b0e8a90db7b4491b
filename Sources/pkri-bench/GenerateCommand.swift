import Foundation
import PKRICore
import PKRIXML

/// `pkri-bench generate`: writes `count` valid submission files into a new
/// or empty folder, on every core, the same files for the same seed.
struct GenerateCommand {
    var templatePath: String
    var count: Int
    var seed: UInt64
    var output: String

    /// Files per unit of parallel work.
    static let chunk = 256

    func run() throws(BenchError) {
        let template = try BenchTemplate.load(templatePath)
        try prepareFolder()
        let generator = SubmissionGenerator(template: template, seed: seed)
        let failures = Shared([String]())
        let output = self.output
        let count = self.count
        let chunks = (count + Self.chunk - 1) / Self.chunk
        let seconds = ProcessFigures.time {
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                for i in (c * Self.chunk)..<min(count, (c + 1) * Self.chunk) {
                    guard let (name, submission) = generator.make(i) else {
                        failures.update { $0.append("submission \(i): no valid answers in 20 tries") }
                        continue
                    }
                    let path = output + "/" + name
                    if !Self.write(SubmissionWriter.xml(submission), to: path) {
                        failures.update { $0.append("\(path): cannot write") }
                    }
                }
            }
        }
        let problems = failures.value
        if !problems.isEmpty {
            throw .failed(problems.prefix(5).joined(separator: "\n") + "\n(\(problems.count) failures)")
        }
        // What is in the folder, so a script can reuse it (bench/score.sh).
        let stamp = "count=\(count) seed=\(seed) generator=\(SubmissionGenerator.version) "
            + "template=\(template.id)@\(template.version) sha256=\(template.sha256)\n"
        _ = Self.write(stamp, to: output + "/.generated")
        BenchOutput.out("generated \(BenchOutput.grouped(Double(count))) submissions for \(template.id) "
            + "\(template.version) in \(output) (seed \(seed), \(BenchOutput.fixed(seconds, 1)) s, "
            + "\(ProcessFigures.cores) cores)")
    }

    /// The folder must be new or empty, so the count of files is the count asked for.
    private func prepareFolder() throws(BenchError) {
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        if files.fileExists(atPath: output, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .failed("\(output) exists and is not a folder") }
            let entries = (try? files.contentsOfDirectory(atPath: output)) ?? []
            guard entries.isEmpty else {
                throw .failed("\(output) is not empty; remove it or name a new folder")
            }
        } else {
            do {
                try files.createDirectory(atPath: output, withIntermediateDirectories: true)
            } catch {
                throw .failed("\(output): cannot create the folder (\(error.localizedDescription))")
            }
        }
    }

    private static func write(_ text: String, to path: String) -> Bool {
        guard let file = fopen(path, "wb") else { return false }
        var text = text
        let written = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, file) }
        return fclose(file) == 0 && written == text.utf8.count
    }
}
