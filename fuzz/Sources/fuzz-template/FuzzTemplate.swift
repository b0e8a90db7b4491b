import FuzzSupport
import PKRICore
import PKRIXML

/// One input: template bytes. A template that loads is also outlined,
/// filled by the answer generator (which evaluates its expressions) and
/// scored, so fuzzed expressions run, not only compile.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplate(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let file = "fuzz.xml"
    let language = Oracle.language(for: bytes)
    do {
        let loaded = try TemplateLoader(language: language).load(bytes, file: file)
        Oracle.expectLocated(loaded.warnings, in: bytes, file: file)
        let template = loaded.template
        _ = TemplateOutline(template, language: language).render()
        var random = SeededRandom(seed: UInt64(size))
        let answers = AnswerGenerator(template).answers(quality: 0.5, random: &random)
        _ = Scorer(template).score(answers)
    } catch {
        Oracle.require(!error.diagnostics.errors.isEmpty, "rejected without an error: \(error.diagnostics)")
        Oracle.expectLocated(error.diagnostics, in: bytes, file: file)
    }
    return 0
}
