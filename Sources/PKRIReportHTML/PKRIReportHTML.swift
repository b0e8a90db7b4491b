// PKRIReportHTML: a `Report` as one self-contained HTML file (inline CSS, SVG charts).
