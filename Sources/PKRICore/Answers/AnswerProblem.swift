import Foundation

/// Why a proposed answer is not accepted for a question.
public enum AnswerProblem: Error, Sendable, Equatable {
    case noValue
    case severalValues(Int)
    case unknownOption(String)
    case repeatedOption(String)
    case notInteger(String)
    case notDecimal(String)
    case belowMinimum(String, min: Decimal)
    case aboveMaximum(String, max: Decimal)
    case notDate(String)
    /// The question's `constraint` is false; carries its message, if any.
    case constraintViolated(String?)
    /// Typed text that groups thousands with the assessor's thousands
    /// separator (`12.500` in Indonesian); carries the digits alone.
    case thousandsSeparator(String, digits: String)

    /// The message for a document: values quoted as written.
    public func message(_ lang: Language) -> String { message(lang, localNumbers: false) }

    /// The message; with `localNumbers`, numbers are written as the
    /// language writes them (`3,5` in Indonesian), for a person who typed
    /// them so, not as a document holds them.
    public func message(_ lang: Language, localNumbers: Bool) -> String {
        func number(_ v: String) -> String {
            localNumbers && lang == .id && DecimalText.parse(v) != nil ? v.replacingOccurrences(of: ".", with: ",") : v
        }
        func bound(_ d: Decimal) -> String {
            localNumbers ? NumberText.display(d, lang, places: 10) : DecimalText.format(d)
        }
        switch self {
        case .noValue:
            return lang.pick("jawaban kosong", "the answer is empty")
        case .severalValues(let n):
            return lang.pick("pertanyaan ini menerima satu nilai, bukan \(n)",
                             "this question takes one value, not \(n)")
        case .unknownOption(let v):
            return lang.pick("'\(v)' bukan pilihan pertanyaan ini", "'\(v)' is not an option of this question")
        case .repeatedOption(let v):
            return lang.pick("pilihan '\(v)' disebut lebih dari sekali", "option '\(v)' is given more than once")
        case .notInteger(let v):
            return lang.pick("'\(number(v))' bukan bilangan bulat", "'\(number(v))' is not a whole number")
        case .notDecimal(let v):
            return lang.pick("'\(number(v))' bukan angka desimal (contoh: \(number("12.5")))",
                             "'\(number(v))' is not a decimal number (e.g. 12.5)")
        case .belowMinimum(let v, let min):
            return lang.pick("\(number(v)) lebih kecil dari batas bawah \(bound(min))",
                             "\(number(v)) is below the minimum \(bound(min))")
        case .aboveMaximum(let v, let max):
            return lang.pick("\(number(v)) lebih besar dari batas atas \(bound(max))",
                             "\(number(v)) is above the maximum \(bound(max))")
        case .notDate(let v):
            return lang.pick("'\(v)' bukan tanggal yang sah (format TTTT-BB-HH, contoh 2025-06-30)",
                             "'\(v)' is not a valid date (format YYYY-MM-DD, e.g. 2025-06-30)")
        case .constraintViolated(let text):
            return text ?? lang.pick("jawaban tidak memenuhi batasan pertanyaan",
                                     "the answer does not satisfy the question's constraint")
        case .thousandsSeparator(let v, let digits):
            let point = v.contains(".")
            return lang.pick(
                "'\(v)' memakai \(point ? "titik" : "koma") sebagai pemisah ribuan; tulis angka tanpa pemisah ribuan: \(digits) (\(point ? "koma" : "titik") untuk desimal)",
                "'\(v)' uses \(point ? "a point" : "a comma") as a thousands separator; write the number without one: \(digits) (\(point ? "a comma" : "a point") for decimals)")
        }
    }
}
