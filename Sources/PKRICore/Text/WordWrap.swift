/// Breaks text into lines of at most `width` characters at spaces, so a
/// terminal does not cut a word in two at its edge. A word longer than a
/// line is cut (nothing else would fit it).
///
/// ```swift
/// WordWrap.lines("Pilih kondisi pada saat penilaian", width: 16)   // ["Pilih kondisi", "pada saat", "penilaian"]
/// ```
public enum WordWrap {
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0, text.count > width else { return [text] }
        var out: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            if !line.isEmpty, line.count + 1 + word.count <= width {
                line += " " + word
                continue
            }
            if !line.isEmpty { out.append(line) }
            while word.count > width {
                out.append(String(word.prefix(width)))
                word = word.dropFirst(width)
            }
            line = String(word)
        }
        if !line.isEmpty || out.isEmpty { out.append(line) }
        return out
    }
}
