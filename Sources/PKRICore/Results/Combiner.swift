import Foundation

/// Joins the values of several assessors for one subject and index, exactly
/// as the spec's "Joining several assessors" says.
///
/// ```swift
/// let r = Combiner.combine(values, subject: "INOV-1", index: template.index("keberlanjutan")!)
/// r.value; r.spread; r.disagreement; r.claimed; r.gap
/// ```
public enum Combiner {
    public static func combine(_ values: [AssessorValue], subject: String, index: AssessmentIndex) -> SubjectResult {
        let submitted = values.filter { $0.status == .submitted }
        // Each assessor counts once, with their latest submitted submission.
        var latest: [String: AssessorValue] = [:]
        for v in submitted {
            let key = "\(v.role.rawValue)\u{0}\(v.assessor)"
            if let current = latest[key], !isLater(v, than: current) { continue }
            latest[key] = v
        }
        let verifiers = latest.values.filter { $0.role == .verifier }
        let selfs = latest.values.filter { $0.role == .self }
        let latestSelf = selfs.max { isLater($1, than: $0) }
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

    private static func isLater(_ a: AssessorValue, than b: AssessorValue) -> Bool {
        let ta = Timestamp(a.updated)?.seconds ?? 0, tb = Timestamp(b.updated)?.seconds ?? 0
        return ta != tb ? ta > tb : a.submission > b.submission
    }
}
