import CPangoCairo
import PKRICore

/// Makes ``TextLayout``s for one render: one Pango context with unhinted
/// metrics (so what is measured is what prints), one font family, the
/// report's language for shaping and line breaking.
///
/// A text laid out once in a style, width and alignment is not laid out
/// again in the same render: the layout is kept and drawn wherever it
/// recurs (a question label for each assessor, an assessor in every row,
/// the same answers, scores and empty cells). Shaping is most of the cost
/// of a report, and drawing one layout twice gives the same marks as
/// drawing two equal ones.
final class Typesetter {
    enum Alignment: Hashable { case leading, center, trailing, justified }

    /// Tried in order by fontconfig; DejaVu Sans ships with Debian.
    static let fontFamily = "DejaVu Sans,sans-serif"

    private let context: OpaquePointer
    private var fonts: [TextStyle: OpaquePointer] = [:]
    private var layouts: [LayoutKey: TextLayout] = [:]
    private var extents: [ExtentKey: TextExtent] = [:]

    private struct ExtentKey: Hashable {
        var text: String
        var style: TextStyle
    }

    private struct LayoutKey: Hashable {
        var text: String
        var style: TextStyle
        var width: Double
        var alignment: Alignment
    }

    init(for canvas: Canvas, language: Language) {
        // The default font map is per thread (Pango ≥ 1.32), so concurrent
        // renders do not share it.
        context = pango_font_map_create_context(pango_cairo_font_map_get_default())
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_context_set_round_glyph_positions(context, 0)
        pango_context_set_language(context, pango_language_from_string(language.rawValue))
        pango_cairo_update_context(canvas.cairo, context)
    }

    /// Lays `text` out in `width` points, wrapping at word boundaries (and
    /// inside a word only when one word is wider than the line).
    func layout(_ text: String, _ style: TextStyle, width: Double,
                alignment: Alignment = .leading) -> TextLayout {
        let key = LayoutKey(text: text, style: style, width: width, alignment: alignment)
        if let layout = layouts[key] { return layout }
        // A left-aligned text that fits on one line is the one-line layout
        // its column was measured with (most table cells): no second shaping.
        if alignment == .leading, let line = layouts[LayoutKey(text: text, style: style, width: -1, alignment: .leading)],
           line.naturalWidth <= width {
            layouts[key] = line
            return line
        }
        let layout = makeLayout(text, style, width: width, alignment: alignment)
        layouts[key] = layout
        return layout
    }

    /// How narrow `text` can be set without breaking a word, and how wide
    /// it is on one line: what a table's columns are sized from.
    func extent(_ text: String, _ style: TextStyle) -> TextExtent {
        let key = ExtentKey(text: text, style: style)
        if let extent = extents[key] { return extent }
        let line = makeLayout(text, style, width: nil, alignment: .leading)
        layouts[LayoutKey(text: text, style: style, width: -1, alignment: .leading)] = line
        let natural = line.naturalWidth
        // Lines break only at spaces and after hyphens, dashes and slashes
        // (Unicode line breaking, UAX #14): a text without them is one
        // piece. Taking a text that does break as one piece would only make
        // its column wider than it must be.
        let breakable = text.unicodeScalars.contains { $0.properties.isWhitespace || TextExtent.breakAfter.contains($0) }
        let minimum = breakable
            ? makeLayout(text, style, width: 0, alignment: .leading, wrap: PANGO_WRAP_WORD).naturalWidth
            : natural
        let extent = TextExtent(minimum: minimum, natural: natural)
        extents[key] = extent
        return extent
    }

    /// `width` nil sets the text on one line; `wrap` word-only sets each
    /// unbreakable piece on a line of its own when the width is too narrow.
    private func makeLayout(_ text: String, _ style: TextStyle, width: Double?, alignment: Alignment,
                            wrap: PangoWrapMode = PANGO_WRAP_WORD_CHAR) -> TextLayout {
        let layout = pango_layout_new(context)!
        pango_layout_set_font_description(layout, font(for: style))
        pango_layout_set_width(layout, width.map { Int32($0 * Double(PANGO_SCALE)) } ?? -1)
        pango_layout_set_wrap(layout, wrap)
        pango_layout_set_spacing(layout, Int32(style.leading * Double(PANGO_SCALE)))
        switch alignment {
        case .leading: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .trailing: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        case .justified:
            pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
            pango_layout_set_justify(layout, 1)
        }
        pango_layout_set_text(layout, text, -1)
        // A word broken because it is wider than the line is mostly a
        // number, a URL or a code, where an inserted hyphen would mislead.
        let attributes = pango_attr_list_new()
        pango_attr_list_insert(attributes, pango_attr_insert_hyphens_new(0))
        for range in HyphenatedWords.unbreakable(in: text) {
            let keep = pango_attr_allow_breaks_new(0)!
            keep.pointee.start_index = guint(range.lowerBound)
            keep.pointee.end_index = guint(range.upperBound)
            pango_attr_list_insert(attributes, keep)
        }
        pango_layout_set_attributes(layout, attributes)
        pango_attr_list_unref(attributes)
        return TextLayout(layout, color: style.color)
    }

    private func font(for style: TextStyle) -> OpaquePointer {
        if let font = fonts[style] { return font }
        let font = pango_font_description_new()!
        pango_font_description_set_family(font, Typesetter.fontFamily)
        pango_font_description_set_absolute_size(font, style.size * Double(PANGO_SCALE))
        pango_font_description_set_weight(font, style.weight == .bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(font, style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        fonts[style] = font
        return font
    }

    deinit {
        layouts.removeAll()
        for font in fonts.values { pango_font_description_free(font) }
        g_object_unref(UnsafeMutableRawPointer(context))
    }
}
