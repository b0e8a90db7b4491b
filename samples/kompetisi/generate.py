#!/usr/bin/env python3
"""Writes the sample competition's submissions: ten entries of the Hub JIPP
Jawa Timur's regional innovation competition, each scored by three jurors
with templates/kompetisi-inovasi-daerah.xml (role verifier, stage
penjurian). The registry rows are in registry/; the files written here are
committed, and this script is how they were made:

    python3 samples/kompetisi/generate.py      # rewrites samples/kompetisi/submissions/

Each entry has one profile (the level of every criterion, lowest option
first) that the jurors mostly agree on; juri-02 and juri-03 differ from it
on a few questions by a fixed pattern, and on JATIM-2025-008 juri-03 reads
the proposal much more harshly (a spread the template flags for review).
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "submissions")

# Options of each single-choice question, lowest score first.
OPTIONS = {
    "kebaruan_gagasan": ["menerapkan_yang_ada", "adaptasi", "baru_di_daerah", "baru_nasional"],
    "keunikan_cara": ["sarana_baru", "sebagian_diubah", "dirancang_ulang", "terobosan"],
    "capaian_tujuan": ["kurang_50", "antara_50_74", "antara_75_99", "tercapai_penuh"],
    "perbaikan_layanan": ["tidak_terukur", "terukur_kecil", "terukur_nyata", "terukur_besar"],
    "kelompok_rentan": ["tidak_khusus", "sebagian", "sasaran_utama"],
    "kepuasan_masyarakat": ["belum_diukur", "skm_c_d", "skm_b", "skm_a"],
    "kemudahan_replikasi": ["bergantung_kondisi_khusus", "sumber_daya_besar", "perlu_penyesuaian", "terdokumentasi"],
    "dasar_hukum": ["tidak_ada", "sk", "perkada", "perda"],
    "anggaran": ["tidak_ada", "tidak_rutin", "rutin", "rutin_dan_mitra"],
    "pengelola": ["perorangan", "tim_ad_hoc", "unit_tetap"],
}
# Template order of the answered questions (numbers: value as written).
ORDER = ["kebaruan_gagasan", "keunikan_cara", "capaian_tujuan", "perbaikan_layanan", "penerima_manfaat",
         "kelompok_rentan", "kepuasan_masyarakat", "kemudahan_replikasi", "jumlah_replikasi", "dasar_hukum",
         "anggaran", "pengelola"]
LEVELS = [q for q in ORDER if q in OPTIONS]

# Entry: levels of LEVELS in order, beneficiaries, agencies that replicated it, a note.
ENTRIES = {
    "JATIM-2025-001": ("2332233222", 8500, 2, "Kunjungan lansia terjadwal dan tercatat; sudah ditiru dua kota."),
    "JATIM-2025-002": ("3322111122", 150000, 0, "Sensor murah dan peringatan dini; kepuasan warga belum diukur dengan baik."),
    "JATIM-2025-003": ("0133123222", 60000, 1, "Replikasi LAMBAIK Surabaya yang dijalankan dengan baik di balai desa."),
    "JATIM-2025-004": ("3333223232", 12000, 4, "Penjemputan ibu hamil berisiko tinggi; angka kematian ibu turun."),
    "JATIM-2025-005": ("1111002111", 600, 0, "Baik untuk petani muda, tetapi cakupannya masih kecil."),
    "JATIM-2025-006": ("2233033222", 25000, 3, "Izin usaha mikro selesai dalam satu jam; SOP jelas."),
    "JATIM-2025-007": ("0011102111", 900, 0, "Replikasi tahap uji coba di sepuluh desa."),
    "JATIM-2025-008": ("1222212111", 20000, 0, "Pasokan air bersih saat kemarau untuk desa rawan kekeringan."),
    "JATIM-2025-009": ("0122122122", 3000, 0, "Replikasi LATANSA Banyuwangi; akta lahir diterbitkan di rumah sakit."),
}
# Entered but not eligible: implemented for less than a year.
INELIGIBLE = {"JATIM-2025-010": "Baru diterapkan delapan bulan; belum memenuhi syarat satu tahun."}
JURORS = ["juri-01", "juri-02", "juri-03"]


def uuid4(seed):
    """A version-4 UUID made from the seed text, so the files stay the same."""
    h = bytearray(hashlib.sha256(seed.encode()).digest()[:16])
    h[6] = (h[6] & 0x0F) | 0x40
    h[8] = (h[8] & 0x3F) | 0x80
    x = h.hex()
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:]}"


def levels_for(entry, number, juror):
    """The entry's profile as this juror reads it."""
    levels = [int(c) for c in ENTRIES[entry][0]]
    for j, q in enumerate(LEVELS):
        top = len(OPTIONS[q]) - 1
        if juror == 1 and (j + number) % 4 == 0:
            levels[j] = min(top, levels[j] + 1)
        if juror == 2 and (j + number) % 5 == 1:
            levels[j] = max(0, levels[j] - 1)
        if juror == 2 and entry == "JATIM-2025-008" and q in (
                "capaian_tujuan", "perbaikan_layanan", "kepuasan_masyarakat", "dasar_hukum", "anggaran", "pengelola"):
            levels[j] = 0
    return levels


def answer(question, value):
    return f'  <answer question="{question}"><value>{value}</value></answer>\n'


def document(entry, number, juror):
    assessor = JURORS[juror]
    day = 8 + number
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<!-- Kompetisi Inovasi Pelayanan Publik Jawa Timur 2025: {entry}, {assessor}. -->\n'
            f'<submission xmlns="urn:pkri:submission:1"\n'
            f'            id="{uuid4(entry + assessor)}"\n'
            f'            template="kompetisi-inovasi-daerah"\n'
            f'            template-version="2025.1"\n'
            f'            subject="{entry}"\n'
            f'            assessor="{assessor}"\n'
            f'            role="verifier"\n'
            f'            stage="penjurian"\n'
            f'            status="submitted"\n'
            f'            created="2025-09-{day:02d}T0{juror + 1}:00:00Z"\n'
            f'            updated="2025-09-{day:02d}T0{juror + 1}:45:00Z">\n')
    if entry in INELIGIBLE:
        body = answer("syarat", "tidak_memenuhi") + answer("catatan_juri", INELIGIBLE[entry])
    else:
        _, beneficiaries, replications, note = ENTRIES[entry]
        levels = dict(zip(LEVELS, levels_for(entry, number, juror)))
        body = answer("syarat", "memenuhi")
        for q in ORDER:
            if q == "penerima_manfaat":
                body += answer(q, beneficiaries)
            elif q == "jumlah_replikasi":
                body += answer(q, replications)
            else:
                body += answer(q, OPTIONS[q][levels[q]])
        if juror == 0:
            body += answer("catatan_juri", note)
    return head + body + "</submission>\n"


def main():
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        if old.endswith(".xml"):
            os.remove(os.path.join(OUT, old))
    for number, entry in enumerate(sorted([*ENTRIES, *INELIGIBLE]), start=1):
        for juror in range(len(JURORS)):
            path = os.path.join(OUT, f"kompetisi-{entry}-{JURORS[juror]}.xml")
            with open(path, "w", encoding="utf-8") as f:
                f.write(document(entry, number, juror))


if __name__ == "__main__":
    main()
