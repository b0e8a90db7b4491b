/// Where something stands in its source document: a location already
/// known, or one a document reader works out only when asked.
///
/// A column costs a scan of the document's bytes (libxml2 keeps none on
/// its nodes), and only a problem ever prints one: scanning every
/// submission up front was about 6% of scoring it. Two places are equal
/// when they name the same `file:line:column`, however they were made.
public enum SourcePlace: Hashable, Sendable {
    case known(SourceLocation)
    case deferred(DeferredLocation)

    public var location: SourceLocation {
        switch self {
        case .known(let location): location
        case .deferred(let deferred): deferred.resolved
        }
    }

    public static func == (a: SourcePlace, b: SourcePlace) -> Bool { a.location == b.location }
    public func hash(into hasher: inout Hasher) { hasher.combine(location) }
}

/// Finds elements of one parsed document in its bytes.
public protocol ElementLocating: AnyObject, Sendable {
    /// `file:line:column` of the `ordinal`-th element (from 0, in document
    /// order), named `element`, which the parser put on `line`.
    func location(ofElement ordinal: Int, named element: String, line: Int) -> SourceLocation
}

/// An element's place, resolved by its document's locator when asked.
public struct DeferredLocation: Sendable {
    let locator: any ElementLocating
    let ordinal: Int
    let element: String
    let line: Int

    public init(locator: any ElementLocating, ordinal: Int, element: String, line: Int) {
        self.locator = locator
        self.ordinal = ordinal
        self.element = element
        self.line = line
    }

    public var resolved: SourceLocation { locator.location(ofElement: ordinal, named: element, line: line) }
}
