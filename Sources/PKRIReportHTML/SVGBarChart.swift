import Foundation
import PKRICore

/// A grouped horizontal bar chart: the legend as an HTML list above the
/// plot (it wraps like text, so long assessor names never overlap), the
/// bars as inline SVG (vectors, prints sharply). Ticks and values are
/// written as the tables write numbers, in the report's language; a count
/// axis has whole-number ticks only.
enum SVGBarChart {
    static let palette = ["#1f5f8b", "#e07b39", "#3a9d5d", "#8e5ea2", "#c44e52", "#7f7f7f"]

    static func render(_ chart: Report.BarChart, language: Language) -> String {
        let labelWidth = 210.0, plotWidth = 430.0, bar = 11.0, gap = 8.0
        let groupHeight = Double(max(chart.series.count, 1)) * bar + gap
        let plotHeight = Double(chart.categories.count) * groupHeight
        let height = 16 + plotHeight + 6
        let width = labelWidth + plotWidth + 50
        let ticks = chart.ticks, top = ticks.last ?? 1
        var out = "<figure class=\"chart\"><figcaption>\(HTMLRenderer.text(chart.title))</figcaption>"
        out += legend(chart)
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"100%\" role=\"img\">"
        for tick in ticks {
            let x = labelWidth + plotWidth * tick / top
            out += "<line x1=\"\(f(x))\" y1=\"14\" x2=\"\(f(x))\" y2=\"\(f(14 + plotHeight))\" stroke=\"#ddd\"/>"
            out += "<text x=\"\(f(x))\" y=\"10\" font-size=\"9\" text-anchor=\"middle\" fill=\"#666\">\(Report.BarChart.text(tick, language))</text>"
        }
        for (c, category) in chart.categories.enumerated() {
            let groupTop = 16 + Double(c) * groupHeight
            out += "<text x=\"\(f(labelWidth - 6))\" y=\"\(f(groupTop + groupHeight / 2))\" font-size=\"10\" text-anchor=\"end\" dominant-baseline=\"middle\">\(HTMLRenderer.escape(category))</text>"
            for (s, series) in chart.series.enumerated() {
                guard c < series.values.count, let value = series.values[c] else { continue }
                let w = plotWidth * min(max(value, 0), top) / top
                let y = groupTop + Double(s) * bar
                out += "<rect x=\"\(f(labelWidth))\" y=\"\(f(y))\" width=\"\(f(w))\" height=\"\(f(bar - 2))\" fill=\"\(palette[s % palette.count])\"/>"
                out += "<text x=\"\(f(labelWidth + w + 3))\" y=\"\(f(y + bar / 2))\" font-size=\"8\" dominant-baseline=\"middle\">\(Report.BarChart.text(value, language))</text>"
            }
        }
        return out + "</svg></figure>"
    }

    /// One entry per series: a swatch (an SVG square, printed even where
    /// backgrounds are not) and the name.
    private static func legend(_ chart: Report.BarChart) -> String {
        guard !chart.series.isEmpty else { return "" }
        return "<ul class=\"legend\">" + chart.series.enumerated().map { s, series in
            "<li><svg width=\"10\" height=\"10\" aria-hidden=\"true\"><rect width=\"10\" height=\"10\" fill=\"\(palette[s % palette.count])\"/></svg>"
                + "<span>\(HTMLRenderer.text(series.name))</span></li>"
        }.joined() + "</ul>"
    }

    /// Coordinates: fixed and locale-free, so the file is the same everywhere.
    static func f(_ v: Double) -> String {
        let rounded = (v * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }
}
