import CLibXML2

/// Gathers libxml2's structured errors for one operation on one document.
/// Passed to libxml2 as `userData` through `Unmanaged`, never global.
final class ErrorCollector {
    struct Entry {
        var line: Int
        var column: Int?
        var message: String
        var code: Int32
        var isWarning: Bool
        /// The tree node at fault, when libxml2 names one (schema validity
        /// errors: an element or an attribute).
        var node: UnsafeMutableRawPointer?
        /// For an XPath error: the byte offset in the expression where
        /// libxml2 stopped reading it.
        var offset: Int? = nil
    }

    private(set) var entries: [Entry] = []

    /// Forgets every entry (a pooled answer document starts afresh).
    func removeAll() { entries.removeAll() }

    func record(_ error: xmlErrorPtr?) {
        guard let e = error?.pointee else { return }
        var message = e.message.map { String(cString: $0) }
            ?? ErrorCollector.xpathMessages[safe: Int(e.code) - Int(XML_XPATH_EXPRESSION_OK.rawValue)]
            ?? "unknown XML error"
        while message.last?.isWhitespace == true { message.removeLast() }
        let isXPath = e.domain == Int32(XML_FROM_XPATH.rawValue)
        entries.append(Entry(line: Int(e.line), column: e.int2 > 0 ? Int(e.int2) : nil,
                             message: message, code: e.code,
                             isWarning: e.level == XML_ERR_WARNING, node: e.node,
                             offset: isXPath && e.int1 >= 0 ? Int(e.int1) : nil))
    }

    /// libxml2 2.9 leaves `message` empty for XPath errors raised while a
    /// handler is set; these are its texts, by code.
    static let xpathMessages = [
        "Ok", "Number encoding", "Unfinished literal", "Start of literal", "Expected $ for variable reference",
        "Undefined variable", "Invalid predicate", "Invalid expression", "Missing closing curly brace",
        "Unregistered function", "Invalid operand", "Invalid type", "Invalid number of arguments",
        "Invalid context size", "Invalid context position", "Memory allocation error", "Syntax error",
        "Resource error", "Sub resource error", "Undefined namespace prefix", "Encoding error",
        "Char out of XML range", "Invalid or incomplete context", "Stack usage error", "Forbidden variable",
    ]

    var errors: [Entry] { entries.filter { !$0.isWarning } }

    var pointer: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static func from(_ pointer: UnsafeMutableRawPointer?) -> ErrorCollector? {
        pointer.map { Unmanaged<ErrorCollector>.fromOpaque($0).takeUnretainedValue() }
    }

    /// A handler for APIs whose `userData` is this collector.
    static let handler: xmlStructuredErrorFunc = { userData, error in
        ErrorCollector.from(userData)?.record(error)
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
