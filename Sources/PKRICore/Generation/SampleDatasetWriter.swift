import Foundation

/// Writes a ``SampleDataset`` to a folder:
///
/// ```
/// DIR/registry/agencies.csv
/// DIR/registry/innovations.csv
/// DIR/submissions/0000/*.xml   … 10,000 files per folder
/// DIR/submissions/0001/*.xml
/// ```
///
/// Subjects are made on every core, a batch at a time, and written in
/// subject order, so the same dataset gives byte-identical files whatever
/// the number of cores. The submission document format comes in as
/// `serialize` (the core knows no XML):
///
/// ```swift
/// let summary = try SampleDatasetWriter(folder: "data", serialize: SubmissionWriter.xml).write(dataset)
/// ```
public struct SampleDatasetWriter: Sendable {
    public var folder: String
    public var filesPerFolder = 10_000
    public var serialize: @Sendable (Submission) -> String
    /// Called after each batch with subjects done and the total.
    public var progress: (@Sendable (Int, Int) -> Void)?

    /// Subjects made per batch: bounds memory to a few tens of MB.
    static let batch = 1024

    public init(folder: String, serialize: @escaping @Sendable (Submission) -> String) {
        self.folder = folder
        self.serialize = serialize
    }

    /// What was written.
    public struct Summary: Sendable {
        public var agencies = 0, innovations = 0
        /// Files per template id.
        public var files: [String: Int] = [:]
        public var folders = 0
        /// Submissions left out because no valid answers came out (expected 0).
        public var failed = 0
        public var total: Int { files.values.reduce(0, +) }
    }

    /// Why the dataset could not be written.
    public struct Failure: Error, Sendable {
        public enum Reason: Sendable { case notEmpty, cannotCreate, cannotWrite }
        public let path: String
        public let reason: Reason
    }

    public func write(_ dataset: SampleDataset) throws(Failure) -> Summary {
        let registry = folder + "/registry", submissions = folder + "/submissions"
        try Self.prepare(registry)
        try Self.prepare(submissions)
        var summary = Summary(agencies: dataset.registry.agencies.count, innovations: dataset.registry.innovations.count)
        try Self.write(dataset.agenciesCSV(), to: registry + "/agencies.csv")
        try Self.write(dataset.innovationsCSV(), to: registry + "/innovations.csv")

        let total = dataset.subjectCount
        let workers = Swift.max(1, ProcessInfo.processInfo.activeProcessorCount) * 4
        var written = 0
        var start = 0
        while start < total {
            let (first, end) = (start, Swift.min(total, start + Self.batch))
            // Make: each slice of the batch on its own thread, into its own slot.
            let slices = Swift.min(workers, end - first)
            let made = Slots<(files: [(String, String, String)], failed: Int)>(count: slices)
            let serialize = self.serialize
            DispatchQueue.concurrentPerform(iterations: slices) { s in
                var files: [(String, String, String)] = [], failed = 0
                let from = first + (end - first) * s / slices, to = first + (end - first) * (s + 1) / slices
                for i in from..<to {
                    let r = dataset.submissions(ofSubject: i)
                    failed += r.failed
                    files += r.files.map { ($0.name, $0.submission.template, serialize($0.submission)) }
                }
                made.set(s, (files, failed))
            }
            // Place in subject order, then write on every core.
            var placed: [(path: String, text: String)] = []
            for slot in made.values().compactMap({ $0 }) {
                summary.failed += slot.failed
                for (name, template, text) in slot.files {
                    let shard = written / filesPerFolder
                    if written % filesPerFolder == 0 {
                        try Self.prepare(Self.shardPath(submissions, shard))
                        summary.folders += 1
                    }
                    placed.append((Self.shardPath(submissions, shard) + "/" + name, text))
                    summary.files[template, default: 0] += 1
                    written += 1
                }
            }
            let batch = placed
            let failedWrites = Slots<String>(count: batch.count)
            DispatchQueue.concurrentPerform(iterations: batch.count) { i in
                if !Self.writeFile(batch[i].text, to: batch[i].path) { failedWrites.set(i, batch[i].path) }
            }
            if let path = failedWrites.values().lazy.compactMap({ $0 }).first {
                throw Failure(path: path, reason: .cannotWrite)
            }
            progress?(end, total)
            start = end
        }
        return summary
    }

    static func shardPath(_ submissions: String, _ shard: Int) -> String {
        submissions + "/" + String(repeating: "0", count: Swift.max(0, 4 - String(shard).count)) + String(shard)
    }

    /// A new or empty folder, so that the files in it are exactly the dataset.
    static func prepare(_ path: String) throws(Failure) {
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        if files.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue, (try? files.contentsOfDirectory(atPath: path))?.isEmpty == true else {
                throw Failure(path: path, reason: .notEmpty)
            }
            return
        }
        do {
            try files.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw Failure(path: path, reason: .cannotCreate)
        }
    }

    static func write(_ text: String, to path: String) throws(Failure) {
        guard writeFile(text, to: path) else { throw Failure(path: path, reason: .cannotWrite) }
    }

    private static func writeFile(_ text: String, to path: String) -> Bool {
        guard let file = fopen(path, "wb") else { return false }
        var text = text
        let written = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, file) }
        return fclose(file) == 0 && written == text.utf8.count
    }
}

/// Results from concurrent work, one slot per item.
private final class Slots<T>: @unchecked Sendable {
    private var storage: [T?]
    private let lock = NSLock()
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: T) { lock.lock(); storage[i] = value; lock.unlock() }
    func values() -> [T?] { lock.lock(); defer { lock.unlock() }; return storage }
}
