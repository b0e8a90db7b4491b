import Foundation

extension IndexAgreement {
    /// The `pkri-agreement/1` object: `{"format","template","version",
    /// "index","alpha","subjects","values","ci":[lo,hi],"questions":[{"id",
    /// "metric","alpha","subjects","values"}],"gap":{"agency-type":[…],
    /// "province":[…]}}`. Alpha and the interval are unrounded (the
    /// shortest decimal that reads back as the same double); `null` where
    /// undefined.
    public var json: JSON {
        var ci = JSON.null
        if let interval { ci = .array([Self.number(interval.lowerBound), Self.number(interval.upperBound)]) }
        let questions: [JSON] = self.questions.map { q in
            .object([("id", .string(q.id)), ("metric", .string(q.metric.rawValue)), ("alpha", Self.number(q.estimate.alpha)),
                     ("subjects", Self.count(q.estimate.units)), ("values", Self.count(q.estimate.values))])
        }
        let gap: [(String, JSON)] = GapGroup.Grouping.allCases.map { g in
            let rows: [JSON] = (self.gap[g] ?? []).map { row in
                .object([("group", .string(row.group)), ("count", Self.count(row.count)),
                         ("mean", .optional(row.mean)), ("median", .optional(row.median))])
            }
            return (g.rawValue, .array(rows))
        }
        let members: [(String, JSON)] = [
            ("format", .string("pkri-agreement/1")),
            ("template", .string(template)), ("version", .string(version)), ("index", .string(index)),
            ("alpha", Self.number(alpha.alpha)), ("subjects", Self.count(alpha.units)), ("values", Self.count(alpha.values)),
            ("ci", ci), ("questions", .array(questions)), ("gap", .object(gap)),
        ]
        return .object(members)
    }

    static func count(_ n: Int) -> JSON { .number(Decimal(n)) }

    /// A double as JSON: its shortest round-trip text (Swift's
    /// `description`), read as a decimal, so nothing is rounded away.
    static func number(_ x: Double?) -> JSON {
        guard let x, x.isFinite, let d = Decimal(string: x.description, locale: Locale(identifier: "en_US_POSIX")) else {
            return .null
        }
        return .number(d)
    }
}
