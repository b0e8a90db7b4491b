/// Keeps text inert in a spreadsheet: what CSV and XLSX output do to user
/// text (a name, an id, an award) that Excel or LibreOffice could run.
///
/// Text beginning with `=`, `+`, `-`, `@`, a tab or a carriage return may be
/// taken for a formula (or a DDE payload such as `-2+3+cmd|' /C calc'!A0`),
/// so it gets a leading `'`, which both programs read as "this is text".
/// Text that cannot be a formula is left as it is, so that it reads the
/// same in the sheet as on screen: a lone `-` (the "no group" key of
/// `aggregate`) and a plain negative number (`-3`, `-3.5`, `-3,5`).
///
/// ```swift
/// FormulaGuard.neutralise("=HYPERLINK(\"http://x\")")  // "'=HYPERLINK(\"http://x\")"
/// FormulaGuard.neutralise("-3,5")                     // "-3,5"
/// ```
public enum FormulaGuard {
    /// `s`, with a leading `'` when a spreadsheet could read it as a formula.
    public static func neutralise(_ s: String) -> String {
        guard let first = s.utf8.first, triggers.contains(first) else { return s }
        if first == UInt8(ascii: "-"), isInert(s.utf8.dropFirst()) { return s }
        return "'" + s
    }

    /// `=`, `+`, `-`, `@`, tab, carriage return.
    private static let triggers: Set<UInt8> = [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D]

    /// What may follow a leading `-` without making a formula: nothing, or
    /// digits with at most one decimal point or comma between digits.
    private static func isInert(_ rest: Substring.UTF8View) -> Bool {
        guard !rest.isEmpty else { return true }
        var digitsBefore = 0, digitsAfter = 0, separators = 0
        for byte in rest {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if separators == 0 { digitsBefore += 1 } else { digitsAfter += 1 }
            case UInt8(ascii: "."), UInt8(ascii: ","):
                separators += 1
                if separators > 1 { return false }
            default:
                return false
            }
        }
        return digitsBefore > 0 && (separators == 0 || digitsAfter > 0)
    }
}
