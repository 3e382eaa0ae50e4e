// The changed villages of a national comparison as a table: CSV (one row per changed village, with the run's
// provenance on every row) or an XLSX workbook (about, provinces, regencies, drivers, changed villages,
// refused records). Columns are shared with `dme batch`'s summaries (src/batch/columns.ts).

import { stringify } from 'csv-stringify/sync';
import { type Cell, type Column, REFUSED_COLUMNS } from '../batch/columns.js';
import type { BatchError } from '../batch/judge.js';
import { openOutput } from '../output.js';
import { runLines } from '../provenance.js';
import type { Lang } from '../types.js';
import type { NationalComparison } from './data.js';
import { sidesProvenance } from './format.js';
import type { ChangeCounts, NationalChange, StatusField } from './national.js';
import { STATUS_FIELDS } from './national.js';

const FIELD_LABEL: Record<StatusField, { id: string; en: string }> = {
  eligibility: { id: 'kelayakan', en: 'eligibility' },
  designation: { id: 'penetapan', en: 'designation' },
  evaluationResult: { id: 'hasil evaluasi', en: 'evaluation result' },
  revocationRecommended: { id: 'rekomendasi pencabutan', en: 'revocation recommended' },
};

const statusColumns = (side: 'before' | 'after'): Column<NationalChange>[] =>
  STATUS_FIELDS.map((f) => ({
    key: `${f}${side === 'before' ? 'Before' : 'After'}`,
    label: {
      id: `${FIELD_LABEL[f].id} ${side === 'before' ? 'sebelum' : 'sesudah'}`,
      en: `${FIELD_LABEL[f].en} ${side}`,
    },
    cell: (c) => c[side][f] as Cell,
    width: 14,
  }));

/** The columns of a changed village. */
export const CHANGE_COLUMNS: Column<NationalChange>[] = [
  { key: 'code', label: { id: 'kode', en: 'code' }, cell: (c) => c.code, width: 15 },
  { key: 'name', label: { id: 'nama', en: 'name' }, cell: (c) => c.name, width: 22 },
  { key: 'district', label: { id: 'kecamatan', en: 'district' }, cell: (c) => c.district, width: 20 },
  { key: 'regency', label: { id: 'kabupaten/kota', en: 'regency/city' }, cell: (c) => c.regency, width: 26 },
  { key: 'province', label: { id: 'provinsi', en: 'province' }, cell: (c) => c.province, width: 24 },
  ...STATUS_FIELDS.flatMap((f) => {
    const [b, a] = [statusColumns('before'), statusColumns('after')].map((cols) =>
      cols.find((c) => c.key.startsWith(f)),
    );
    return [b, a] as Column<NationalChange>[];
  }),
  {
    key: 'citationsChanged',
    label: { id: 'ketentuan yang berubah', en: 'citations changed' },
    cell: (c) =>
      c.citations
        .map((x) => `${x.citation}${x.detail ? ` ${x.detail}` : ''}: ${x.before ?? '—'} → ${x.after ?? '—'}`)
        .join('; ') || null,
    width: 70,
  },
];

const COUNT_COLUMNS: Column<ChangeCounts>[] = [
  { key: 'judged', label: { id: 'desa dinilai', en: 'villages judged' }, cell: (c) => c.judged },
  ...STATUS_FIELDS.map((f) => ({
    key: f,
    label: { id: `${FIELD_LABEL[f].id} berubah`, en: `${FIELD_LABEL[f].en} changed` },
    cell: (c: ChangeCounts) => c[f],
    width: 14,
  })),
  { key: 'status', label: { id: 'status berubah', en: 'status changed' }, cell: (c) => c.status, width: 14 },
  {
    key: 'anyVerdict',
    label: { id: 'putusan apa pun berubah', en: 'any verdict changed' },
    cell: (c) => c.anyVerdict,
    width: 14,
  },
];

/** The changed villages as CSV, the run's provenance on every row. */
export function changesCsv(r: NationalComparison): string {
  const a = r.run.regulation.amendment;
  const base = r.run.base;
  const tail: [string, Cell][] = [
    ['asOf', r.asOf],
    [
      'base',
      base?.amendment ? base.amendment.title : `${base?.title ?? r.base.title} (${base?.version ?? ''})`,
    ],
    ['baseSha256', base?.amendment?.sha256 ?? null],
    ['amendment', a?.title ?? null],
    ['amendmentSha256', a?.sha256 ?? null],
    ['producedBy', `${r.run.package.name} ${r.run.package.version}`],
    ['runAt', r.run.runAt],
  ];
  const header = [...CHANGE_COLUMNS.map((c) => c.key), ...tail.map(([k]) => k)];
  const rows = r.changes.map((c) => [...CHANGE_COLUMNS.map((col) => col.cell(c)), ...tail.map(([, v]) => v)]);
  return `\ufeff${stringify([header, ...rows], { cast: { boolean: (b) => String(b) } })}`;
}

/** The national comparison as a workbook. */
export async function writeChangesWorkbook(r: NationalComparison, file: string, lang: Lang): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = `${r.run.package.name} ${r.run.package.version}`;
  wb.created = new Date(r.run.runAt);
  const id = lang === 'id';
  const sheet = <R>(
    name: string,
    columns: readonly Column<R>[],
    rows: readonly R[],
    before: [string, number, (x: R) => Cell][] = [],
  ) => {
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = [
      ...before.map(([header, width]) => ({ header, width })),
      ...columns.map((c) => ({ header: c.label[lang], width: c.width ?? 12 })),
    ];
    ws.getRow(1).font = { bold: true };
    for (const row of rows)
      ws.addRow([...before.map(([, , cell]) => cell(row)), ...columns.map((c) => c.cell(row))]);
    return ws;
  };
  const about = wb.addWorksheet(id ? 'tentang' : 'about');
  about.columns = [
    { header: id ? 'butir' : 'item', width: 34 },
    { header: id ? 'nilai' : 'value', width: 110 },
  ];
  about.getRow(1).font = { bold: true };
  for (const line of runLines(r.run, lang)) about.addRow(line);
  about.addRow([id ? 'desa dinilai' : 'villages judged', r.villages]);
  about.addRow([id ? 'desa yang statusnya berubah' : 'villages whose status changed', r.changed.status]);
  about.addRow([
    id ? 'desa yang putusannya berubah' : 'villages with any verdict changed',
    r.changed.anyVerdict,
  ]);
  about.addRow([
    id ? 'rekaman ditolak' : 'records refused',
    Object.values(r.refused).reduce((a, b) => a + b, 0),
  ]);
  const unlisted = id ? '(tidak dalam daftar Kemendagri)' : '(not in the Kemendagri list)';
  type Area = ChangeCounts & { province: string; regency?: string };
  const province: [string, number, (x: Area) => Cell] = [
    id ? 'provinsi' : 'province',
    28,
    (x) => x.province || unlisted,
  ];
  const regency: [string, number, (x: Area) => Cell] = [
    id ? 'kabupaten/kota' : 'regency/city',
    30,
    (x) => x.regency || unlisted,
  ];
  sheet<Area>(id ? 'provinsi' : 'provinces', COUNT_COLUMNS, r.provinces, [province]);
  sheet<Area>(id ? 'kabupaten-kota' : 'regencies', COUNT_COLUMNS, r.regencies, [province, regency]);
  sheet(
    id ? 'pendorong' : 'drivers',
    [
      { key: 'citation', label: { id: 'ketentuan', en: 'citation' }, cell: (d) => d.citation, width: 28 },
      {
        key: 'status',
        label: { id: 'desa yang statusnya berubah', en: 'villages whose status changed' },
        cell: (d) => d.status,
        width: 18,
      },
      {
        key: 'anyVerdict',
        label: { id: 'desa yang putusannya berubah', en: 'villages whose verdict changed' },
        cell: (d) => d.anyVerdict,
        width: 18,
      },
      {
        key: 'provision',
        label: { id: 'ketentuan yang diubah', en: 'amended provision' },
        cell: (d) => d.provision,
        width: 28,
      },
      {
        key: 'provenance',
        label: { id: 'asal ketentuan dan nilai', en: 'provenance of provision and values' },
        cell: (d) => sidesProvenance(d.before, d.after, id ? 'id' : 'en'),
        width: 28,
      },
    ],
    r.drivers,
  );
  sheet(id ? 'desa-berubah' : 'changed-villages', CHANGE_COLUMNS, r.changes);
  const refusedColumns: Column<BatchError>[] = [
    { key: 'code', label: { id: 'kode', en: 'code' }, cell: (e) => e.code, width: 15 },
    ...REFUSED_COLUMNS,
  ];
  sheet(id ? 'ditolak' : 'refused', refusedColumns, r.refusedRecords);
  // written whole or not at all (a temporary file renamed when complete), any write error as a message
  const output = openOutput(file);
  await wb.xlsx.write(output.stream);
  await output.close();
}

/** The CSV written to a file. */
export async function writeChangesCsv(r: NationalComparison, file: string): Promise<void> {
  // as the workbook: a temporary file renamed when complete
  const output = openOutput(file);
  await output.raw(changesCsv(r));
  await output.close();
}
