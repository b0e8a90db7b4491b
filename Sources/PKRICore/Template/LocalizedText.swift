/// Text given in one or more languages (`xml:lang`), such as a label.
public struct LocalizedText: Hashable, Sendable {
    /// Text by language code, e.g. `["id": "Regulasi", "en": "Regulation"]`.
    public var byLanguage: [String: String]
    /// The language used when the asked one is missing.
    public var defaultLanguage: String

    public init(_ byLanguage: [String: String], defaultLanguage: String) {
        self.byLanguage = byLanguage
        self.defaultLanguage = defaultLanguage
    }

    public var isEmpty: Bool { byLanguage.isEmpty }

    /// The text in `language`, else in the default language, else any.
    public func text(_ language: String) -> String {
        byLanguage[language] ?? byLanguage[defaultLanguage]
            ?? byLanguage.sorted { $0.key < $1.key }.first?.value ?? ""
    }
}
