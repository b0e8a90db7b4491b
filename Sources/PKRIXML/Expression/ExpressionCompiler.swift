import PKRICore

/// Compiles the expressions of a template once, at load: `${name}`
/// rewritten, functions and variables checked, libxml2's compiler run, and
/// one trial evaluation to catch errors libxml2 only finds when running
/// (such as a wrong number of arguments).
struct ExpressionCompiler {
    let language: Language
    private let trial = XPathAnswerDocument(memoizes: false)
    /// One compiled form per distinct XPath text, so that an answer document
    /// can reuse the value of an expression many questions repeat (such as
    /// `not(${status} = 'berhenti')`).
    private let compiled = CompiledCache()

    private final class CompiledCache {
        var byXPath: [String: XPathExpression] = [:]
    }

    init(language: Language) { self.language = language }

    /// The compiled expression, or the problems with it.
    func compile(_ source: String, at location: SourceLocation, isConstraint: Bool = false)
        -> Result<Condition, ExpressionProblems> {
        let scan = ExpressionScanner(source)
        var problems: [String] = []
        if scan.malformedReference != nil {
            problems.append(language.pick("'${' tanpa '}' penutup", "'${' without a closing '}'"))
        }
        for v in scan.variables {
            problems.append(language.pick("variabel $\(v.name) tidak dikenal; tulis ${\(v.name)} untuk merujuk pertanyaan",
                                          "unknown variable $\(v.name); write ${\(v.name)} to refer to a question"))
        }
        for f in scan.functions where !ExpressionScanner.knownFunctions.contains(f.name) {
            problems.append(language.pick("fungsi \(f.name)() tidak dikenal", "unknown function \(f.name)()"))
        }
        for r in scan.references where !Self.isNCName(r.name) {
            problems.append(language.pick("'${\(r.name)}' bukan id pertanyaan yang sah", "'${\(r.name)}' is not a valid question id"))
        }
        guard problems.isEmpty else { return .failure(ExpressionProblems(messages: problems)) }
        let xpath = scan.xpath
        let result = compiled.byXPath[xpath].map { .success($0) }
            ?? XPathExpression.compile(xpath, readsOnlyReferences: scan.readsOnlyReferences)
        switch result {
        case .failure(let e):
            return .failure(ExpressionProblems(messages: [invalid(e, in: source, scan: scan)]))
        case .success(let compiled):
            self.compiled.byXPath[xpath] = compiled
            var names: [String] = []
            for r in scan.references where !names.contains(r.name) { names.append(r.name) }
            let expression = Condition(source: source, references: names, location: location, compiled: compiled)
            let before = trial.errors.entries.count
            _ = isConstraint ? trial.isTrue(expression, proposing: "0", for: "trial") : trial.isTrue(expression)
            if trial.errors.entries.count > before, let e = trial.errors.entries.last {
                let what = LibXMLMessages.xpath(e.message, code: e.code, language)
                return .failure(ExpressionProblems(messages: [language.pick(
                    "ekspresi gagal dievaluasi (\(what))", "the expression fails to evaluate (\(what))")]))
            }
            return .success(expression)
        }
    }

    /// What libxml2 found wrong, where in the expression as written (it
    /// reports a byte offset in the rewritten XPath), and a hint for an
    /// operator of another language: `relevant: invalid XPath expression at
    /// character 7, at "= 'a'" (Invalid expression); XPath compares with '=' …`.
    private func invalid(_ e: XPathExpression.CompileError, in source: String, scan: ExpressionScanner) -> String {
        let l = language
        let what = LibXMLMessages.xpath(e.message, code: e.code, l)
        var text: String
        if let offset = e.offset {
            let scalars = source.unicodeScalars
            let at = scan.sourceOffset(ofXPathByte: offset, sourceLength: scalars.count)
            if at >= scalars.count {
                text = l.pick("ekspresi XPath tidak sah: berakhir sebelum selesai (\(what))",
                              "invalid XPath expression: it ends too soon (\(what))")
            } else {
                let rest = String(String.UnicodeScalarView(scalars.dropFirst(at)))
                let near = rest.count > 12 ? rest.prefix(12) + "…" : rest
                text = l.pick("ekspresi XPath tidak sah pada karakter ke-\(at + 1), di \"\(near)\" (\(what))",
                              "invalid XPath expression at character \(at + 1), at \"\(near)\" (\(what))")
            }
        } else {
            text = l.pick("ekspresi XPath tidak sah (\(what))", "invalid XPath expression (\(what))")
        }
        for op in scan.foreignOperators {
            switch op {
            case "==": text += l.pick("; XPath membandingkan dengan '=' (dan '!=' untuk tidak sama), bukan '=='",
                                      "; XPath compares with '=' (and '!=' for not equal), not '=='")
            case "&&": text += l.pick("; XPath menulis 'and', bukan '&&'", "; XPath writes 'and', not '&&'")
            default: text += l.pick("; XPath menulis 'or', bukan '||'", "; XPath writes 'or', not '||'")
            }
        }
        return text
    }

    static func isNCName(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first,
              first == "_" || first.properties.isAlphabetic else { return false }
        return s.unicodeScalars.allSatisfy {
            $0 == "_" || $0 == "-" || $0 == "." || $0.properties.isAlphabetic || $0.properties.numericType != nil
        }
    }
}

struct ExpressionProblems: Error { var messages: [String] }
