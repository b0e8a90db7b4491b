// PKRIExport: spreadsheet files (XLSX) written from a `Tabular`.
