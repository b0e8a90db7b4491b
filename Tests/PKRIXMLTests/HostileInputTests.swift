import Foundation
import PKRICore
import PKRIXML
import Testing

/// The spec's parsing rules against hostile documents: each is rejected with
/// a located error, and no file is opened or read while loading (checked
/// with inotify on a directory holding a secret file).
@Suite("Hostile input")
struct HostileInputTests {
    typealias F = MinimalTemplate
    static let file = "hostile.xml"

    /// What loading `bytes` did: the diagnostics, and the files of `dir`
    /// opened or read meanwhile.
    struct Attempt {
        let loaded: Bool
        let diagnostics: [Diagnostic]
        let touched: [String]

        var errors: [Diagnostic] { diagnostics.errors }

        /// The common promises: rejected, nothing read, the secret in no message.
        func expectRejectedUntouched(_ dir: SecretDirectory, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
            #expect(!loaded, "a hostile document must not load", sourceLocation: sourceLocation)
            #expect(!errors.isEmpty, sourceLocation: sourceLocation)
            #expect(touched.isEmpty, "files read while loading: \(touched)", sourceLocation: sourceLocation)
            #expect(!diagnostics.contains { $0.message.contains(dir.secret) }, sourceLocation: sourceLocation)
        }

        /// Exactly one error, this message, here.
        func expectOnlyError(_ message: String, line: Int, column: Int?,
                             file: String = HostileInputTests.file,
                             sourceLocation: Testing.SourceLocation = #_sourceLocation) {
            #expect(errors.count == 1, "\(errors)", sourceLocation: sourceLocation)
            #expect(errors.first?.message == message, sourceLocation: sourceLocation)
            #expect(errors.first?.location == PKRICore.SourceLocation(file: file, line: line, column: column),
                    sourceLocation: sourceLocation)
        }
    }

    func attempt(_ bytes: [UInt8], _ dir: SecretDirectory) -> Attempt {
        _ = dir.touchedFiles()
        let result = Result { () throws(DocumentError) in
            try TemplateLoader(language: .en).load(bytes, file: Self.file)
        }
        let touched = dir.touchedFiles()
        switch result {
        case .success(let loaded): return Attempt(loaded: true, diagnostics: loaded.warnings, touched: touched)
        case .failure(let error): return Attempt(loaded: false, diagnostics: error.diagnostics, touched: touched)
        }
    }

    func attempt(_ src: MarkedSource, _ dir: SecretDirectory) -> Attempt { attempt(src.bytes, dir) }

    static let doctypeMessage = "DOCTYPE is not allowed: pkri accepts no DTD, entity declaration or external reference"

    // MARK: - The watch itself

    /// Without this, an empty event list would prove nothing.
    @Test func watchSeesAFileBeingRead() throws {
        let dir = try SecretDirectory()
        _ = dir.touchedFiles()
        let text = try String(contentsOfFile: dir.secretFile, encoding: .utf8)
        #expect(text.contains(dir.secret))
        #expect(dir.touchedFiles().contains("secret.txt"))
    }

    // MARK: - DTDs and entities

    @Test func externalEntity() throws {
        let dir = try SecretDirectory()
        let src = F.template(
            prolog: """
            ⟦1⟧<!DOCTYPE template [
              <!ENTITY secret SYSTEM "file://\(dir.secretFile)">
            ]>
            """,
            titles: [#"<title xml:lang="en">&secret;</title>"#])
        let a = attempt(src, dir)
        a.expectRejectedUntouched(dir)
        a.expectOnlyError(Self.doctypeMessage, line: src[1].line, column: src[1].column)
    }

    @Test func parameterEntity() throws {
        let dir = try SecretDirectory()
        let src = F.template(prolog: """
            ⟦1⟧<!DOCTYPE template [
              <!ENTITY % remote SYSTEM "file://\(dir.secretDTD)">
              %remote;
            ]>
            """, titles: [#"<title xml:lang="en">&leak;</title>"#])
        let a = attempt(src, dir)
        a.expectRejectedUntouched(dir)
        a.expectOnlyError(Self.doctypeMessage, line: src[1].line, column: src[1].column)
    }

    @Test func billionLaughs() throws {
        let dir = try SecretDirectory()
        var entities = [#"  <!ENTITY lol "lol">"#]
        for i in 1...9 {
            let previous = i == 1 ? "&lol;" : "&lol\(i - 1);"
            entities.append("  <!ENTITY lol\(i) \"\(String(repeating: previous, count: 10))\">")
        }
        let src = F.template(prolog: "⟦1⟧<!DOCTYPE template [\n" + entities.joined(separator: "\n") + "\n]>",
                             titles: [#"<title xml:lang="en">&lol9;</title>"#])
        let a = attempt(src, dir)
        a.expectRejectedUntouched(dir)
        a.expectOnlyError(Self.doctypeMessage, line: src[1].line, column: src[1].column)
    }

    @Test func externalDTD() throws {
        let dir = try SecretDirectory()
        let src = F.template(prolog: #"⟦1⟧<!DOCTYPE template SYSTEM "file://\#(dir.secretDTD)">"#)
        let a = attempt(src, dir)
        a.expectRejectedUntouched(dir)
        a.expectOnlyError(Self.doctypeMessage, line: src[1].line, column: src[1].column)
    }

    /// A comment or processing instruction before the DOCTYPE does not hide it.
    @Test func externalDTDAfterCommentAndBOM() throws {
        let dir = try SecretDirectory()
        let src = F.template(prolog: """
            <!-- <!DOCTYPE is only text here -->
            <?pkri-note hello?>
              ⟦1⟧<!DOCTYPE template PUBLIC "-//PKRI//x" "file://\(dir.secretDTD)">
            """)
        let a = attempt([0xEF, 0xBB, 0xBF] + src.bytes, dir)
        a.expectRejectedUntouched(dir)
        a.expectOnlyError(Self.doctypeMessage, line: src[1].line, column: src[1].column)
    }

    // MARK: - XInclude

    @Test(arguments: ["http://www.w3.org/2001/XInclude", "http://www.w3.org/2003/XInclude"])
    func xinclude(namespace: String) throws {
        let dir = try SecretDirectory()
        let src = F.template(extensions: [
            #"<ext:note xmlns:ext="urn:example:extension">"#,
            #"  ⟦1⟧<xi:include xmlns:xi="\#(namespace)" href="file://\#(dir.secretFile)" parse="text"/>"#,
            "</ext:note>",
        ])
        let a = attempt(src, dir)
        a.expectRejectedUntouched(dir)
        a.expectOnlyError("XInclude is not allowed: a document may not include other files",
                          line: src[1].line, column: src[1].column)
    }

    // MARK: - Depth

    /// `levels` nested extension elements under the root, each on its own
    /// line; the deepest stands at depth `levels + 1` (the root is depth 1).
    static func nested(_ levels: Int) -> [String] {
        (0..<levels).map { _ in "<x:e xmlns:x=\"urn:example:extension\">" } + (0..<levels).map { _ in "</x:e>" }
    }

    @Test func nestingDepth64IsAccepted() throws {
        let dir = try SecretDirectory()
        let a = attempt(F.template(extensions: Self.nested(63)), dir)
        #expect(a.loaded, "\(a.diagnostics)")
        #expect(a.touched.isEmpty)
    }

    @Test func nestingDepth65IsRejected() throws {
        let dir = try SecretDirectory()
        var lines = Self.nested(64)
        lines[63] = "⟦1⟧" + lines[63]        // the 64th nested element: depth 65
        let src = F.template(extensions: lines)
        let a = attempt(src, dir)
        a.expectRejectedUntouched(dir)
        a.expectOnlyError("elements are nested deeper than 64 levels", line: src[1].line, column: src[1].column)
    }

    /// libxml2 stops at its own depth limit (256) long before 100,000 levels,
    /// with a message about `XML_PARSE_HUGE`; the author must still read the
    /// spec's limit.
    @Test func nestingDepth100000IsRejected() throws {
        let dir = try SecretDirectory()
        let levels = 100_000
        var text = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
            + #"<template xmlns="urn:pkri:template:1" id="t" version="1" subject="innovation">"# + "\n"
        text += String(repeating: "<e>", count: levels) + String(repeating: "</e>", count: levels) + "\n</template>\n"
        let a = attempt(Array(text.utf8), dir)
        a.expectRejectedUntouched(dir)
        #expect(a.errors.first?.location.line == 3)
        #expect(a.errors.map(\.message) == ["elements are nested deeper than 64 levels"])
    }

    // MARK: - Sizes

    /// A valid template padded to exactly `size` bytes with comments of
    /// 32 KiB, one per line (libxml2 refuses a single comment over 10 MB).
    static func padded(to size: Int) -> [UInt8] {
        var bytes = F.template().bytes
        let close = Array("</template>\n".utf8)
        bytes.removeLast(close.count)
        let open = Array("<!--".utf8), end = Array("-->\n".utf8)
        let room = size - bytes.count - close.count
        let chunk = 32 * 1024 + open.count + end.count
        let comments = (room + chunk - 1) / chunk
        let fill = room - comments * (open.count + end.count)
        for i in 0..<comments {
            let count = fill / comments + (i < fill % comments ? 1 : 0)
            bytes += open + [UInt8](repeating: UInt8(ascii: "x"), count: count) + end
        }
        bytes += close
        precondition(bytes.count == size)
        return bytes
    }

    @Test func documentOf16MiBIsAccepted() throws {
        let dir = try SecretDirectory()
        let a = attempt(Self.padded(to: 16 * 1024 * 1024), dir)
        #expect(a.loaded, "\(a.diagnostics)")
    }

    @Test func documentOver16MiBIsRejected() throws {
        let dir = try SecretDirectory()
        let size = 16 * 1024 * 1024 + 1
        let a = attempt(Self.padded(to: size), dir)
        a.expectRejectedUntouched(dir)
        a.expectOnlyError("the document is \(size) bytes, over the limit of 16777216 bytes (16 MiB)", line: 1, column: nil)
    }

    /// On a path the size is checked before the file is opened: a sparse
    /// file of 16 MiB + 1 is refused without a read.
    @Test func fileOver16MiBIsRefusedUnread() throws {
        let dir = try SecretDirectory()
        let path = "\(dir.path)/big.xml"
        #expect(FileManager.default.createFile(atPath: path, contents: Data(F.template().bytes)))
        #expect(truncate(path, 16 * 1024 * 1024 + 1) == 0)
        _ = dir.touchedFiles()
        var diagnostics: [Diagnostic] = []
        do {
            _ = try TemplateLoader(language: .en).load(contentsOf: path)
        } catch {
            diagnostics = error.diagnostics
        }
        #expect(dir.touchedFiles().isEmpty)
        #expect(diagnostics == [Diagnostic(.error, at: PKRICore.SourceLocation(file: path, line: 1),
                                           "the document is 16777217 bytes, over the limit of 16777216 bytes (16 MiB)")])
    }

    @Test func attributeOf64KiBIsAccepted() throws {
        let dir = try SecretDirectory()
        let version = String(repeating: "v", count: 64 * 1024)
        let a = attempt(F.template(root: #"<template xmlns="urn:pkri:template:1" id="t" version="\#(version)" subject="innovation""#), dir)
        #expect(a.loaded, "\(a.diagnostics)")
    }

    @Test func attributeOver64KiBIsRejected() throws {
        let dir = try SecretDirectory()
        let version = String(repeating: "v", count: 64 * 1024 + 1)
        let src = F.template(root: #"<template xmlns="urn:pkri:template:1" id="t" ⟦1⟧version="\#(version)" subject="innovation""#)
        let a = attempt(src, dir)
        a.expectRejectedUntouched(dir)
        a.expectOnlyError("the value of attribute 'version' is over 64 KiB", line: src[1].line, column: src[1].column)
    }

    @Test func textOf64KiBIsAccepted() throws {
        let dir = try SecretDirectory()
        let text = String(repeating: "t", count: 64 * 1024)
        let a = attempt(F.template(titles: [#"<title xml:lang="en">\#(text)</title>"#]), dir)
        #expect(a.loaded, "\(a.diagnostics)")
    }

    /// The limit counts bytes: 32,769 two-byte letters are 65,538 bytes.
    @Test(arguments: [String(repeating: "t", count: 64 * 1024 + 1), String(repeating: "é", count: 32 * 1024 + 1)])
    func textOver64KiBIsRejected(text: String) throws {
        let dir = try SecretDirectory()
        let src = F.template(titles: [#"<title xml:lang="en">⟦1⟧\#(text)</title>"#])
        let a = attempt(src, dir)
        a.expectRejectedUntouched(dir)
        #expect(a.errors.map(\.message) == ["a text is over 64 KiB"])
        // A text node has a line but, in libxml2's tree, no column.
        #expect(a.errors.first?.location.line == src[1].line)
        #expect(a.errors.first?.location.file == Self.file)
    }

    // MARK: - Element count

    /// The minimal template has 14 elements; `extra` extension elements,
    /// one per line, are added before its title.
    static func withElements(extra: Int) -> [UInt8] {
        F.template(extensions: Array(repeating: #"<x:e xmlns:x="urn:example:extension"/>"#, count: extra)).bytes
    }

    @Test func exactly100000ElementsAreAccepted() throws {
        let dir = try SecretDirectory()
        let a = attempt(Self.withElements(extra: 100_000 - 14), dir)
        #expect(a.loaded, "\(a.diagnostics.prefix(3))")
    }

    @Test func over100000ElementsAreRejected() throws {
        let dir = try SecretDirectory()
        let bytes = Self.withElements(extra: 100_000 - 14 + 1)
        let a = attempt(bytes, dir)
        a.expectRejectedUntouched(dir)
        #expect(a.errors.map(\.message) == ["the document has more than 100000 elements"])
        let lines = bytes.filter { $0 == UInt8(ascii: "\n") }.count
        let line = a.errors.first?.location.line ?? 0
        #expect((1...lines).contains(line))
        // In document order the 100,001st element is the last <label>, on
        // the line of the question (two lines before `</template>`).
        #expect(line == lines - 2)
    }

    // MARK: - Encodings

    @Test(arguments: [
        ("an invalid continuation", [0xC3, 0x28] as [UInt8], "not valid UTF-8"),
        ("an overlong slash", [0xC0, 0xAF], "not valid UTF-8"),
        ("a Latin-1 é", [0xE9], "not valid UTF-8"),
        ("a UTF-16 surrogate", [0xED, 0xA0, 0x80], "0xD800"),
    ])
    func badUTF8(_ what: String, _ bad: [UInt8], _ says: String) throws {
        let dir = try SecretDirectory()
        let src = F.template(titles: [#"<title xml:lang="en">Caf⟦1⟧@</title>"#])
        var bytes = src.bytes
        let at = bytes.firstIndex(of: UInt8(ascii: "@"))!
        bytes.replaceSubrange(at...at, with: bad)
        let a = attempt(bytes, dir)
        a.expectRejectedUntouched(dir)
        #expect(a.errors.first?.message.contains(says) == true, "\(what): \(a.errors)")
        #expect(a.errors.first?.location == PKRICore.SourceLocation(file: Self.file, line: src[1].line, column: src[1].column),
                "\(what)")
    }

    /// libxml2 says "Input is not proper UTF-8, indicate encoding !" and adds
    /// a second line of bytes: the advice is wrong for pkri (any other
    /// encoding is refused) and the second line breaks `FILE:LINE:COL: error:`.
    @Test func badUTF8MessageIsOneLineWithoutWrongAdvice() throws {
        let dir = try SecretDirectory()
        var bytes = F.template(titles: [#"<title xml:lang="en">Caf@</title>"#]).bytes
        let at = bytes.firstIndex(of: UInt8(ascii: "@"))!
        bytes.replaceSubrange(at...at, with: [0xE9])
        let message = attempt(bytes, dir).errors.first?.message ?? ""
        #expect(!message.contains("\n"), "\(message)")
        #expect(!message.contains("indicate encoding"), "\(message)")
    }

    @Test(arguments: [
        ("UTF-16LE with BOM", [0xFF, 0xFE] as [UInt8], false),
        ("UTF-16BE with BOM", [0xFE, 0xFF], true),
        ("UTF-16LE without BOM", [], false),
    ])
    func utf16(_ what: String, _ bom: [UInt8], _ bigEndian: Bool) throws {
        let dir = try SecretDirectory()
        let text = F.template(declaration: #"<?xml version="1.0" encoding="UTF-16"?>"#).text
        var bytes = bom
        for unit in text.utf16 {
            bytes += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        let a = attempt(bytes, dir)
        a.expectRejectedUntouched(dir)
        a.expectOnlyError("the document is not UTF-8 (it looks like UTF-16 or UTF-32); save it again as UTF-8",
                          line: 1, column: 1)
    }

    @Test func latin1Declaration() throws {
        let dir = try SecretDirectory()
        let src = F.template(declaration: #"<?xml version="1.0" ⟦1⟧encoding="ISO-8859-1"?>"#)
        let a = attempt(src, dir)
        a.expectRejectedUntouched(dir)
        a.expectOnlyError("encoding 'ISO-8859-1' is not accepted; pkri reads UTF-8 only",
                          line: src[1].line, column: src[1].column)
    }

    /// A control character in an echoed value is written as an escape, so a
    /// finding stays one `FILE:LINE:COL: error:` line (VT and FF break lines too).
    @Test(arguments: [("\u{0B}", "\\u{0B}"), ("\u{0C}", "\\u{0C}"), ("\t", "\\t"), ("\u{85}", "\\u{85}")])
    func controlCharacterInAnEncodingNameIsEscaped(_ control: String, _ escaped: String) throws {
        let dir = try SecretDirectory()
        let src = F.template(declaration: #"<?xml version="1.0" ⟦1⟧encoding="UTF\#(control)8"?>"#)
        let a = attempt(src, dir)
        a.expectRejectedUntouched(dir)
        a.expectOnlyError("encoding 'UTF\(escaped)8' is not accepted; pkri reads UTF-8 only",
                          line: src[1].line, column: src[1].column)
    }

    @Test func utf8DeclarationInAnyCaseIsAccepted() throws {
        let dir = try SecretDirectory()
        let a = attempt(F.template(declaration: "<?xml version='1.0' encoding='utf-8' standalone='yes'?>"), dir)
        #expect(a.loaded, "\(a.diagnostics)")
    }

    // MARK: - Namespace and root

    @Test(arguments: [
        (#"<template xmlns="urn:pkri:template:2" id="t" version="1" subject="innovation""#, "{urn:pkri:template:2}template"),
        (#"<template id="t" version="1" subject="innovation""#, "template"),
        (#"<submission xmlns="urn:pkri:submission:1" id="t""#, "{urn:pkri:submission:1}submission"),
    ])
    func wrongNamespaceOrRoot(root: String, found: String) throws {
        let dir = try SecretDirectory()
        let src = F.template(root: root)
        let name = root.hasPrefix("<submission") ? "submission" : "template"
        let a = attempt(Array(src.text.replacingOccurrences(of: "</template>", with: "</\(name)>").utf8), dir)
        a.expectRejectedUntouched(dir)
        a.expectOnlyError("the root element must be <template> in namespace urn:pkri:template:1, not \(found)",
                          line: src[0].line, column: src[0].column)
    }
}
