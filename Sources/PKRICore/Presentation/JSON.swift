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
        var writer = JSONWriter()
        writer.value(self)
        return writer.text
    }
}
