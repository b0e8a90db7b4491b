import Foundation
import PKRICore

/// A grouped horizontal bar chart as inline SVG (vectors, prints sharply).
enum SVGBarChart {
    static let palette = ["#1f5f8b", "#e07b39", "#3a9d5d", "#8e5ea2", "#c44e52", "#7f7f7f"]

    static func render(_ chart: Report.BarChart) -> String {
        let labelWidth = 210.0, plotWidth = 430.0, bar = 11.0, gap = 8.0
        let groupHeight = Double(max(chart.series.count, 1)) * bar + gap
        let legendHeight = 18.0 * Double((chart.series.count + 2) / 3)
        let height = 24 + Double(chart.categories.count) * groupHeight + legendHeight + 16
        let width = labelWidth + plotWidth + 50
        var svg = "<figure class=\"chart\"><figcaption>\(HTMLRenderer.escape(chart.title))</figcaption>"
        svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"100%\" role=\"img\">"
        // Grid at every 20 % of the maximum.
        for step in 0...5 {
            let x = labelWidth + plotWidth * Double(step) / 5
            svg += "<line x1=\"\(f(x))\" y1=\"14\" x2=\"\(f(x))\" y2=\"\(f(14 + Double(chart.categories.count) * groupHeight))\" stroke=\"#ddd\"/>"
            svg += "<text x=\"\(f(x))\" y=\"10\" font-size=\"9\" text-anchor=\"middle\" fill=\"#666\">\(f(chart.maximum * Double(step) / 5))</text>"
        }
        for (c, category) in chart.categories.enumerated() {
            let top = 16 + Double(c) * groupHeight
            svg += "<text x=\"\(f(labelWidth - 6))\" y=\"\(f(top + groupHeight / 2))\" font-size=\"10\" text-anchor=\"end\" dominant-baseline=\"middle\">\(HTMLRenderer.escape(category))</text>"
            for (s, series) in chart.series.enumerated() {
                guard c < series.values.count, let value = series.values[c] else { continue }
                let w = chart.maximum > 0 ? plotWidth * min(value, chart.maximum) / chart.maximum : 0
                let y = top + Double(s) * bar
                svg += "<rect x=\"\(f(labelWidth))\" y=\"\(f(y))\" width=\"\(f(w))\" height=\"\(f(bar - 2))\" fill=\"\(palette[s % palette.count])\"/>"
                svg += "<text x=\"\(f(labelWidth + w + 3))\" y=\"\(f(y + bar / 2))\" font-size=\"8\" dominant-baseline=\"middle\">\(f(value))</text>"
            }
        }
        let legendTop = 24 + Double(chart.categories.count) * groupHeight
        for (s, series) in chart.series.enumerated() {
            let x = labelWidth + Double(s % 3) * 150, y = legendTop + Double(s / 3) * 18
            svg += "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"10\" height=\"10\" fill=\"\(palette[s % palette.count])\"/>"
            svg += "<text x=\"\(f(x + 14))\" y=\"\(f(y + 9))\" font-size=\"10\">\(HTMLRenderer.escape(series.name))</text>"
        }
        return svg + "</svg></figure>"
    }

    /// Fixed, locale-free number text so the file is the same everywhere.
    static func f(_ v: Double) -> String {
        let rounded = (v * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }
}
