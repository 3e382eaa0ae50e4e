import type { Bilingual } from '../types.js';
import type { BatchError } from './judge.js';
import type { SummaryRow } from './row.js';
import type { Counts } from './summary.js';

// The columns of the national picture's tables (summary CSV, the XLSX sheets, the changed-villages table of a
// comparison): one list, so that a CSV and a workbook of the same run have the same columns in the same order.
// CSV headers are the keys (stable, for programs); workbook headers are the labels in the chosen language.

/** A cell value as CSV and XLSX both write it. */
export type Cell = string | number | boolean | null;

/** One column: its key (the CSV header), its label per language, and how a row fills it. */
export interface Column<R> {
  key: string;
  label: Bilingual;
  cell(row: R): Cell;
  /** Width in characters in a workbook (default 12). */
  width?: number;
}

const list = (xs: readonly string[]) => (xs.length === 0 ? null : xs.join('; '));

/** The columns of a village's summary row. */
export const VILLAGE_COLUMNS: Column<SummaryRow>[] = [
  { key: 'code', label: { id: 'kode', en: 'code' }, cell: (r) => r.code, width: 15 },
  { key: 'name', label: { id: 'nama', en: 'name' }, cell: (r) => r.name, width: 22 },
  { key: 'district', label: { id: 'kecamatan', en: 'district' }, cell: (r) => r.district, width: 20 },
  { key: 'regency', label: { id: 'kabupaten/kota', en: 'regency/city' }, cell: (r) => r.regency, width: 26 },
  { key: 'province', label: { id: 'provinsi', en: 'province' }, cell: (r) => r.province, width: 24 },
  { key: 'kind', label: { id: 'jenis', en: 'kind' }, cell: (r) => r.kind },
  { key: 'eligibility', label: { id: 'kelayakan', en: 'eligibility' }, cell: (r) => r.eligibility },
  {
    key: 'designation',
    label: { id: 'penetapan', en: 'designation' },
    cell: (r) => r.designation,
    width: 15,
  },
  {
    key: 'evaluationResult',
    label: { id: 'hasil evaluasi', en: 'evaluation result' },
    cell: (r) => r.evaluationResult,
    width: 16,
  },
  {
    key: 'revocationRecommended',
    label: { id: 'rekomendasi pencabutan', en: 'revocation recommended' },
    cell: (r) => r.revocationRecommended,
  },
  {
    key: 'notMet',
    label: { id: 'ketentuan tidak dipenuhi', en: 'citations not met' },
    cell: (r) => list(r.notMet),
    width: 50,
  },
  {
    key: 'unknown',
    label: { id: 'tidak dapat dinilai (data yang tidak ada)', en: 'unknown (missing data)' },
    cell: (r) =>
      list(r.unknown.map((u) => (u.missing.length ? `${u.citation} (${u.missing.join(', ')})` : u.citation))),
    width: 50,
  },
  {
    key: 'obligations',
    label: { id: 'kewajiban terlambat / lewat tenggat', en: 'obligations late or overdue' },
    cell: (r) =>
      list(
        r.obligations.map(
          (o) => `${o.citation}${o.period ? ` ${o.period}` : ''}: ${o.status}${o.due ? ` (${o.due})` : ''}`,
        ),
      ),
    width: 50,
  },
];

/** Where a refused record was read: `line 5`, or `villages.csv row 3`. */
export function refusedAt(e: BatchError): string {
  if (e.line !== undefined) return `line ${e.line}`;
  return `${e.sheet ?? ''} row ${e.row ?? ''}`.trim();
}

/** The columns of a refused record, besides its code (the villages' `code` column in a CSV). */
export const REFUSED_COLUMNS: Column<BatchError>[] = [
  { key: 'refusedAt', label: { id: 'dibaca dari', en: 'read from' }, cell: refusedAt, width: 22 },
  { key: 'refused', label: { id: 'penolakan', en: 'refusal' }, cell: (e) => e.error, width: 22 },
  {
    key: 'problems',
    label: { id: 'masalah', en: 'problems' },
    cell: (e) => e.errors.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; '),
    width: 80,
  },
];

/** The columns of counts (a province's, a regency's, the whole run's). */
export const COUNT_COLUMNS: Column<Counts>[] = [
  { key: 'judged', label: { id: 'desa dinilai', en: 'villages judged' }, cell: (c) => c.judged },
  { key: 'eligible', label: { id: 'layak', en: 'eligible' }, cell: (c) => c.eligibility.met },
  {
    key: 'notEligible',
    label: { id: 'tidak layak', en: 'not eligible' },
    cell: (c) => c.eligibility.not_met,
  },
  {
    key: 'eligibilityUnknown',
    label: { id: 'kelayakan tidak diketahui', en: 'eligibility unknown' },
    cell: (c) => c.eligibility.unknown,
  },
  {
    key: 'eligibilityNotApplicable',
    label: { id: 'kelayakan tidak berlaku', en: 'eligibility not applicable' },
    cell: (c) => c.eligibility.not_applicable,
  },
  {
    key: 'designationActive',
    label: { id: 'penetapan aktif', en: 'designation active' },
    cell: (c) => c.designation.active,
  },
  {
    key: 'designationExpired',
    label: { id: 'penetapan berakhir', en: 'designation expired' },
    cell: (c) => c.designation.expired,
  },
  {
    key: 'notDesignated',
    label: { id: 'belum ditetapkan', en: 'not designated' },
    cell: (c) => c.designation.not_designated,
  },
  { key: 'mandiri', label: { id: 'mandiri', en: 'mandiri' }, cell: (c) => c.evaluationResult.mandiri },
  {
    key: 'berkembang',
    label: { id: 'berkembang', en: 'berkembang' },
    cell: (c) => c.evaluationResult.berkembang,
  },
  {
    key: 'perluPembinaan',
    label: { id: 'perlu pembinaan', en: 'perlu pembinaan' },
    cell: (c) => c.evaluationResult['perlu-pembinaan'],
  },
  {
    key: 'revocationRecommended',
    label: { id: 'rekomendasi pencabutan', en: 'revocation recommended' },
    cell: (c) => c.revocationRecommended,
  },
  {
    key: 'lateOrOverdue',
    label: { id: 'dengan kewajiban terlambat/lewat tenggat', en: 'with obligations late/overdue' },
    cell: (c) => c.lateOrOverdue,
  },
];
