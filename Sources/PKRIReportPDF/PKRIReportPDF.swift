// PKRIReportPDF: a `Report` as an A4 PDF, drawn natively with Cairo and Pango.
