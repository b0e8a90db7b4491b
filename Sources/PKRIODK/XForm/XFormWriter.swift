import PKRICore

/// Writes a template as an ODK XForm (ODK XForms 1.0) that ODK Collect,
/// Enketo, ODK Central and KoboToolbox accept. The form's shape is a
/// contract (docs/odk-form.md): root `<data id version>`, a `pkri` group,
/// one group per section with one field per question, `QUESTION__bukti`
/// uploads, provisional index values, `meta/instanceID`.
///
/// ```swift
/// let xml = try XFormWriter(template).xml()
/// ```
///
/// A template that cannot be expressed is refused with every problem,
/// each at its place in the template (``XFormExportError``).
public struct XFormWriter: Sendable {
    public let template: Template

    public init(_ template: Template) { self.template = template }

    public func xml() throws(XFormExportError) -> String {
        let plan = try XFormPlan(template)
        var itext = Itext()
        var binds: [[(String, String)]] = []
        var body = XMLText.fragment()

        // The pkri group: who assesses what, and when.
        let pkri = XFormNames.path(XFormNames.pkriGroup)
        body.start("group", [("ref", pkri)])
        body.element("label", [("ref", itext.add(pkri + ":label", FormWords.pkriGroup))])
        for (name, words, hint) in [(XFormNames.subject, FormWords.subject, FormWords.subjectHint),
                                    (XFormNames.assessor, FormWords.assessor, nil)] {
            let path = pkri + "/" + name
            binds.append([("nodeset", path), ("type", "string"), ("required", "true()")])
            body.start("input", [("ref", path)])
            body.element("label", [("ref", itext.add(path + ":label", words))])
            if let hint { body.element("hint", [("ref", itext.add(path + ":hint", hint))]) }
            body.close()
        }
        let role = pkri + "/" + XFormNames.role
        binds.append([("nodeset", role), ("type", "string"), ("required", "true()")])
        body.start("select1", [("ref", role)])
        body.element("label", [("ref", itext.add(role + ":label", FormWords.role))])
        for (value, words) in [("self", FormWords.roleSelf), ("verifier", FormWords.roleVerifier)] {
            body.start("item")
            body.element("label", [("ref", itext.add(role + "/" + value + ":label", words))])
            body.element("value", text: value)
            body.close()
        }
        body.close()
        let stage = pkri + "/" + XFormNames.stage
        binds.append([("nodeset", stage), ("type", "string")])
        body.start("input", [("ref", stage)])
        body.element("label", [("ref", itext.add(stage + ":label", FormWords.stage))])
        body.close()
        for moment in [XFormNames.start, XFormNames.end] {
            binds.append([("nodeset", pkri + "/" + moment), ("type", "dateTime"),
                          ("jr:preload", "timestamp"), ("jr:preloadParams", moment)])
        }
        body.close()

        // One group per section, one field per question.
        for group in plan.groups {
            body.start("group", [("ref", group.path)])
            body.element("label", [("ref", itext.add(group.path + ":label", group.section.label))])
            for field in group.fields { write(field, &body, &binds, &itext) }
            body.close()
        }

        // Provisional index values.
        let scores = XFormNames.path(XFormNames.provisionalGroup)
        body.start("group", [("ref", scores)])
        body.element("label", [("ref", itext.add(scores + ":label", FormWords.provisionalGroup))])
        for p in plan.provisional {
            binds.append([("nodeset", p.path), ("type", "string"), ("readonly", "true()"), ("calculate", p.calculate)])
            body.start("input", [("ref", p.path)])
            let label = FormWords.provisional(p.index.label, scale: DecimalText.format(p.index.scale))
            body.element("label", [("ref", itext.add(p.path + ":label", label))])
            body.close()
        }
        body.close()

        binds.append([("nodeset", XFormNames.path(XFormNames.meta, XFormNames.instanceID)), ("type", "string"),
                      ("readonly", "true()"), ("jr:preload", "uid")])
        return document(plan, itext: itext, binds: binds, body: body)
    }

    private func write(_ field: XFormPlan.Field, _ body: inout XMLText, _ binds: inout [[(String, String)]], _ itext: inout Itext) {
        let q = field.question
        var bind = [("nodeset", field.path), ("type", Self.type(q.kind))]
        if q.required { bind.append(("required", "true()")) }
        if let r = field.relevant { bind.append(("relevant", r)) }
        if let c = field.constraint {
            bind.append(("constraint", c))
            let message = q.constraintMessage.map { own in
                q.min == nil && q.max == nil ? own : Self.joined(FormWords.bounds(min: q.min.map(DecimalText.format), max: q.max.map(DecimalText.format)), own)
            } ?? (q.constraint == nil
                  ? FormWords.bounds(min: q.min.map(DecimalText.format), max: q.max.map(DecimalText.format))
                  : FormWords.constraintDefault)
            bind.append(("jr:constraintMsg", itext.add(field.path + ":constraintMsg", message)))
        }
        binds.append(bind)
        let control = q.kind == .single ? "select1" : q.kind == .multiple ? "select" : "input"
        body.start(control, [("ref", field.path)])
        body.element("label", [("ref", itext.add(field.path + ":label", q.label))])
        if let hint = q.hint { body.element("hint", [("ref", itext.add(field.path + ":hint", hint))]) }
        for o in q.options {
            body.start("item")
            body.element("label", [("ref", itext.add(field.path + "/" + o.value + ":label", o.label))])
            body.element("value", text: o.value)
            body.close()
        }
        body.close()
        if let upload = field.evidencePath {
            var bind = [("nodeset", upload), ("type", "binary")]
            if let r = field.relevant { bind.append(("relevant", r)) }
            binds.append(bind)
            body.start("upload", [("ref", upload), ("mediatype", "application/*")])
            let label = LocalizedText(Dictionary(uniqueKeysWithValues: ["id", "en"].map { lang in
                (lang, FormWords.evidence(q.label.text(lang), required: q.evidence == .required).text(lang))
            }), defaultLanguage: "id")
            body.element("label", [("ref", itext.add(upload + ":label", label))])
            body.element("hint", [("ref", itext.add(upload + ":hint", FormWords.evidenceHint))])
            body.close()
        }
    }

    private func document(_ plan: XFormPlan, itext: Itext, binds: [[(String, String)]], body: XMLText) -> String {
        var xml = XMLText()
        xml.start("h:html", [("xmlns", "http://www.w3.org/2002/xforms"), ("xmlns:h", "http://www.w3.org/1999/xhtml"),
                             ("xmlns:ev", "http://www.w3.org/2001/xml-events"), ("xmlns:jr", "http://openrosa.org/javarosa"),
                             ("xmlns:odk", "http://www.opendatakit.org/xforms"), ("xmlns:orx", "http://openrosa.org/xforms"),
                             ("xmlns:xsd", "http://www.w3.org/2001/XMLSchema")])
        xml.start("h:head")
        xml.element("h:title", text: template.title.text("id"))
        xml.start("model", [("odk:xforms-version", "1.0.0")])
        itext.write(to: &xml)
        xml.start("instance")
        xml.start(XFormNames.root, [("id", template.id), ("version", template.version)])
        xml.start(XFormNames.pkriGroup)
        for name in [XFormNames.subject, XFormNames.assessor, XFormNames.role, XFormNames.stage, XFormNames.start, XFormNames.end] {
            xml.element(name)
        }
        xml.close()
        for group in plan.groups {
            xml.start(group.section.id)
            for field in group.fields {
                xml.element(field.question.id)
                if field.evidencePath != nil { xml.element(XFormNames.evidenceField(of: field.question.id)) }
            }
            xml.close()
        }
        xml.start(XFormNames.provisionalGroup)
        for p in plan.provisional { xml.element(p.index.id) }
        xml.close()
        xml.start(XFormNames.meta)
        xml.element(XFormNames.instanceID)
        xml.close()
        xml.close()
        xml.close()
        for bind in binds { xml.element("bind", bind) }
        xml.close()
        xml.close()
        xml.start("h:body")
        xml.splice(body)
        xml.close()
        xml.close()
        return xml.text
    }

    static func type(_ kind: Question.Kind) -> String {
        switch kind {
        case .single, .multiple, .text: "string"
        case .integer: "int"
        case .decimal: "decimal"
        case .date: "date"
        }
    }

    /// Two messages in one, language by language.
    static func joined(_ a: LocalizedText, _ b: LocalizedText) -> LocalizedText {
        LocalizedText(Dictionary(uniqueKeysWithValues: ["id", "en"].map { ($0, a.text($0) + " " + b.text($0)) }),
                      defaultLanguage: "id")
    }
}
