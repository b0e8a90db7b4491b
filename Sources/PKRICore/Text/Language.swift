/// The language of what a person reads. Indonesian by default.
public enum Language: String, Sendable, CaseIterable {
    case id, en

    /// Picks the text for this language.
    public func pick(_ indonesian: String, _ english: String) -> String {
        self == .id ? indonesian : english
    }
}
