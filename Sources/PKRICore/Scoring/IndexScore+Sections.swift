import Foundation

extension IndexScore {
    /// Each section's weighted sums (scoring rule 5) as text to store beside
    /// the index value: `earned/max` per section of the index, in template
    /// order, separated by spaces (`"10/12 0/0 3.5/4"`; `0/0` is a section
    /// that did not count). With the section weights they give the value
    /// again (rule 6) for any other weights, without the answers: what
    /// `pkri sensitivity` recombines. Written from the exact integers.
    public var sectionsText: String {
        sections.map { s in
            switch s.sums {
            case .exact(let e, let m):
                return ExactUnits.text(e, scale: 2 * ExactUnits.digits) + "/" + ExactUnits.text(m, scale: 2 * ExactUnits.digits)
            case .decimal(let e, let m):
                return DecimalText.format(e) + "/" + DecimalText.format(m)
            }
        }.joined(separator: " ")
    }

    /// The ratios r(s) = earned/max of ``sectionsText``, nil for a section
    /// that did not count; nil when the text is not of that form.
    public static func sectionRatios(_ text: String) -> [Double?]? {
        guard !text.isEmpty else { return [] }
        var out: [Double?] = []
        for part in text.split(separator: " ") {
            let pair = part.split(separator: "/")
            guard pair.count == 2, let e = Double(pair[0]), let m = Double(pair[1]) else { return nil }
            out.append(m > 0 ? e / m : nil)
        }
        return out
    }
}
