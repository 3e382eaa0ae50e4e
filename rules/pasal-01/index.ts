import { defineArticle } from '../../src/define.js';

/** Pasal 1 — definitions. Angka 1 is applied through Pasal 3 ayat (1) huruf a; angka 12 through the working-day calendar. */
export const pasal01 = defineArticle({
  article: 1,
  title: { id: 'Ketentuan Umum', en: 'Definitions' },
  provisions: [
    {
      citation: 'Pasal 1',
      text: 'Dalam Peraturan Menteri ini yang dimaksud dengan:',
      provenance: 'ASM',
      declarative: {
        id: 'Definisi; diterapkan melalui pasal yang memakainya: angka 1 (jenis Desa dari kode wilayah) melalui Pasal 3 ayat (1) huruf a, angka 12 (Hari kerja) melalui kalender hari kerja.',
        en: 'Definitions, applied through the articles that use them: angka 1 (the village kind from its code) through Pasal 3 ayat (1) huruf a, angka 12 (working days) through the working-day calendar.',
      },
    },
    {
      citation: 'Pasal 1 angka 1',
      text: 'Desa adalah desa dan desa adat sebagaimana dimaksud dalam undang-undang mengenai desa; kelurahan tidak termasuk.',
      provenance: 'ASM',
    },
    {
      citation: 'Pasal 1 angka 2',
      text: 'Desa Migran EMAS (DME) adalah Desa yang ditetapkan oleh Menteri karena memenuhi kriteria Edukatif, Maju, Aman, dan Sejahtera dalam pelindungan dan pemberdayaan Calon PMI, PMI, Purna PMI, dan Keluarga PMI.',
      provenance: 'PUB',
    },
    {
      citation: 'Pasal 1 angka 3',
      text: 'Calon Pekerja Migran Indonesia (Calon PMI) adalah setiap tenaga kerja Indonesia yang memenuhi syarat sebagai pencari kerja yang akan bekerja di luar negeri dan terdaftar di instansi pemerintah kabupaten/kota yang bertanggung jawab di bidang ketenagakerjaan.',
      provenance: 'UU18',
    },
    {
      citation: 'Pasal 1 angka 4',
      text: 'Pekerja Migran Indonesia (PMI) adalah setiap warga negara Indonesia yang akan, sedang, atau telah melakukan pekerjaan dengan menerima upah di luar wilayah Republik Indonesia.',
      provenance: 'UU18',
    },
    {
      citation: 'Pasal 1 angka 5',
      text: 'Purna PMI adalah PMI yang telah kembali ke Desa asalnya setelah selesai bekerja di luar negeri.',
      provenance: 'ASM',
    },
    {
      citation: 'Pasal 1 angka 6',
      text: 'Keluarga PMI adalah suami, istri, anak, atau orang tua termasuk hubungan karena putusan dan/atau penetapan pengadilan, baik yang berada di Indonesia maupun yang tinggal bersama PMI di luar negeri.',
      provenance: 'UU18',
    },
    {
      citation: 'Pasal 1 angka 7',
      text: 'PMI Prosedural adalah PMI yang ditempatkan sesuai dengan ketentuan peraturan perundang-undangan dan tercatat dalam SISKOP2MI.',
      provenance: 'ASM',
    },
    {
      citation: 'Pasal 1 angka 8',
      text: 'Tim Kerja Desa adalah tim yang dibentuk dengan Keputusan Kepala Desa untuk melaksanakan program Desa Migran EMAS di Desa.',
      provenance: 'PUB',
    },
    {
      citation: 'Pasal 1 angka 9',
      text: 'Pendamping DME adalah orang yang ditugaskan oleh BP3MI untuk mendampingi Tim Kerja Desa.',
      provenance: 'ASM',
    },
    {
      citation: 'Pasal 1 angka 10',
      text: 'BP3MI adalah Balai Pelayanan Pelindungan Pekerja Migran Indonesia.',
      provenance: 'PUB',
    },
    {
      citation: 'Pasal 1 angka 11',
      text: 'SISKOP2MI adalah sistem komputerisasi pelindungan PMI yang dikelola Kementerian.',
      provenance: 'PUB',
    },
    {
      citation: 'Pasal 1 angka 12',
      text: 'Hari adalah hari kerja, yaitu hari Senin sampai dengan Jumat kecuali hari libur nasional dan cuti bersama yang ditetapkan pemerintah.',
      provenance: 'ASM',
    },
    {
      citation: 'Pasal 1 angka 13',
      text: 'Tanggal Penilaian adalah tanggal yang menjadi acuan penilaian pemenuhan ketentuan Peraturan Menteri ini.',
      provenance: 'ASM',
    },
  ],
  encoding: {
    id: 'Dalam kode wilayah Kemendagri PP.KK.CC.NNNN, bagian 4 digit diawali 1 untuk kelurahan, 2 untuk desa, dan 3 untuk desa adat. Jenis ditentukan dari kode, tidak pernah dari nama: kalurahan di Yogyakarta adalah desa (kode 2…).',
    en: 'In the Kemendagri code PP.KK.CC.NNNN the 4-digit part starts with 1 for a kelurahan, 2 for a desa and 3 for a desa adat. The kind comes from the code, never from the name: the kalurahan of Yogyakarta are desa (code 2…).',
  },
});
