/// The real names a synthetic dataset is dressed in: national bodies,
/// regional offices (dinas) and the words innovation names are made of.
/// Lists, not logic; ``SampleRegistry`` draws from them.
enum SampleNames {
    /// Ministries (kementerian): id and name. The first few have regional
    /// offices (kantor wilayah) in every province.
    static let ministries: [(String, String)] = [
        ("kemenkumham", "Kementerian Hukum dan Hak Asasi Manusia"),
        ("kemenag", "Kementerian Agama"),
        ("kemenkeu", "Kementerian Keuangan"),
        ("kemenpanrb", "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"),
        ("kemenkes", "Kementerian Kesehatan"),
        ("kemendikdasmen", "Kementerian Pendidikan Dasar dan Menengah"),
        ("kemendagri", "Kementerian Dalam Negeri"),
        ("kemensos", "Kementerian Sosial"),
        ("kemenhub", "Kementerian Perhubungan"),
        ("kementan", "Kementerian Pertanian"),
        ("kemnaker", "Kementerian Ketenagakerjaan"),
        ("kemenpu", "Kementerian Pekerjaan Umum"),
        ("kemenkomdigi", "Kementerian Komunikasi dan Digital"),
        ("kemendag", "Kementerian Perdagangan"),
        ("kemenperin", "Kementerian Perindustrian"),
        ("kkp", "Kementerian Kelautan dan Perikanan"),
        ("kemenlhk", "Kementerian Lingkungan Hidup dan Kehutanan"),
        ("kemenesdm", "Kementerian Energi dan Sumber Daya Mineral"),
        ("kemenkop", "Kementerian Koperasi"),
        ("kemenpar", "Kementerian Pariwisata"),
        ("atr-bpn", "Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional"),
        ("kemendesa", "Kementerian Desa dan Pembangunan Daerah Tertinggal"),
    ]

    /// Ministries with a regional office in every province, and what the
    /// office is called.
    static let regionalOffices: [(ministry: String, office: String)] = [
        ("kemenkumham", "Kantor Wilayah Kementerian Hukum dan Hak Asasi Manusia"),
        ("kemenag", "Kantor Wilayah Kementerian Agama"),
        ("kemenkeu", "Kantor Wilayah Direktorat Jenderal Pajak"),
    ]

    /// Non-ministerial institutions (lembaga).
    static let institutions: [(String, String)] = [
        ("bkn", "Badan Kepegawaian Negara"),
        ("bpom", "Badan Pengawas Obat dan Makanan"),
        ("bps", "Badan Pusat Statistik"),
        ("lan", "Lembaga Administrasi Negara"),
        ("brin", "Badan Riset dan Inovasi Nasional"),
        ("bpjs-kesehatan", "Badan Penyelenggara Jaminan Sosial Kesehatan"),
        ("bpjs-ketenagakerjaan", "Badan Penyelenggara Jaminan Sosial Ketenagakerjaan"),
        ("polri", "Kepolisian Negara Republik Indonesia"),
        ("kejaksaan", "Kejaksaan Republik Indonesia"),
        ("ma", "Mahkamah Agung Republik Indonesia"),
        ("bnpb", "Badan Nasional Penanggulangan Bencana"),
        ("bmkg", "Badan Meteorologi, Klimatologi, dan Geofisika"),
        ("bsn", "Badan Standardisasi Nasional"),
        ("anri", "Arsip Nasional Republik Indonesia"),
        ("perpusnas", "Perpustakaan Nasional Republik Indonesia"),
    ]

    /// State-owned enterprises (BUMN).
    static let stateCompanies: [(String, String)] = [
        ("pln", "PT PLN (Persero)"),
        ("pertamina", "PT Pertamina (Persero)"),
        ("bri", "PT Bank Rakyat Indonesia (Persero) Tbk"),
        ("bni", "PT Bank Negara Indonesia (Persero) Tbk"),
        ("mandiri", "PT Bank Mandiri (Persero) Tbk"),
        ("telkom", "PT Telkom Indonesia (Persero) Tbk"),
        ("kai", "PT Kereta Api Indonesia (Persero)"),
        ("pos-indonesia", "PT Pos Indonesia (Persero)"),
        ("pelindo", "PT Pelabuhan Indonesia (Persero)"),
        ("angkasa-pura", "PT Angkasa Pura Indonesia"),
        ("pegadaian", "PT Pegadaian"),
        ("askrindo", "PT Asuransi Kredit Indonesia"),
        ("jasa-marga", "PT Jasa Marga (Persero) Tbk"),
        ("pupuk-indonesia", "PT Pupuk Indonesia (Persero)"),
    ]

    /// Regional offices of a local government: id suffix and name (the
    /// region's name follows it).
    static let offices: [(String, String)] = [
        ("dinkes", "Dinas Kesehatan"),
        ("disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil"),
        ("dpmptsp", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"),
        ("disdik", "Dinas Pendidikan"),
        ("dinsos", "Dinas Sosial"),
        ("dishub", "Dinas Perhubungan"),
        ("diskominfo", "Dinas Komunikasi dan Informatika"),
        ("bapenda", "Badan Pendapatan Daerah"),
        ("bappeda", "Badan Perencanaan Pembangunan Daerah"),
        ("distan", "Dinas Pertanian"),
        ("dlh", "Dinas Lingkungan Hidup"),
        ("rsud", "Rumah Sakit Umum Daerah"),
        ("disnaker", "Dinas Tenaga Kerja"),
        ("dpupr", "Dinas Pekerjaan Umum dan Penataan Ruang"),
        ("dp3a", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"),
        ("bpbd", "Badan Penanggulangan Bencana Daerah"),
    ]

    /// What an innovation does: a service and how it is delivered.
    static let services = [
        "Layanan Kesehatan Ibu dan Anak", "Administrasi Kependudukan", "Perizinan Usaha", "Pengaduan Warga",
        "Rujukan Pasien", "Penerimaan Peserta Didik", "Bantuan Sosial", "Pembayaran Pajak Daerah",
        "Pengelolaan Sampah", "Air Minum", "Ketahanan Pangan", "Penanggulangan Stunting", "Imunisasi",
        "Perlindungan Perempuan dan Anak", "Penanganan Bencana", "Transportasi Umum", "Pelayanan Lansia",
        "Penyuluhan Pertanian", "Pencari Kerja", "Sertifikasi Halal", "Pelayanan Kesehatan Jiwa",
        "Penanganan Tuberkulosis", "Literasi Desa", "Pendampingan UMKM", "Pengawasan Pangan",
    ]

    static let deliveries = [
        "Terpadu Satu Pintu", "Berbasis Aplikasi", "Keliling", "Jemput Bola", "Daring 24 Jam",
        "Berbasis Kelurahan", "Tanpa Tatap Muka", "Berbasis Komunitas", "Satu Hari Selesai",
        "Terintegrasi", "di Desa Terpencil", "Melalui WhatsApp",
    ]
}
