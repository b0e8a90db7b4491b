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
    }

    private(set) var entries: [Entry] = []

    func record(_ error: xmlErrorPtr?) {
        guard let e = error?.pointee else { return }
        var message = e.message.map { String(cString: $0) } ?? "unknown XML error"
        while message.last?.isWhitespace == true { message.removeLast() }
        entries.append(Entry(line: Int(e.line), column: e.int2 > 0 ? Int(e.int2) : nil,
                             message: message, code: e.code,
                             isWarning: e.level == XML_ERR_WARNING))
    }

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
