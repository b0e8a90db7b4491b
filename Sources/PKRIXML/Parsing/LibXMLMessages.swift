import CLibXML2
import Foundation
import PKRICore

/// Turns libxml2's messages into words a template author reads: namespaces
/// folded away, the commonest schema messages said plainly, in Indonesian
/// or English.
enum LibXMLMessages {
    struct SchemaMessage {
        var text: String
        var element: String?
        var attribute: String?
    }

    /// `Element '{urn:…}band', attribute 'min': 'x' is not a valid value …`
    static func schema(_ raw: String, _ lang: Language) -> SchemaMessage {
        var rest = Substring(raw)
        var element: String?, attribute: String?
        if rest.hasPrefix("Element '"), let end = rest.dropFirst(9).firstIndex(of: "'") {
            element = localName(String(rest[rest.index(rest.startIndex, offsetBy: 9)..<end]))
            rest = rest[rest.index(after: end)...]
            if rest.hasPrefix(", attribute '"), let aEnd = rest.dropFirst(13).firstIndex(of: "'") {
                attribute = localName(String(rest[rest.index(rest.startIndex, offsetBy: 13)..<aEnd]))
                rest = rest[rest.index(after: aEnd)...]
            }
            if rest.hasPrefix(": ") { rest = rest.dropFirst(2) }
        }
        // `##other` is the schema's room for extensions: noise to an author.
        let detail = foldNamespaces(String(rest))
            .replacingOccurrences(of: "##other*, ", with: "")
            .replacingOccurrences(of: ", ##other*", with: "")
            .replacingOccurrences(of: "( ##other* )", with: lang.pick("(tidak ada elemen pkri)", "(no pkri element)"))
        let text: String
        switch (element, attribute) {
        case let (e?, a?): text = "<\(e)> @\(a): " + translate(detail, lang)
        case let (e?, nil): text = "<\(e)>: " + translate(detail, lang)
        default: text = translate(detail, lang)
        }
        return SchemaMessage(text: text, element: element, attribute: attribute)
    }

    static func parser(_ raw: String, code: Int32, _ lang: Language) -> String {
        // One line per finding, whatever libxml2 wrote.
        let text = foldNamespaces(raw).split(whereSeparator: \.isNewline).joined(separator: " ")
        if text.hasPrefix("Input is not proper UTF-8") {
            let bytes = text.range(of: "Bytes:").map { String(text[$0.upperBound...]).trimmingCharacters(in: .whitespaces) } ?? ""
            return lang.pick("isi bukan UTF-8 yang sah (bita \(bytes)); pkri hanya membaca UTF-8",
                             "the content is not valid UTF-8 (bytes \(bytes)); pkri reads UTF-8 only")
        }
        guard lang == .id else { return text }
        if text.hasPrefix("Opening and ending tag mismatch") { return "tag pembuka dan penutup tidak cocok: " + text }
        if text.hasPrefix("Premature end of data") { return "dokumen berakhir sebelum waktunya: " + text }
        return "XML tidak sah: " + text
    }

    /// An XPath error as libxml2 words it (``ErrorCollector/xpathMessages``),
    /// in Indonesian when asked; another text is kept as it is.
    static func xpath(_ message: String, code: Int32?, _ lang: Language) -> String {
        guard lang == .id, let code else { return message }
        let k = Int(code) - Int(XML_XPATH_EXPRESSION_OK.rawValue)
        guard ErrorCollector.xpathMessages[safe: k] == message, let text = xpathIndonesian[safe: k] else { return message }
        return text
    }

    /// ``ErrorCollector/xpathMessages`` in Indonesian, by code.
    private static let xpathIndonesian = [
        "ok", "penulisan angka salah", "teks dalam tanda kutip belum ditutup", "awal teks dalam tanda kutip",
        "diharapkan $ untuk rujukan variabel", "variabel tidak dikenal", "syarat dalam [ ] tidak sah",
        "ekspresi tidak sah", "kurung kurawal penutup tidak ada", "fungsi tidak dikenal", "operand tidak sah",
        "tipe tidak sah", "jumlah argumen salah", "ukuran konteks tidak sah", "posisi konteks tidak sah",
        "memori tidak cukup", "kesalahan sintaksis", "kesalahan sumber daya", "kesalahan sub-sumber daya",
        "awalan namespace tidak dikenal", "kesalahan pengodean", "karakter di luar rentang XML",
        "konteks tidak sah atau tidak lengkap", "kesalahan pemakaian stack", "variabel terlarang",
    ]

    /// `{urn:pkri:template:1}band` → `band`, in a whole message.
    static func foldNamespaces(_ text: String) -> String {
        var out = ""
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == "{", let close = text[i...].firstIndex(of: "}"),
               text[text.index(after: i)..<close].contains(":") {
                i = text.index(after: close)
                continue
            }
            out.append(text[i])
            i = text.index(after: i)
        }
        return out
    }

    private static func localName(_ qualified: String) -> String {
        if let close = qualified.lastIndex(of: "}") { return String(qualified[qualified.index(after: close)...]) }
        return qualified
    }

    private static func translate(_ detail: String, _ lang: Language) -> String {
        guard lang == .id else { return detail }
        let patterns: [(String, String)] = [
            ("This element is not expected.", "elemen ini tidak diharapkan di sini."),
            ("Expected is one of", "Yang diharapkan salah satu dari"),
            ("Expected is", "Yang diharapkan"),
            ("Missing child element(s).", "elemen anak kurang."),
            ("The attribute", "Atribut"),
            ("is required but missing.", "wajib ada tetapi tidak ditemukan."),
            ("is not allowed.", "tidak diperbolehkan."),
            ("is not a valid value of the atomic type", "bukan nilai yang sah untuk tipe"),
            ("is not a valid value of the local atomic type.", "bukan nilai yang sah."),
            ("[facet 'enumeration'] The value", "nilai"),
            ("is not an element of the set", "bukan salah satu dari"),
            ("[facet 'pattern'] The value", "nilai"),
            ("is not accepted by the pattern", "tidak sesuai pola"),
            ("[facet 'minInclusive'] The value", "nilai"),
            ("[facet 'minExclusive'] The value", "nilai"),
            ("[facet 'minLength'] The value", "nilai"),
            ("is less than the minimum value allowed", "lebih kecil dari nilai minimum"),
            ("must be greater than", "harus lebih besar dari"),
            ("has a length of", "panjangnya"),
            ("this underruns the allowed minimum length of", "kurang dari panjang minimum"),
            ("Character content other than whitespace is not allowed because the content type is 'element-only'.",
             "teks tidak diperbolehkan di sini; elemen ini hanya berisi elemen lain."),
            ("Element content is not allowed, because the content type is a simple type definition.",
             "elemen anak tidak diperbolehkan di sini; elemen ini hanya berisi teks."),
            ("No matching global declaration available for the validation root.",
             "elemen akar tidak dikenal."),
        ]
        var text = detail
        for (en, id) in patterns { text = text.replacingOccurrences(of: en, with: id) }
        return text
    }
}
