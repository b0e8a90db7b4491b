import Foundation

/// A JSON value written with keys in the order given and numbers in plain
/// decimal notation (`77.78`, never `7.778e1`), so output is stable and
/// diffable.
public enum JSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Decimal)
    /// The number `units` × 10^-`scale`, written as `number` would write it
    /// but from the integer: formatting a `Decimal` costs microseconds.
    case scaled(Int128, scale: Int)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    public static func == (a: JSON, b: JSON) -> Bool { a.serialized() == b.serialized() }

    public static func optional(_ d: Decimal?) -> JSON { d.map(JSON.number) ?? .null }
    public static func optional(_ s: String?) -> JSON { s.map(JSON.string) ?? .null }

    /// One line, no spaces.
    public func serialized() -> String {
        var out = ""
        write(to: &out)
        return out
    }

    private func write(to out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let d): out += DecimalText.format(d)
        case .scaled(let units, let scale): out += ExactUnits.text(units, scale: scale)
        case .string(let s): JSON.escape(s, into: &out)
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.write(to: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (i, (key, value)) in members.enumerated() {
                if i > 0 { out += "," }
                JSON.escape(key, into: &out)
                out += ":"
                value.write(to: &out)
            }
            out += "}"
        }
    }

    static func escape(_ s: String, into out: inout String) {
        out += "\""
        // Most text needs no escape: append it whole (scalar by scalar is slow).
        // 0xE2 starts U+2028 and U+2029 (and other text, which takes the slow path).
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
            out += s
            out += "\""
            return
        }
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
        out += "\""
    }
}
