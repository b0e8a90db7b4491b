import PKRICore
import Testing

/// What CSV and XLSX output do to text a spreadsheet could run.
@Suite struct FormulaGuardTests {
    /// Formula triggers get a leading `'`, however innocent what follows looks.
    @Test(arguments: [
        "=1+1", #"=HYPERLINK("http://evil.example/","klik")"#, "+1", "+62 812 555", "@SUM(A1:A9)",
        "-2+3+cmd|' /C calc'!A0", "-1+1", "-A1", "--", "- 3", "-3.", "-.5", "-3,5,1", "-3.5e2", "-1-1",
        "\tx", "\r=1", "=",
    ])
    func formulaTriggersAreNeutralised(_ text: String) {
        #expect(FormulaGuard.neutralise(text) == "'" + text)
    }

    /// Text that cannot be a formula reads the same in the sheet as on
    /// screen: the "no group" key `-`, negative numbers with a point or a
    /// comma, and anything not starting with a trigger.
    @Test(arguments: ["-", "-3", "-3.5", "-3,5", "-0,25", "-1234567", "", "Kota Surabaya", "Top 45", "3-1", "'=x"])
    func inertTextIsLeftAlone(_ text: String) {
        #expect(FormulaGuard.neutralise(text) == text)
    }
}
