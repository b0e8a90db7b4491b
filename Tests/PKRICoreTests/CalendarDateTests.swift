import PKRICore
import Testing

/// `YYYY-MM-DD` dates checked against the Gregorian calendar.
@Suite("CalendarDate")
struct CalendarDateTests {
    @Test(arguments: [
        ("2024-02-29", 2024, 2, 29),    // leap year
        ("2000-02-29", 2000, 2, 29),    // divisible by 400: leap
        ("2025-12-31", 2025, 12, 31),
        ("2025-04-30", 2025, 4, 30),
        ("2025-01-01", 2025, 1, 1),
        ("1999-09-09", 1999, 9, 9),
    ])
    func validDates(text: String, year: Int, month: Int, day: Int) throws {
        let date = try #require(CalendarDate(text))
        #expect(date.year == year)
        #expect(date.month == month)
        #expect(date.day == day)
    }

    @Test(arguments: [
        "2025-02-30",   // February never has 30 days
        "2025-02-29",   // 2025 is not a leap year
        "1900-02-29",   // divisible by 100, not 400: not leap
        "2025-04-31", "2025-06-31", "2025-09-31", "2025-11-31",
        "2025-13-01", "2025-00-10", "2025-01-00", "2025-01-32",
        "2025-1-01", "25-01-01", "2025/01/01", "2025-01-01T00:00", "20250101",
        "+025-01-01", "2025-0a-01", " 2025-01-1", "", "２０２５-01-01",
    ])
    func invalidDates(text: String) {
        #expect(CalendarDate(text) == nil)
    }

    @Test func orderIsChronological() throws {
        let a = try #require(CalendarDate("2024-12-31"))
        let b = try #require(CalendarDate("2025-01-01"))
        let c = try #require(CalendarDate("2025-01-10"))
        #expect(a < b && b < c)
        #expect(!(c < a))
        #expect(CalendarDate("2025-01-01") == b)
    }
}
