import PKRICore

/// What importing one submission document did.
public struct SubmissionImport: Sendable {
    public enum Outcome: Sendable, Equatable {
        case new
        /// Replaced by a later version; how many audit entries were written.
        case updated(changes: Int)
        case unchanged
        /// Same id, other content, not later: nothing overwritten.
        case conflict(String)
        case rejected([Diagnostic])
    }

    public let file: String
    public let submission: String?
    public let outcome: Outcome
    /// Non-fatal findings, such as an evidence file that is not beside the document.
    public let warnings: [Diagnostic]
}

/// Counts over a whole import run, kept as it goes (a national import is
/// hundreds of thousands of files: their results are not kept).
public struct ImportSummary: Sendable {
    public var new = 0, updated = 0, unchanged = 0, conflicts = 0, rejected = 0

    public var files: Int { new + updated + unchanged + conflicts + rejected }

    public init() {}

    public init(_ results: [SubmissionImport]) {
        for r in results { add(r) }
    }

    public mutating func add(_ r: SubmissionImport) {
        switch r.outcome {
        case .new: new += 1
        case .updated: updated += 1
        case .unchanged: unchanged += 1
        case .conflict: conflicts += 1
        case .rejected: rejected += 1
        }
    }

    public var clean: Bool { conflicts == 0 && rejected == 0 }
}

/// A document read, checked, its evidence copied and its answers scored,
/// waiting to be merged (``Workspace/commit(_:language:)``).
public struct PreparedSubmission: Sendable {
    enum State: Sendable {
        case rejected(SubmissionImport)
        case ready(Submission, scores: ScoreResult, templateSha256: String, warnings: [Diagnostic])
    }

    public let path: String
    let state: State
}
