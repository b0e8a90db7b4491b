import PKRICore

/// The words printed around the content, in the report's language.
struct PageLabels {
    let language: Language

    /// "Halaman 3 dari 7" / "Page 3 of 7".
    func pageNumber(_ number: Int, of count: Int) -> String {
        language.pick("Halaman \(number) dari \(count)", "Page \(number) of \(count)")
    }
}
