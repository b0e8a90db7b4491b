import PKRICore

/// Why a template cannot become an ODK form as it stands, and where.
/// Nothing is dropped silently: every such problem is reported.
public struct XFormExportProblem: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// An option value an ODK select cannot hold (a multiple answer is
        /// one space-separated value).
        case optionValueWithSpace(question: String, value: String)
        /// A section or question id equal to a name the form itself uses.
        case reservedName(kind: NameKind, id: String)
        /// An id that cannot name an element of the form.
        case notAnElementName(kind: NameKind, id: String)
        /// `QUESTION__bukti`, the evidence field of another question.
        case evidenceFieldClash(question: String, owner: String)
        /// An expression with no faithful counterpart in JavaRosa.
        case expression(attribute: String, owner: String, TranslationFailure)
    }

    public enum NameKind: String, Sendable { case section, question, index }

    public let kind: Kind
    public let location: SourceLocation

    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }

    public func diagnostic(_ l: Language) -> Diagnostic {
        Diagnostic(.error, at: location, message(l))
    }

    public func message(_ l: Language) -> String {
        let prefix = l.pick("tidak dapat dijadikan formulir ODK: ", "cannot become an ODK form: ")
        switch kind {
        case .optionValueWithSpace(let q, let v):
            return prefix + l.pick("pilihan '\(v)' pertanyaan \(q) memuat spasi; nilai pilihan ODK tidak boleh berspasi",
                                   "option '\(v)' of question \(q) holds a space; ODK choice values cannot")
        case .reservedName(let kind, let id):
            return prefix + l.pick("id \(Self.word(kind, l)) '\(id)' dipakai formulir itu sendiri (nama tercadang: \(XFormNames.reserved.sorted().joined(separator: ", ")))",
                                   "\(Self.word(kind, l)) id '\(id)' is used by the form itself (reserved names: \(XFormNames.reserved.sorted().joined(separator: ", ")))")
        case .notAnElementName(let kind, let id):
            return prefix + l.pick("id \(Self.word(kind, l)) '\(id)' bukan nama elemen XML (NCName) yang sah",
                                   "\(Self.word(kind, l)) id '\(id)' is not a valid XML element name (NCName)")
        case .evidenceFieldClash(let q, let owner):
            return prefix + l.pick("pertanyaan '\(q)' bernama sama dengan kolom unggah bukti pertanyaan \(owner)",
                                   "question '\(q)' has the name of question \(owner)'s evidence upload field")
        case .expression(let attribute, let owner, let failure):
            return prefix + "\(attribute) (\(owner)): " + Self.explain(failure, l)
        }
    }

    private static func word(_ kind: NameKind, _ l: Language) -> String {
        switch kind {
        case .section: l.pick("bagian", "section")
        case .question: l.pick("pertanyaan", "question")
        case .index: l.pick("indeks", "index")
        }
    }

    private static func explain(_ f: TranslationFailure, _ l: Language) -> String {
        switch f {
        case .syntax(let offset):
            return l.pick("ekspresi tidak dapat dibaca di karakter \(offset + 1)", "the expression cannot be read at character \(offset + 1)")
        case .path(let offset):
            return l.pick("jalur lokasi di karakter \(offset + 1); di formulir ODK hanya ${nama} dan . yang dapat dipakai",
                          "a location path at character \(offset + 1); an ODK form carries only ${name} and .")
        case .variable(let name):
            return l.pick("variabel $\(name) tidak dikenal", "unknown variable $\(name)")
        case .unknownQuestion(let name):
            return l.pick("${\(name)} tidak merujuk pertanyaan templat", "${\(name)} names no question of the template")
        case .contextOutsideConstraint:
            return l.pick("'.' hanya bermakna di constraint", "'.' only has a meaning in a constraint")
        case .unsupportedFunction(let name):
            return l.pick("fungsi \(name)() membaca struktur dokumen jawaban pkri, yang tidak ada di formulir ODK",
                          "function \(name)() reads the structure of pkri's answer document, which an ODK form does not have")
        case .arguments(let name):
            return l.pick("jumlah argumen \(name)() salah", "wrong number of arguments to \(name)()")
        case .notAnswers(let name):
            return l.pick("\(name) hanya menerima jawaban pertanyaan (${nama})", "\(name) takes only questions' answers (${name})")
        case .computedNumberAsText:
            return l.pick("angka hasil hitungan dipakai sebagai teks; libxml2 dan JavaRosa menuliskannya berbeda",
                          "a computed number is used as text; libxml2 and JavaRosa write it differently")
        }
    }
}

/// Every problem that keeps a template from becoming an ODK form.
public struct XFormExportError: Error, Sendable {
    public let problems: [XFormExportProblem]

    public func diagnostics(_ l: Language) -> [Diagnostic] { problems.map { $0.diagnostic(l) } }
}
