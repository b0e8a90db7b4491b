import Foundation

/// Joins the values of several assessors for one subject and index, exactly
/// as the spec's "Joining several assessors" says.
///
/// ```swift
/// let r = Combiner.combine(values, subject: "INOV-1", index: template.index("keberlanjutan")!)
/// r.value; r.spread; r.disagreement; r.claimed; r.gap
/// ```
public enum Combiner {
    /// The submissions that count, as the spec says: each assessor once,
    /// with their latest submitted submission. `verifiers` are sorted by
    /// assessor (then submission id), so that what is computed from them
    /// comes out the same every time; `latestSelf` is the latest submitted
    /// self-assessment.
    public static func latestSubmitted(_ values: [AssessorValue]) -> (verifiers: [AssessorValue], latestSelf: AssessorValue?) {
        // Each time stamp is read once.
        var latest: [AssessorKey: Stamped] = [:]
        for v in values where v.status == .submitted {
            let stamped = Stamped(value: v, at: Timestamp(v.updated)?.seconds ?? 0)
            let key = AssessorKey(role: v.role, assessor: v.assessor)
            if let current = latest[key], !stamped.isLater(than: current) { continue }
            latest[key] = stamped
        }
        let verifiers = latest.values.filter { $0.value.role == .verifier }.map(\.value)
            .sorted { ($0.assessor, $0.submission) < ($1.assessor, $1.submission) }
        let latestSelf = latest.values.filter { $0.value.role == .self }.max { $1.isLater(than: $0) }?.value
        return (verifiers, latestSelf)
    }

    public static func combine(_ values: [AssessorValue], subject: String, index: AssessmentIndex) -> SubjectResult {
        let (verifiers, latestSelf) = latestSubmitted(values)
        let combined = verifiers.isEmpty ? (latestSelf.map { [$0] } ?? []) : verifiers
        let numbers = combined.compactMap(\.value)
        let value = Statistics.combine(numbers, index.combine)
        let spread = numbers.isEmpty ? nil : DecimalText.round(numbers.max()! - numbers.min()!)
        let disagreement = index.disagreement.map { d in (spread ?? 0) > d } ?? false
        let claimed: Decimal? = latestSelf?.value
        let gap: Decimal?
        if latestSelf == nil {
            gap = nil
        } else if verifiers.isEmpty {
            gap = value == nil ? nil : 0
        } else if let value, let claimed {
            gap = DecimalText.round(value - claimed)
        } else {
            gap = nil
        }
        let state: SubjectResult.State
        if !verifiers.isEmpty { state = .verified }
        else if latestSelf != nil { state = .selfOnly }
        else if !values.isEmpty { state = .draft }
        else { state = .notStarted }
        return SubjectResult(subject: subject, index: index.id, value: value,
                             band: value.flatMap { index.band(for: $0)?.id }, assessors: combined.count,
                             spread: spread, disagreement: disagreement,
                             claimed: latestSelf == nil ? nil : (verifiers.isEmpty ? value : claimed),
                             gap: gap, state: state)
    }

    private struct AssessorKey: Hashable {
        var role: Submission.Role
        var assessor: String
    }

    private struct Stamped {
        var value: AssessorValue
        var at: Decimal

        /// Later in time; the same instant goes to the greater submission id.
        func isLater(than other: Stamped) -> Bool {
            at != other.at ? at > other.at : value.submission > other.value.submission
        }
    }
}
