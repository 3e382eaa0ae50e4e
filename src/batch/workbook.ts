import type { Worksheet } from 'exceljs';
import type { Output } from '../output.js';
import { runLines } from '../provenance.js';
import type { Bilingual, Lang } from '../types.js';
import { COUNT_COLUMNS, type Column, REFUSED_COLUMNS, VILLAGE_COLUMNS } from './columns.js';
import type { BatchError } from './judge.js';
import { isRefused, linesWritable } from './lines.js';
import type { BatchOutput, OutputContext } from './output.js';
import { rankProvisions } from './provisions.js';
import { type Counts, invalidCount, provinceCounts, type Tally } from './summary.js';

// The national picture as one XLSX workbook (`dme batch … --out x.xlsx`), written as a stream (exceljs's
// WorkbookWriter: the villages sheet's rows go to the file as they come, so 83,763 villages take little
// memory). Sheets: about the run, provinces, regencies, provisions ranked by villages failing them, villages,
// refused records. Counts are one sheet of the 38 provinces and one of the 514 regencies and cities, not a
// sheet per province or regency: 552 tabs cannot be navigated, and one table can be sorted, filtered and
// pivoted (a province's regencies are its rows of the regencies sheet).

const SHEET: Record<string, Bilingual> = {
  about: { id: 'tentang', en: 'about' },
  provinces: { id: 'provinsi', en: 'provinces' },
  regencies: { id: 'kabupaten-kota', en: 'regencies' },
  provisions: { id: 'ketentuan', en: 'provisions' },
  villages: { id: 'desa', en: 'villages' },
  refused: { id: 'ditolak', en: 'refused' },
};

const PROVISION_HEADER: Record<Lang, string[]> = {
  id: [
    'peringkat',
    'ketentuan',
    'desa tidak memenuhi',
    'desa tidak dapat dinilai',
    'nama',
    'rumusan',
    'asal',
  ],
  en: ['rank', 'citation', 'villages not met', 'villages unknown', 'name', 'wording', 'provenance'],
};

/** Adds a bold, frozen header row and the columns' widths. */
function header(sheet: Worksheet, labels: readonly string[], widths: readonly number[]): void {
  sheet.columns = labels.map((l, i) => ({ header: l, width: widths[i] ?? 12 }));
  sheet.getRow(1).font = { bold: true };
}

/** Every sheet's header row stays in view. */
const FROZEN = { views: [{ state: 'frozen' as const, ySplit: 1 }] };

function columnsHeader<R>(
  sheet: Worksheet,
  columns: readonly Column<R>[],
  lang: Lang,
  before: [string, number][] = [],
) {
  header(
    sheet,
    [...before.map(([l]) => l), ...columns.map((c) => c.label[lang])],
    [...before.map(([, w]) => w), ...columns.map((c) => c.width ?? 12)],
  );
}

const countCells = (c: Counts) => COUNT_COLUMNS.map((col) => col.cell(c));
const byName = new Intl.Collator('id');

/** The summary workbook of a batch run, streamed to `output`. */
export async function summaryWorkbook(output: Output, ctx: OutputContext): Promise<BatchOutput> {
  const { default: ExcelJS } = await import('exceljs');
  const { lang } = ctx;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output.stream,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = `${ctx.run.package.name} ${ctx.run.package.version}`;
  workbook.created = new Date(ctx.run.runAt);
  // tabs in this order; only the villages and refused sheets are written during the run, the others at the end
  const about = workbook.addWorksheet(SHEET.about?.[lang], FROZEN);
  const provinces = workbook.addWorksheet(SHEET.provinces?.[lang], FROZEN);
  const regencies = workbook.addWorksheet(SHEET.regencies?.[lang], FROZEN);
  const provisions = workbook.addWorksheet(SHEET.provisions?.[lang], FROZEN);
  const villages = workbook.addWorksheet(SHEET.villages?.[lang], FROZEN);
  const refused = workbook.addWorksheet(SHEET.refused?.[lang], FROZEN);
  columnsHeader(villages, VILLAGE_COLUMNS, lang);
  const refusedColumns: Column<BatchError>[] = [
    { key: 'code', label: { id: 'kode', en: 'code' }, cell: (e) => e.code, width: 15 },
    ...REFUSED_COLUMNS,
  ];
  columnsHeader(refused, refusedColumns, lang);
  const stream = linesWritable((lines) => {
    for (const line of lines) {
      if (isRefused(line)) refused.addRow(refusedColumns.map((c) => c.cell(line))).commit();
      else villages.addRow(VILLAGE_COLUMNS.map((c) => c.cell(line))).commit();
    }
  });
  return {
    stream,
    async finish(tally: Tally) {
      await new Promise<void>((resolve, reject) =>
        stream.end((e?: Error | null) => (e ? reject(e) : resolve())),
      );
      villages.commit();
      refused.commit();

      const provinceLabel = lang === 'id' ? 'provinsi' : 'province';
      const regencyLabel = lang === 'id' ? 'kabupaten/kota' : 'regency/city';
      const unlisted = lang === 'id' ? '(tidak dalam daftar Kemendagri)' : '(not in the Kemendagri list)';
      const total = lang === 'id' ? 'JUMLAH' : 'TOTAL';

      columnsHeader(provinces, COUNT_COLUMNS, lang, [[provinceLabel, 28]]);
      for (const p of provinceCounts(tally).sort((a, b) => byName.compare(a.province, b.province)))
        provinces.addRow([p.province || unlisted, ...countCells(p)]).commit();
      const totalRow = provinces.addRow([total, ...countCells(tally)]);
      totalRow.font = { bold: true };
      totalRow.commit();
      provinces.commit();

      columnsHeader(regencies, COUNT_COLUMNS, lang, [
        [provinceLabel, 28],
        [regencyLabel, 30],
      ]);
      const areas = Object.values(tally.areas).sort(
        (a, b) => byName.compare(a.province, b.province) || byName.compare(a.regency, b.regency),
      );
      for (const a of areas)
        regencies.addRow([a.province || unlisted, a.regency || unlisted, ...countCells(a)]).commit();
      regencies.commit();

      header(provisions, PROVISION_HEADER[lang], [10, 28, 14, 14, 36, 100, 10]);
      for (const p of rankProvisions(tally, ctx.regulation, ctx.run.asOf ?? '', lang))
        provisions
          .addRow([p.rank, p.citation, p.notMet, p.unknown, p.label, p.wording, p.provenance])
          .commit();
      provisions.commit();

      header(about, [lang === 'id' ? 'butir' : 'item', lang === 'id' ? 'nilai' : 'value'], [34, 110]);
      const rows: [string, string | number][] = [
        ...runLines(ctx.run, lang),
        [lang === 'id' ? 'desa dinilai' : 'villages judged', tally.judged],
        [lang === 'id' ? 'rekaman ditolak' : 'records refused', invalidCount(tally)],
      ];
      for (const r of rows) about.addRow(r).commit();
      about.commit();
      await workbook.commit();
      await output.close();
    },
  };
}
