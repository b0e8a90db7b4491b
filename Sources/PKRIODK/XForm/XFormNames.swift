/// The names an exported form uses: its contract with ODK tools and with
/// pkri's instance decoder (docs/odk-form.md).
public enum XFormNames {
    /// The primary instance's root element.
    public static let root = "data"
    /// The first group: who assesses what.
    public static let pkriGroup = "pkri"
    public static let subject = "subject"
    public static let assessor = "assessor"
    public static let role = "role"
    public static let stage = "stage"
    /// Filled by the form itself (timestamp preloads).
    public static let start = "start"
    public static let end = "end"
    /// The group of provisional index values, at the end.
    public static let provisionalGroup = "pkri_nilai"
    /// ODK's own: `meta/instanceID`.
    public static let meta = "meta"
    public static let instanceID = "instanceID"
    /// `QUESTION__bukti`: the upload of a question's evidence.
    public static let evidenceSuffix = "__bukti"

    /// Names no section or question may take.
    public static let reserved: Set<String> = [pkriGroup, meta, provisionalGroup]

    public static func evidenceField(of question: String) -> String { question + evidenceSuffix }

    static func path(_ steps: String...) -> String { "/" + ([root] + steps).joined(separator: "/") }

    /// An XML NCName, as an element name must be: a letter or `_`, then
    /// letters, digits, `.`, `-`, `_`.
    static func isElementName(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, first == "_" || first.properties.isAlphabetic else { return false }
        return s.unicodeScalars.allSatisfy {
            $0 == "_" || $0 == "-" || $0 == "." || $0.properties.isAlphabetic || $0.properties.numericType != nil
        }
    }
}
