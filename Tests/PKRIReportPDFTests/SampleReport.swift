import PKRICore

/// A report that exercises every block: a long Indonesian paragraph, facts,
/// a callout, a chart and a 120-row table that must span several pages.
enum SampleReport {
    static let paragraph = """
        Inovasi pelayanan publik adalah terobosan jenis pelayanan, baik yang merupakan gagasan atau ide \
        kreatif orisinal maupun adaptasi atau modifikasi, yang memberikan manfaat bagi masyarakat, baik secara \
        langsung maupun tidak langsung. Penilaian Kompetisi Inovasi Pelayanan Publik dilakukan oleh tim \
        evaluasi berdasarkan proposal, dokumen pendukung dan video, dengan memperhatikan kebaruan, \
        efektivitas, kemanfaatan, kemampuan untuk direplikasi dan keberlanjutan. Pemerintah daerah yang \
        inovasinya masuk Top 45 diundang untuk presentasi dan wawancara, sedangkan inovasi terpilih menjadi \
        rujukan bagi instansi lain yang ingin menerapkan pendekatan serupa di wilayahnya masing-masing.
        """

    static func rowName(_ index: Int) -> String { "Inovasi Layanan Terpadu Nomor \(index)" }

    static func report(language: Language = .id, rows: Int = 120) -> Report {
        Report(
            language: language,
            title: "Laporan Penilaian Inovasi Pelayanan Publik",
            subtitle: "Kompetisi Inovasi Pelayanan Publik (KIPP) 2025 — Pemerintah Kota Surabaya",
            runningHeader: "Laporan Penilaian KIPP 2025 · Kota Surabaya",
            footer: "Kementerian PANRB — dokumen penilaian",
            blocks: [
                .heading("Ringkasan", level: 1),
                .facts([
                    .init("Instansi", "Pemerintah Kota Surabaya"),
                    .init("Jumlah inovasi", "\(rows)"),
                    .init("Nilai rata-rata", "72,5\u{00A0}%"),
                ]),
                .paragraph(paragraph),
                .callout("Sebanyak 14 inovasi memenuhi ambang batas nilai 70\u{00A0}% dan layak diusulkan ke tahap presentasi.",
                         tone: .good),
                .heading("Nilai per kriteria", level: 2),
                .chart(Report.BarChart(
                    title: "Nilai rata-rata per kriteria",
                    categories: ["Kebaruan", "Efektivitas", "Kemanfaatan", "Replikasi", "Keberlanjutan"],
                    series: [
                        .init("2024", [62.5, 70, 81.25, 55, nil]),
                        .init("2025", [68, 74.5, 88, 61.75, 79]),
                    ],
                    maximum: 100)),
                .paragraph(paragraph),
                .callout("Data keberlanjutan tahun 2024 tidak tersedia.", tone: .warning),
                .heading("Daftar inovasi", level: 1),
                .table(Report.Table(
                    caption: "Tabel 1. Nilai akhir setiap inovasi",
                    columns: [
                        .init("No.", .trailing),
                        .init("Nama inovasi"),
                        .init("Perangkat daerah"),
                        .init("Nilai", .trailing),
                    ],
                    rows: (1...rows).map { index in
                        ["\(index)", rowName(index),
                         index % 7 == 0 ? "Dinas Kependudukan dan Pencatatan Sipil Kota Surabaya" : "Dinas Kesehatan",
                         "\(50 + index % 50),\(index % 10)"]
                    })),
                .paragraph("Laporan ini dibuat secara otomatis dari hasil penilaian."),
            ])
    }
}

extension SampleReport {
    /// Provinces of Indonesia (38), for a chart taller than a page.
    static let provinces = [
        "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Jambi", "Sumatera Selatan", "Bengkulu", "Lampung",
        "Kepulauan Bangka Belitung", "Kepulauan Riau", "DKI Jakarta", "Jawa Barat", "Jawa Tengah",
        "DI Yogyakarta", "Jawa Timur", "Banten", "Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur",
        "Kalimantan Barat", "Kalimantan Tengah", "Kalimantan Selatan", "Kalimantan Timur", "Kalimantan Utara",
        "Sulawesi Utara", "Sulawesi Tengah", "Sulawesi Selatan", "Sulawesi Tenggara", "Gorontalo",
        "Sulawesi Barat", "Maluku", "Maluku Utara", "Papua Barat", "Papua Barat Daya", "Papua",
        "Papua Selatan", "Papua Tengah", "Papua Pegunungan",
    ]

    /// Edge cases: a chart over all provinces, an empty table, a cell with
    /// one very long word, headings near page ends.
    static func edgeCases(language: Language = .id) -> Report {
        Report(
            language: language,
            title: "Rekapitulasi per provinsi",
            runningHeader: "Rekapitulasi KIPP 2025",
            footer: "",
            blocks: [
                .chart(Report.BarChart(
                    title: "Nilai rata-rata per provinsi",
                    categories: provinces,
                    series: [
                        .init("2024", provinces.indices.map { Double(40 + ($0 * 7) % 55) }),
                        .init("2025", provinces.indices.map { $0 % 9 == 0 ? nil : Double(45 + ($0 * 11) % 50) }),
                    ],
                    maximum: 100)),
                .heading("Tabel kosong", level: 2),
                .table(Report.Table(caption: "Tabel 2. Belum ada data", columns: [.init("Nama"), .init("Nilai", .trailing)])),
                .table(Report.Table(columns: [.init("Tautan"), .init("Keterangan")],
                                    rows: [["https://inovasi.example.go.id/" + String(repeating: "abcdefghij", count: 12),
                                            "Sebuah tautan yang sangat panjang tanpa spasi."]])),
                .pageBreak,
                .pageBreak,
                .heading("Setelah pemisah halaman", level: 1),
                .paragraph(paragraph),
            ])
    }
}
