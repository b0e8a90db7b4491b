/// One assessor's scored value of one index for one subject: what joining
/// assessors starts from.
public struct AssessorValue: Sendable, Hashable {
    public var submission: String
    public var assessor: String
    public var role: Submission.Role
    public var status: Submission.Status
    public var updated: String
    /// Rounded index value; nil when the index could not be scored.
    public var value: Decimal?

    public init(submission: String, assessor: String, role: Submission.Role, status: Submission.Status,
                updated: String, value: Decimal?) {
        self.submission = submission
        self.assessor = assessor
        self.role = role
        self.status = status
        self.updated = updated
        self.value = value
    }
}

import Foundation
