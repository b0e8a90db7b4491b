/// What layout primitives give the paginator: slices, and forced breaks.
enum FlowItem {
    case slice(Slice)
    case pageBreak
}
