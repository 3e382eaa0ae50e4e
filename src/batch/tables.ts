// The spreadsheet form of village records: one table (a sheet of an XLSX workbook, or a CSV file of a
// folder) per part of the record, joined by village code. Column names are the record's own field paths
// (docs/spreadsheet.md lists them with their Indonesian terms), so a column is named as in docs/village-record.md;
// each column's meaning and example are the field's own, from the schema (src/schema/village.ts).

import { villageFieldDoc } from '../schema/field-docs.js';

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

/** A column whose cell says "there is none" (`tidak ada`): it has no field of its own in the record. */
const none = (name: string, id: string, en: string): ColumnSpec => ({ name, type: 'none', id, en });

/** How an example value is written in a cell. */
function cellExample(value: unknown): string | number | boolean | undefined {
  if (typeof value === 'boolean') return value ? 'ya' : 'tidak';
  if (Array.isArray(value)) return value.join('; ');
  return typeof value === 'string' || typeof value === 'number' ? value : undefined;
}

/**
 * A table whose columns take their meaning and example from the village record's schema (the field at
 * `field[].column`, or `column` in `villages`), with the values an enumerated column allows.
 */
function table(
  name: string,
  field: string | null,
  id: string,
  en: string,
  columns: readonly (ColumnSpec | readonly [string, CellType])[],
): TableSpec {
  return {
    name,
    field,
    id,
    en,
    columns: columns.map((column) => {
      if (!Array.isArray(column)) return column as ColumnSpec;
      const [columnName, type] = column as readonly [string, CellType];
      const path = field === null ? columnName : `${field}[].${columnName}`;
      const doc = villageFieldDoc(path);
      if (doc === undefined) throw new Error(`no field ${path} in the village schema`);
      const values = doc.values ? ` (${doc.values.join(' | ')})` : '';
      const example = cellExample(doc.example);
      return {
        name: columnName,
        type,
        id: `${doc.id}${values}`,
        en: `${doc.en}${values}`,
        ...(example === undefined ? {} : { example }),
      };
    }),
  };
}

/** Every table, in the order of the template workbook. */
export const TABLES: readonly TableSpec[] = [
  table('villages', null, 'Desa: satu baris per desa', 'Villages: one row per village', [
    ['code', 'text'],
    ['name', 'text'],
    ['pmi.abroad', 'integer'],
    ['pmi.procedural', 'integer'],
    ['pmi.placedLast3Years', 'integer'],
    none(
      'villageRegulation',
      '"tidak ada" bila Desa belum memiliki Peraturan Desa tentang pelindungan PMI',
      '"none" when the village has no village regulation on PMI protection',
    ),
    ['villageRegulation.number', 'text'],
    ['villageRegulation.year', 'integer'],
    ['villageRegulation.promulgatedOn', 'date'],
    ['informationService', 'boolean'],
    ['complaintService', 'boolean'],
    ['legalAidPartners', 'list'],
    ['dataCollection.digital', 'boolean'],
    ['dataCollection.lastUpdatedOn', 'date'],
    ['proposal.receivedCompleteOn', 'date'],
    ['proposal.assessedOn', 'date'],
    ['designation.decreeNumber', 'text'],
    ['designation.designatedOn', 'date'],
    ['designation.extendedUntil', 'date'],
    none(
      'team',
      '"tidak ada" bila Tim Kerja Desa belum dibentuk',
      '"none" when no village work team has been formed',
    ),
    ['team.decree.number', 'text'],
    ['team.decree.issuedOn', 'date'],
  ]),
  table('members', 'team.members', 'Anggota Tim Kerja Desa', 'Members of the village work team', [
    ['name', 'text'],
    ['role', 'text'],
    ['sex', 'text'],
    ['birthDate', 'date'],
    ['domicileVillageCode', 'text'],
    ['background', 'list'],
    ['p3miAffiliation', 'boolean'],
    ['unlicensedRecruiter', 'boolean'],
  ]),
  table('activities', 'activities', 'Kegiatan', 'Activities', [
    ['date', 'date'],
    ['kind', 'text'],
    ['title', 'text'],
  ]),
  table('returneeGroups', 'returneeGroups', 'Kelompok usaha Purna PMI', 'Business groups of returned PMI', [
    ['name', 'text'],
    ['active', 'boolean'],
  ]),
  table('complaints', 'complaints', 'Pengaduan', 'Complaints', [
    ['receivedOn', 'date'],
    ['respondedOn', 'date'],
  ]),
  table('reports', 'reports', 'Laporan semester Tim Kerja Desa', 'Semester reports of the work team', [
    ['semester', 'text'],
    ['submittedOn', 'date'],
    ['forwardedOn', 'date'],
  ]),
  table('monitoringVisits', 'monitoringVisits', 'Pemantauan BP3MI', 'Monitoring visits by BP3MI', [
    ['date', 'date'],
    ['by', 'text'],
  ]),
  table('mentors', 'mentors', 'Pendamping DME', 'DME mentors', [
    ['name', 'text'],
    ['assignedOn', 'date'],
    ['trainedOn', 'date'],
    ['villagesAssigned', 'integer'],
  ]),
  table('mentoringVisits', 'mentoringVisits', 'Kunjungan pendampingan', 'Mentoring visits', [
    ['date', 'date'],
  ]),
  table('evaluations', 'evaluations', 'Hasil evaluasi tahunan', 'Annual evaluation results', [
    ['year', 'integer'],
    ['result', 'text'],
    ['warningIssuedOn', 'date'],
  ]),
  table('candidates', 'candidates', 'Calon PMI yang diverifikasi', 'Prospective migrant workers verified', [
    ['name', 'text'],
    ['nik', 'text'],
    ['sex', 'text'],
    ['birthDate', 'date'],
    ['maritalStatus', 'text'],
    ['domicileVillageCode', 'text'],
    ['verifiedOn', 'date'],
    ['documents.maritalStatusLetter', 'boolean'],
    ['documents.marriageBookCopy', 'boolean'],
    none(
      'documents.permissionLetter',
      '"tidak ada" bila tidak ada surat izin',
      '"none" when there is no permission letter',
    ),
    ['documents.permissionLetter.from', 'text'],
    ['documents.permissionLetter.acknowledgedByVillageHead', 'boolean'],
    ['documents.competencyCertificate', 'boolean'],
    ['documents.healthCertificate', 'boolean'],
    ['documents.socialSecurityNumber', 'text'],
    ['documents.passport', 'boolean'],
    ['documents.workVisa', 'boolean'],
    ['documents.placementAgreement', 'boolean'],
    ['documents.employmentContract', 'boolean'],
  ]),
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
