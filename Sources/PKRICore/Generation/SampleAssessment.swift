import Foundation

/// The submissions of one subject on one template in a synthetic dataset:
/// a self-assessment and one to three verifiers, as a PKRI round goes.
///
/// Some subjects are not started, some have only a draft, some only a
/// self-assessment; a verifier may score at the desk and again at the
/// interview, or leave an interview draft. Self-assessments claim more than
/// the verifiers find: the self's quality is the subject's true quality
/// plus 0.06–0.18, a verifier's is the true quality ± 0.1 (± 0.05 at the
/// interview). What is known about the subject (status, agency type, the
/// source innovation) is pinned so the answers agree with the registry.
struct SampleAssessment {
    var template: Template
    var subject: String
    /// The subject's true quality, 0…1.
    var quality: Double
    /// Answers fixed for the self-assessment and for verifiers.
    var selfPins: [String: String] = [:]
    var verifierPins: [String: String] = [:]
    /// Text answers filled in with what the registry knows.
    var texts: [String: String] = [:]
    /// The self-assessor's id, and the prefix of the verifiers' ids.
    var selfAssessor: String
    var verifierPool: String

    /// How often each outcome of a round happens.
    static let notStarted = 0.04, draftOnly = 0.05, selfOnly = 0.18

    /// The round's submissions with their file names; `failed` counts
    /// submissions for which no valid answers came out (none expected).
    func make(_ random: inout SeededRandom, failed: inout Int) -> [(name: String, submission: Submission)] {
        let u = random.unit()
        guard u >= Self.notStarted else { return [] }
        var out: [(String, Submission)] = []
        func add(_ s: Submission?) {
            guard let s else { failed += 1; return }
            let short = template.id.hasPrefix("pkri-") ? String(template.id.dropFirst(5)) : template.id
            out.append(("\(subject)_\(short)_\(s.role.rawValue)_\(s.assessor)_\(s.id.prefix(8)).xml", s))
        }
        let selfDay = SampleDate(month: 3 + Int(random.unit() * 3), day: 1 + Int(random.unit() * 28))
        let selfOnlyRound = u < Self.notStarted + Self.draftOnly + Self.selfOnly
        add(submission(role: .self, assessor: selfAssessor, stage: nil,
                       status: u < Self.notStarted + Self.draftOnly ? .draft : .submitted,
                       quality: quality + 0.06 + 0.12 * random.unit(), day: selfDay, random: &random))
        guard u >= Self.notStarted + Self.draftOnly else { return out }
        if selfOnlyRound {
            // A verifier who has started but not submitted.
            if random.chance(0.2) {
                add(submission(role: .verifier, assessor: verifier(1 + Int(random.unit() * 15)), stage: "desk",
                               status: .draft, quality: quality, day: deskDay(&random), random: &random))
            }
            return out
        }
        let v = random.unit()
        let count = v < 0.25 ? 1 : v < 0.70 ? 2 : 3
        var numbers: [Int] = []
        while numbers.count < count {
            let n = 1 + Int(random.unit() * 15)
            if !numbers.contains(n) { numbers.append(n) }
        }
        for n in numbers {
            let desk = deskDay(&random)
            add(submission(role: .verifier, assessor: verifier(n), stage: "desk", status: .submitted,
                           quality: quality + (random.unit() - 0.5) * 0.2, day: desk, random: &random))
            let w = random.unit()
            if w < 0.26 {
                // Interviewed later: submitted (counts instead of the desk score) or still a draft.
                let interview = SampleDate(month: 8 + Int(random.unit() * 3), day: 1 + Int(random.unit() * 28))
                add(submission(role: .verifier, assessor: verifier(n), stage: "interview",
                               status: w < 0.20 ? .submitted : .draft,
                               quality: quality + (random.unit() - 0.5) * 0.1, day: interview, random: &random))
            }
        }
        return out
    }

    private func verifier(_ n: Int) -> String { "\(verifierPool)-\(n < 10 ? "0" : "")\(n)" }

    private func deskDay(_ random: inout SeededRandom) -> SampleDate {
        SampleDate(month: 6 + Int(random.unit() * 2), day: 1 + Int(random.unit() * 28))
    }

    /// One submission, checked against the real template; nil when no valid
    /// answers came out in a few tries. A draft holds the first part of the
    /// answers, as an assessor who stopped halfway.
    private func submission(role: Submission.Role, assessor: String, stage: String?, status: Submission.Status,
                            quality: Double, day: SampleDate, random: inout SeededRandom) -> Submission? {
        let pinned = template.pinning(role == .self ? selfPins : verifierPins)
        let generator = AnswerGenerator(pinned)
        let quality = Swift.min(0.98, Swift.max(0.02, quality))
        let hour = 8 + Int(random.unit() * 4), minute = Int(random.unit() * 60)
        let created = day.stamp(hour: hour, minute: minute)
        let updated = day.adding(days: Int(random.unit() * 10)).stamp(hour: 13 + Int(random.unit() * 4), minute: Int(random.unit() * 60))
        let id = random.uuid()
        for _ in 0..<10 {
            var answers = generator.answers(quality: quality, random: &random)
            if status == .draft { answers = Array(answers.prefix(Int(Double(answers.count) * (0.3 + 0.5 * random.unit())))) }
            answers = filled(answers, subject: subject, assessor: assessor)
            let s = Submission(id: id, template: template.id, templateVersion: template.version, subject: subject,
                               assessor: assessor, role: role, stage: stage, status: status, created: created,
                               updated: updated, answers: answers)
            if !s.problems(against: template, language: .en).hasErrors { return s }
        }
        return nil
    }

    /// Known texts in place of generated ones (added when the question has
    /// no condition), and evidence as links to the upload portal instead of
    /// files that do not exist.
    private func filled(_ answers: [Answer], subject: String, assessor: String) -> [Answer] {
        var out = answers
        for (question, text) in texts.sorted(by: { $0.key < $1.key }) {
            if let i = out.firstIndex(where: { $0.question == question }) {
                out[i].values = [text]
            } else if let q = template.question(question), q.relevant == nil, let position = template.position(of: question) {
                let at = out.firstIndex { (template.position(of: $0.question) ?? 0) > position } ?? out.endIndex
                out.insert(Answer(question: question, values: [text]), at: at)
            }
        }
        for i in out.indices {
            for j in out[i].evidence.indices {
                out[i].evidence[j].href = "https://unggah.pkri.example/\(subject)/\(assessor)/\(out[i].question).pdf"
            }
        }
        return out
    }
}

/// A day of the 2025 assessment round.
struct SampleDate {
    var month: Int
    var day: Int

    func adding(days: Int) -> SampleDate {
        let total = day + days
        return total <= 28 ? SampleDate(month: month, day: total) : SampleDate(month: month + 1, day: total - 28)
    }

    func stamp(hour: Int, minute: Int) -> String {
        String(format: "2025-%02d-%02dT%02d:%02d:00Z", month, day, hour, minute)
    }
}
