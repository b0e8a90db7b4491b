/// What the registry's free-text `status` column says about whether an
/// innovation still runs. The registry's own words are Indonesian
/// (`berjalan`, `berjalan dan dikembangkan`, `uji coba`, `persiapan`,
/// `mati suri`, `berhenti`); case and repeated spaces are ignored.
public enum RegistryStatus {
    /// Statuses of an innovation in service (a pilot serves people too).
    static let runningWords: Set<String> = ["berjalan", "berjalan dan dikembangkan", "dikembangkan", "uji coba"]
    /// Statuses of one that does not serve anyone now: stopped, dormant, or
    /// not started yet.
    static let stoppedWords: Set<String> = ["berhenti", "dihentikan", "mati suri", "persiapan"]

    /// True or false for the statuses above; nil for an empty or other one.
    ///
    /// ```swift
    /// RegistryStatus.running("Uji  coba")   // true
    /// RegistryStatus.running("mati suri")   // false
    /// RegistryStatus.running("dialihkan")   // nil
    /// ```
    public static func running(_ status: String?) -> Bool? {
        guard let status else { return nil }
        let words = status.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if runningWords.contains(words) { return true }
        if stoppedWords.contains(words) { return false }
        return nil
    }
}
