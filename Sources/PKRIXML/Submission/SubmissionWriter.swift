import PKRICore

/// Writes a ``Submission`` as a `urn:pkri:submission:1` document: UTF-8,
/// every text escaped, answers in the order given. An answer without a
/// value (evidence or a note typed before it) is left out: the format
/// requires a value, and a document must stay valid.
public enum SubmissionWriter {
    public static func xml(_ s: Submission) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<submission xmlns=\"\(SubmissionNamespace.uri)\" id=\"\(attribute(s.id))\"\n"
        out += "            template=\"\(attribute(s.template))\" template-version=\"\(attribute(s.templateVersion))\"\n"
        out += "            subject=\"\(attribute(s.subject))\" assessor=\"\(attribute(s.assessor))\" role=\"\(s.role.rawValue)\""
        if let stage = s.stage { out += " stage=\"\(attribute(stage))\"" }
        out += " status=\"\(s.status.rawValue)\"\n"
        out += "            created=\"\(attribute(s.created))\" updated=\"\(attribute(s.updated))\">\n"
        for a in s.answers where !a.values.isEmpty {
            out += "  <answer question=\"\(attribute(a.question))\">"
            let simple = a.evidence.isEmpty && a.note == nil && a.values.count == 1
            if simple {
                out += "<value>\(escape(a.values[0]))</value></answer>\n"
                continue
            }
            out += "\n"
            for v in a.values { out += "    <value>\(escape(v))</value>\n" }
            for e in a.evidence {
                out += "    <evidence href=\"\(attribute(e.href))\" status=\"\(e.status.rawValue)\""
                if let sha = e.sha256 { out += " sha256=\"\(attribute(sha))\"" }
                out += "/>\n"
            }
            if let note = a.note { out += "    <note>\(escape(note))</note>\n" }
            out += "  </answer>\n"
        }
        out += "</submission>\n"
        return out
    }

    static func escape(_ s: String) -> String { MarkupText.escape(s) }

    static func attribute(_ s: String) -> String { MarkupText.escapeAttribute(s) }
}
