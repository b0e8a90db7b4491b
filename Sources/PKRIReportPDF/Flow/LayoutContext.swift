import PKRICore

/// What a layout primitive needs to cut itself into slices.
struct LayoutContext {
    let typesetter: Typesetter
    let theme: Theme
    let language: Language
    /// The width of the content column, in points.
    let width: Double
}
