import PKRICore

/// The form's translations (`<itext>`): every label, hint and message by
/// id, in each language; Indonesian is the default.
struct Itext {
    private(set) var entries: [(id: String, text: LocalizedText)] = []

    /// Adds `text` under `id` and returns the reference a control uses.
    mutating func add(_ id: String, _ text: LocalizedText) -> String {
        entries.append((id, text))
        return "jr:itext('\(id)')"
    }

    /// Indonesian, English, then any other language the texts have.
    var languages: [String] {
        var others = Set<String>()
        for e in entries { others.formUnion(e.text.byLanguage.keys) }
        return ["id", "en"] + others.subtracting(["id", "en"]).sorted()
    }

    func write(to xml: inout XMLText) {
        xml.start("itext")
        for language in languages {
            var attributes = [("lang", Self.name(of: language))]
            if language == "id" { attributes.append(("default", "true()")) }
            xml.start("translation", attributes)
            for e in entries {
                xml.start("text", [("id", e.id)])
                xml.element("value", text: e.text.text(language))
                xml.close()
            }
            xml.close()
        }
        xml.close()
    }

    /// ODK's convention for a language's name: `English (en)`.
    static func name(of code: String) -> String {
        switch code {
        case "id": "Bahasa Indonesia (id)"
        case "en": "English (en)"
        default: "\(code) (\(code))"
        }
    }
}
