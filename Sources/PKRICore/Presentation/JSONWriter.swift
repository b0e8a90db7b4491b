import Foundation

/// Writes JSON text straight into UTF-8 bytes, in the form ``JSON`` writes
/// it (one line, no spaces, keys in the order written). For output written
/// so often that building a ``JSON`` tree first was most of its cost: a
/// score line is over a thousand values.
///
/// ```swift
/// var w = JSONWriter()
/// w.openObject(); w.key("id"); w.string("a"); w.key("n"); w.scaled(7778, scale: 2); w.closeObject()
/// w.text   // {"id":"a","n":77.78}
/// ```
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    /// No comma before the next value: at the start, after `{`, `[` or a key.
    private var first = true

    init(capacity: Int = 1024) { bytes.reserveCapacity(capacity) }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func openObject() { open(UInt8(ascii: "{")) }
    mutating func closeObject() { close(UInt8(ascii: "}")) }
    mutating func openArray() { open(UInt8(ascii: "[")) }
    mutating func closeArray() { close(UInt8(ascii: "]")) }

    mutating func key(_ key: String) {
        separate()
        escape(key)
        bytes.append(UInt8(ascii: ":"))
        first = true
    }

    /// A key written in the source, such as `"id"`: plain ASCII that needs
    /// no escape, so its bytes are copied without the scan ``key(_:)`` makes
    /// (a score line has over 250 keys).
    mutating func key(literal key: StaticString) {
        assert(key.withUTF8Buffer { $0.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C } })
        separate()
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        first = true
    }

    mutating func null() { keyword("null") }
    mutating func bool(_ b: Bool) { keyword(b ? "true" : "false") }

    mutating func string(_ s: String) {
        separate()
        escape(s)
        first = false
    }

    mutating func string(_ s: String?) {
        if let s { string(s) } else { null() }
    }

    mutating func number(_ d: Decimal) { literal(DecimalText.format(d)) }

    /// `units` × 10^-`scale`, from the integer (``ExactUnits/append(_:scale:to:)``).
    mutating func scaled(_ units: Int128, scale: Int) {
        separate()
        ExactUnits.append(units, scale: scale, to: &bytes)
        first = false
    }

    /// Any ``JSON`` value.
    mutating func value(_ json: JSON) {
        switch json {
        case .null: null()
        case .bool(let b): bool(b)
        case .number(let d): number(d)
        case .scaled(let units, let scale): scaled(units, scale: scale)
        case .string(let s): string(s)
        case .array(let items):
            openArray()
            for i in items.indices { value(items[i]) }
            closeArray()
        case .object(let members):
            openObject()
            for i in members.indices {
                key(members[i].0)
                value(members[i].1)
            }
            closeObject()
        }
    }

    private mutating func separate() {
        if !first { bytes.append(UInt8(ascii: ",")) }
    }

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        first = true
    }

    private mutating func close(_ bracket: UInt8) {
        bytes.append(bracket)
        first = false
    }

    private mutating func literal(_ text: String) {
        separate()
        bytes.append(contentsOf: text.utf8)
        first = false
    }

    /// `null`, `true`, `false`: copied without a `String`'s UTF-8 view.
    private mutating func keyword(_ text: StaticString) {
        separate()
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
        first = false
    }

    private mutating func escape(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        // Most text needs no escape: copy its bytes whole.
        // 0xE2 starts U+2028 and U+2029 (and other text, which takes the slow path).
        let copied = s.utf8.withContiguousStorageIfAvailable { text in
            guard !text.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) else { return false }
            bytes.append(contentsOf: text)
            return true
        } ?? false
        if !copied { bytes.append(contentsOf: Self.escaped(s).utf8) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// `s` with JSON escapes, scalar by scalar, without the quotes.
    private static func escaped(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
