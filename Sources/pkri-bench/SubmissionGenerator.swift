import Foundation
import PKRICore

/// Makes the i-th benchmark submission of a seed: four per subject (one
/// self-assessment, three verifiers), subjects `INOV-<year>-<nnnn>`, varied
/// quality, all `submitted`, every one valid for the template.
///
/// Each submission has its own random stream derived from (seed, i), so the
/// files are the same whatever the order or number of threads making them.
struct SubmissionGenerator: Sendable {
    let template: Template
    let seed: UInt64

    /// Changes whenever the same seed would give different files.
    static let version = 1
    static let perSubject = 4
    static let firstYear = 2014
    static let years = 11

    /// File name and submission; nil when no valid one came out in a few
    /// tries (the template's constraints defeat the answer generator).
    func make(_ i: Int) -> (fileName: String, submission: Submission)? {
        var mixer = SeededRandom(seed: seed &+ UInt64(i) &* 0xD1B5_4A32_D192_ED03)
        var random = SeededRandom(seed: mixer.next())
        let subjectNumber = i / Self.perSubject
        let slot = i % Self.perSubject
        let subject = String(format: "INOV-%04d-%04d", Self.firstYear + subjectNumber % Self.years,
                             subjectNumber / Self.years + 1)
        let role: Submission.Role = slot == 0 ? .self : .verifier
        let assessor = role == .self
            ? String(format: "opd-%05d", subjectNumber)
            : String(format: "tpi-%02d", 1 + Int(random.unit() * 40))
        let stage: String? = role == .self ? nil : (slot == 2 ? "interview" : "desk")
        // Self-assessments lean high; verifiers spread over the whole range.
        let quality = role == .self ? 0.5 + 0.5 * random.unit() : 0.1 + 0.85 * random.unit()
        let (created, updated) = timestamps(&random)
        let generator = AnswerGenerator(template)
        for _ in 0..<20 {
            let submission = Submission(
                id: random.uuid(), template: template.id, templateVersion: template.version,
                subject: subject, assessor: assessor, role: role, stage: stage, status: .submitted,
                created: created, updated: updated,
                answers: generator.answers(quality: quality, random: &random))
            if !submission.problems(against: template, language: .en).hasErrors {
                return ("\(subject)-\(slot)-\(role.rawValue).xml", submission)
            }
        }
        return nil
    }

    /// `created` in June–August 2025 before noon; `updated` the same day or
    /// later, after noon.
    private func timestamps(_ random: inout SeededRandom) -> (String, String) {
        let month = 6 + Int(random.unit() * 3)
        let day = 1 + Int(random.unit() * 28)
        let later = day + Int(random.unit() * Double(29 - day))
        func stamp(_ d: Int, _ hour: Int, _ minute: Int) -> String {
            String(format: "2025-%02d-%02dT%02d:%02d:00Z", month, d, hour, minute)
        }
        return (stamp(day, Int(random.unit() * 12), Int(random.unit() * 60)),
                stamp(later, 12 + Int(random.unit() * 12), Int(random.unit() * 60)))
    }
}
