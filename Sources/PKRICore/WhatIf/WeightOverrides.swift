import Foundation

/// Weights a what-if puts in place of a template's: a CSV with the header
/// `kind,id,weight`, `kind` being `section` or `question`. Read against the
/// template it changes, so that every id is known and every weight a
/// positive decimal, each problem located at its cell.
///
/// ```swift
/// let o = try WeightOverrides.read(contentsOf: "bobot.csv", template: t, language: .en)
/// let whatIf = t.withWeights(o)   // its own identity; nothing of `t` is reused from a cache
/// ```
public struct WeightOverrides: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable { case section, question }

    public struct Override: Sendable, Hashable {
        public let kind: Kind
        public let id: String
        public let weight: Decimal
        public let location: SourceLocation
    }

    /// The file's name as given.
    public let file: String
    /// In file order; no (kind, id) twice.
    public let overrides: [Override]

    public func weight(of kind: Kind, _ id: String) -> Decimal? {
        overrides.first { $0.kind == kind && $0.id == id }?.weight
    }

    /// Reads and checks the file; every error of the file is reported at once.
    public static func read(contentsOf path: String, template t: Template, language l: Language) throws(DocumentError) -> WeightOverrides {
        let reader = CSVReader(language: l)
        return try read(reader.read(contentsOf: path), file: path, template: t, language: l)
    }

    static func read(_ table: CSVReader.Table, file: String, template t: Template, language l: Language) throws(DocumentError) -> WeightOverrides {
        var problems: [Diagnostic] = []
        func error(_ line: Int, _ column: Int, _ message: String) {
            problems.append(Diagnostic(.error, at: SourceLocation(file: file, line: line, column: column), message))
        }
        guard let header = table.rows.first else {
            throw DocumentError(SourceLocation(file: file, line: 1, column: 1),
                                l.pick("berkas kosong; baris pertama harus 'kind,id,weight'", "the file is empty; the first line must be 'kind,id,weight'"))
        }
        let names = header.fields.map { $0.value.trimmingCharacters(in: .whitespaces).lowercased() }
        var column: [String: Int] = [:]
        for (i, name) in names.enumerated() where ["kind", "id", "weight"].contains(name) { column[name] = column[name] ?? i }
        let missing = ["kind", "id", "weight"].filter { column[$0] == nil }
        guard missing.isEmpty else {
            throw DocumentError(SourceLocation(file: file, line: header.line, column: 1), l.pick(
                "kepala kolom harus 'kind,id,weight'; tidak ada: \(missing.joined(separator: ", "))",
                "the header must be 'kind,id,weight'; missing: \(missing.joined(separator: ", "))"))
        }
        let sections = Set(t.sections.map(\.id)), questions = Set(t.questions.map(\.id))
        var seen: [String: Int] = [:]
        var out: [Override] = []
        for row in table.rows.dropFirst() {
            func cell(_ name: String) -> CSVReader.Field {
                let i = column[name]!
                return i < row.fields.count ? row.fields[i] : CSVReader.Field("", line: row.line, column: (row.fields.last?.column ?? 1))
            }
            let kindCell = cell("kind"), idCell = cell("id"), weightCell = cell("weight")
            let kindText = kindCell.value.trimmingCharacters(in: .whitespaces), id = idCell.value.trimmingCharacters(in: .whitespaces)
            guard let kind = Kind(rawValue: kindText.lowercased()) else {
                error(kindCell.line, kindCell.column, l.pick("kind '\(kindText)' harus 'section' atau 'question'",
                                                             "kind '\(kindText)' must be 'section' or 'question'"))
                continue
            }
            var ok = true
            if !(kind == .section ? sections : questions).contains(id) {
                error(idCell.line, idCell.column, l.pick(
                    "\(kind == .section ? "bagian" : "pertanyaan") '\(id)' tidak ada di templat \(t.id)@\(t.version)",
                    "\(kind.rawValue) '\(id)' is not in template \(t.id)@\(t.version)"))
                ok = false
            } else if let first = seen["\(kind.rawValue)\u{0}\(id)"] {
                error(idCell.line, idCell.column, l.pick("\(kind == .section ? "bagian" : "pertanyaan") '\(id)' sudah diberi bobot di baris \(first)",
                                                         "\(kind.rawValue) '\(id)' already has a weight on line \(first)"))
                ok = false
            }
            let weightText = weightCell.value.trimmingCharacters(in: .whitespaces)
            // Excel under Indonesian settings writes `;` between fields and a decimal comma.
            let decimal = table.delimiter == .semicolon ? weightText.replacingOccurrences(of: ",", with: ".") : weightText
            guard let weight = DecimalText.parse(decimal), weight > 0 else {
                error(weightCell.line, weightCell.column, l.pick("bobot '\(weightText)' harus bilangan desimal positif",
                                                                 "weight '\(weightText)' must be a positive decimal"))
                continue
            }
            guard ok else { continue }
            seen["\(kind.rawValue)\u{0}\(id)"] = idCell.line
            out.append(Override(kind: kind, id: id, weight: weight,
                                location: SourceLocation(file: file, line: row.line, column: 1)))
        }
        guard problems.isEmpty else { throw DocumentError(problems) }
        return WeightOverrides(file: file, overrides: out)
    }
}
