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
        // Bytes, not String: a score line is some 4 KB in over a thousand
        // small pieces, and each `String +=` cost more than the piece.
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        write(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private func write(to out: inout [UInt8]) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .number(let d): out.append(contentsOf: DecimalText.format(d).utf8)
        case .scaled(let units, let scale): out.append(contentsOf: ExactUnits.text(units, scale: scale).utf8)
        case .string(let s): JSON.escape(s, into: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for i in items.indices {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                items[i].write(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for i in members.indices {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSON.escape(members[i].0, into: &out)
                out.append(UInt8(ascii: ":"))
                members[i].1.write(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    static func escape(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Most text needs no escape: copy its bytes whole.
        // 0xE2 starts U+2028 and U+2029 (and other text, which takes the slow path).
        let copied = s.utf8.withContiguousStorageIfAvailable { bytes in
            guard !bytes.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) else { return false }
            out.append(contentsOf: bytes)
            return true
        } ?? false
        if !copied { out.append(contentsOf: escaped(s).utf8) }
        out.append(UInt8(ascii: "\""))
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
