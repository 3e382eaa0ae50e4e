// The spreadsheet form of village records: one table (a sheet of an XLSX workbook, or a CSV file of a
// folder) per part of the record, joined by village code. Column names are the record's own field paths
// (docs/spreadsheet.md lists them with their Indonesian terms), so a column is named as in village-data.md.

/** How a cell is read. */
export type CellType = 'text' | 'integer' | 'boolean' | 'date' | 'list' | 'none';

/** One column of a table. */
export interface ColumnSpec {
  /** The header, which is the field's path inside the row's object (`pmi.abroad`, `documents.passport`). */
  name: string;
  type: CellType;
  /** Indonesian and English meaning (template instructions and docs). */
  id: string;
  en: string;
  /** An example value (the template's example row: Desa Anjani). */
  example?: string | number | boolean;
}

/** One table: its name (sheet or `NAME.csv`), the record field its rows fill, and its columns. */
export interface TableSpec {
  name: string;
  /** `null` for the villages table (one row per record); else the list its rows are items of. */
  field: string | null;
  id: string;
  en: string;
  columns: ColumnSpec[];
}

/** The column of a child table that names the village its row belongs to. */
export const VILLAGE_CODE_COLUMN: ColumnSpec = {
  name: 'villageCode',
  type: 'text',
  id: 'kode wilayah desa (Kemendagri) yang memiliki baris ini',
  en: 'Kemendagri code of the village this row belongs to',
  example: '52.03.13.2001',
};

const col = (
  name: string,
  type: CellType,
  id: string,
  en: string,
  example?: string | number | boolean,
): ColumnSpec => (example === undefined ? { name, type, id, en } : { name, type, id, en, example });

/** Every table, in the order of the template workbook. */
export const TABLES: readonly TableSpec[] = [
  {
    name: 'villages',
    field: null,
    id: 'Desa: satu baris per desa',
    en: 'Villages: one row per village',
    columns: [
      col(
        'code',
        'text',
        'kode wilayah desa Kemendagri PP.KK.CC.NNNN',
        'Kemendagri village code PP.KK.CC.NNNN',
        '52.03.13.2001',
      ),
      col('name', 'text', 'nama desa', 'village name', 'Anjani'),
      col(
        'pmi.abroad',
        'integer',
        'warga yang sedang bekerja sebagai PMI',
        'villagers working abroad as PMI',
        120,
      ),
      col(
        'pmi.procedural',
        'integer',
        'di antaranya PMI Prosedural (tercatat SISKOP2MI)',
        'of whom procedural PMI (in SISKOP2MI)',
        100,
      ),
      col(
        'pmi.placedLast3Years',
        'integer',
        'PMI yang ditempatkan dalam 3 tahun terakhir',
        'PMI placed in the last 3 years',
        64,
      ),
      col(
        'villageRegulation',
        'none',
        '"tidak ada" bila Desa belum memiliki Peraturan Desa tentang pelindungan PMI',
        '"none" when the village has no village regulation on PMI protection',
      ),
      col(
        'villageRegulation.number',
        'text',
        'nomor Peraturan Desa',
        'number of the village regulation',
        '4',
      ),
      col(
        'villageRegulation.year',
        'integer',
        'tahun Peraturan Desa',
        'year of the village regulation',
        2025,
      ),
      col('villageRegulation.promulgatedOn', 'date', 'tanggal diundangkan', 'date promulgated', '2025-09-01'),
      col(
        'informationService',
        'boolean',
        'layanan informasi migrasi aman',
        'safe-migration information service',
        'ya',
      ),
      col('complaintService', 'boolean', 'layanan pengaduan', 'complaint service', 'ya'),
      col(
        'legalAidPartners',
        'list',
        'mitra jaringan bantuan hukum, dipisah titik koma',
        'legal aid partners, separated by semicolons',
        'LBH Mataram',
      ),
      col('dataCollection.digital', 'boolean', 'pendataan secara digital', 'records kept digitally', 'ya'),
      col(
        'dataCollection.lastUpdatedOn',
        'date',
        'tanggal pembaruan terakhir pendataan',
        'date the records were last updated',
        '2026-03-01',
      ),
      col(
        'proposal.receivedCompleteOn',
        'date',
        'tanggal usulan penetapan diterima lengkap',
        'date the complete proposal was received',
      ),
      col(
        'proposal.assessedOn',
        'date',
        'tanggal verifikasi dan asesmen BP3MI selesai',
        'date BP3MI finished verification and assessment',
      ),
      col(
        'designation.decreeNumber',
        'text',
        'nomor Keputusan Menteri penetapan DME',
        'number of the designating ministerial decree',
      ),
      col(
        'designation.designatedOn',
        'date',
        'tanggal penetapan DME (kosong: belum ditetapkan)',
        'date designated (empty: not designated)',
      ),
      col('designation.extendedUntil', 'date', 'akhir perpanjangan status', 'end of the extended status'),
      col(
        'team',
        'none',
        '"tidak ada" bila Tim Kerja Desa belum dibentuk',
        '"none" when no village work team has been formed',
      ),
      col(
        'team.decree.number',
        'text',
        'nomor Keputusan Kepala Desa pembentukan Tim Kerja Desa',
        'number of the village head decree forming the team',
        '141/12/2026',
      ),
      col(
        'team.decree.issuedOn',
        'date',
        'tanggal Keputusan Kepala Desa',
        'date of the village head decree',
        '2026-01-15',
      ),
    ],
  },
  {
    name: 'members',
    field: 'team.members',
    id: 'Anggota Tim Kerja Desa',
    en: 'Members of the village work team',
    columns: [
      col('name', 'text', 'nama', 'name', 'Siti Rahayu'),
      col('role', 'text', 'ketua | sekretaris | anggota', 'ketua | sekretaris | anggota', 'ketua'),
      col('sex', 'text', 'female | male', 'female | male', 'female'),
      col('birthDate', 'date', 'tanggal lahir', 'birth date', '1980-04-12'),
      col(
        'domicileVillageCode',
        'text',
        'kode desa domisili',
        'code of the village of domicile',
        '52.03.13.2001',
      ),
      col(
        'background',
        'list',
        'latar belakang, dipisah titik koma (kepala-desa; perangkat-desa; bpd; purna-pmi; keluarga-pmi; tokoh-masyarakat; pkk; lainnya)',
        'background, separated by semicolons',
        'kepala-desa',
      ),
      col(
        'p3miAffiliation',
        'boolean',
        'pengurus atau pegawai P3MI',
        'officer or employee of a P3MI',
        'tidak',
      ),
      col(
        'unlicensedRecruiter',
        'boolean',
        'perekrut Calon PMI tanpa izin',
        'recruits without a licence',
        'tidak',
      ),
    ],
  },
  {
    name: 'activities',
    field: 'activities',
    id: 'Kegiatan',
    en: 'Activities',
    columns: [
      col('date', 'date', 'tanggal kegiatan', 'date', '2026-02-10'),
      col(
        'kind',
        'text',
        'awareness | entrepreneurship | family-empowerment | capacity-building',
        'awareness | entrepreneurship | family-empowerment | capacity-building',
        'awareness',
      ),
      col('title', 'text', 'judul', 'title', 'Sosialisasi migrasi aman'),
    ],
  },
  {
    name: 'returneeGroups',
    field: 'returneeGroups',
    id: 'Kelompok usaha Purna PMI',
    en: 'Business groups of returned PMI',
    columns: [
      col('name', 'text', 'nama kelompok', 'group name', 'Kelompok Tenun Purna PMI'),
      col('active', 'boolean', 'aktif', 'active', 'ya'),
    ],
  },
  {
    name: 'complaints',
    field: 'complaints',
    id: 'Pengaduan',
    en: 'Complaints',
    columns: [
      col('receivedOn', 'date', 'tanggal diterima', 'date received', '2026-03-02'),
      col('respondedOn', 'date', 'tanggal ditanggapi', 'date answered', '2026-03-05'),
    ],
  },
  {
    name: 'reports',
    field: 'reports',
    id: 'Laporan semester Tim Kerja Desa',
    en: 'Semester reports of the work team',
    columns: [
      col('semester', 'text', 'semester YYYY-1 atau YYYY-2', 'semester YYYY-1 or YYYY-2', '2026-1'),
      col(
        'submittedOn',
        'date',
        'tanggal disampaikan kepada Kepala Desa',
        'date submitted to the village head',
        '2026-07-08',
      ),
      col('forwardedOn', 'date', 'tanggal diteruskan Kepala Desa', 'date forwarded by the village head'),
    ],
  },
  {
    name: 'monitoringVisits',
    field: 'monitoringVisits',
    id: 'Pemantauan BP3MI',
    en: 'Monitoring visits by BP3MI',
    columns: [
      col('date', 'date', 'tanggal pemantauan', 'date', '2026-05-20'),
      col('by', 'text', 'oleh', 'by', 'BP3MI NTB'),
    ],
  },
  {
    name: 'mentors',
    field: 'mentors',
    id: 'Pendamping DME',
    en: 'DME mentors',
    columns: [
      col('name', 'text', 'nama', 'name', 'Made Sudarsana'),
      col('assignedOn', 'date', 'tanggal ditugaskan', 'date assigned'),
      col('trainedOn', 'date', 'tanggal pelatihan pendamping', 'date trained'),
      col('villagesAssigned', 'integer', 'jumlah Desa yang didampingi', 'villages mentored', 3),
    ],
  },
  {
    name: 'mentoringVisits',
    field: 'mentoringVisits',
    id: 'Kunjungan pendampingan',
    en: 'Mentoring visits',
    columns: [col('date', 'date', 'tanggal kunjungan', 'date', '2026-04-14')],
  },
  {
    name: 'evaluations',
    field: 'evaluations',
    id: 'Hasil evaluasi tahunan',
    en: 'Annual evaluation results',
    columns: [
      col('year', 'integer', 'tahun', 'year', 2025),
      col(
        'result',
        'text',
        'mandiri | berkembang | perlu-pembinaan',
        'mandiri | berkembang | perlu-pembinaan',
        'berkembang',
      ),
      col('warningIssuedOn', 'date', 'tanggal teguran tertulis', 'date of the written warning'),
    ],
  },
  {
    name: 'candidates',
    field: 'candidates',
    id: 'Calon PMI yang diverifikasi',
    en: 'Prospective migrant workers verified',
    columns: [
      col('name', 'text', 'nama', 'name', 'Baiq Lestari'),
      col('nik', 'text', 'NIK, 16 angka, diisi sebagai teks', 'NIK, 16 digits, entered as text'),
      col('sex', 'text', 'female | male', 'female | male', 'female'),
      col('birthDate', 'date', 'tanggal lahir', 'birth date', '2000-08-17'),
      col(
        'maritalStatus',
        'text',
        'married | unmarried | divorced | widowed',
        'married | unmarried | divorced | widowed',
        'unmarried',
      ),
      col(
        'domicileVillageCode',
        'text',
        'kode desa domisili',
        'code of the village of domicile',
        '52.03.13.2001',
      ),
      col('verifiedOn', 'date', 'tanggal verifikasi', 'date verified', '2026-05-02'),
      col(
        'documents.maritalStatusLetter',
        'boolean',
        'surat keterangan status perkawinan',
        'marital status letter',
        'ya',
      ),
      col(
        'documents.marriageBookCopy',
        'boolean',
        'fotokopi buku nikah',
        'copy of the marriage book',
        'tidak',
      ),
      col(
        'documents.permissionLetter',
        'none',
        '"tidak ada" bila tidak ada surat izin',
        '"none" when there is no permission letter',
      ),
      col(
        'documents.permissionLetter.from',
        'text',
        'izin dari: spouse | parent | guardian',
        'permission from: spouse | parent | guardian',
        'parent',
      ),
      col(
        'documents.permissionLetter.acknowledgedByVillageHead',
        'boolean',
        'surat izin diketahui Kepala Desa',
        'permission acknowledged by the village head',
        'ya',
      ),
      col(
        'documents.competencyCertificate',
        'boolean',
        'sertifikat kompetensi',
        'competency certificate',
        'tidak',
      ),
      col('documents.healthCertificate', 'boolean', 'surat keterangan sehat', 'health certificate', 'ya'),
      col(
        'documents.socialSecurityNumber',
        'text',
        'nomor kepesertaan jaminan sosial',
        'social security number',
      ),
      col('documents.passport', 'boolean', 'paspor', 'passport', 'tidak'),
      col('documents.workVisa', 'boolean', 'visa kerja', 'work visa', 'tidak'),
      col('documents.placementAgreement', 'boolean', 'perjanjian penempatan', 'placement agreement', 'tidak'),
      col('documents.employmentContract', 'boolean', 'perjanjian kerja', 'employment contract', 'tidak'),
    ],
  },
];

/** The table of this name (sheet name or CSV file name without `.csv`), case-insensitively. */
export function tableNamed(name: string): TableSpec | undefined {
  const key = name.trim().toLowerCase();
  return TABLES.find((t) => t.name.toLowerCase() === key);
}

/** The columns a table's header may hold: its own, and `villageCode` for a child table. */
export function columnsOf(table: TableSpec): ColumnSpec[] {
  return table.field === null ? table.columns : [VILLAGE_CODE_COLUMN, ...table.columns];
}
