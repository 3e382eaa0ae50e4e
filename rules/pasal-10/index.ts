import { defineArticle, type ObligationContext, type ObligationResult } from '../../src/define.js';
import { bilingual } from '../../src/explain/format.js';
import {
  cannotJudge,
  dueInWorkingDays,
  dueOn,
  nextPeriod,
  type Period,
  paramPhrase,
  paramValues,
  periodContaining,
  periodLabel,
} from '../../src/obligations/index.js';
import { param } from '../../src/parameters.js';
import type { Lang } from '../../src/types.js';
import { designatedSpan } from '../pasal-05/designation.js';
import { dutyPeriods, startsDeadline } from '../pasal-18/in-force.js';

const AYAT_1 = 'Pasal 10 ayat (1)';
const AYAT_2 = 'Pasal 10 ayat (2)';

/** The semesters whose reports are owed: those ending on or after the designation and the effective date. */
function reportSemesters(ctx: ObligationContext): Period[] {
  const span = designatedSpan(ctx);
  return span ? dutyPeriods(ctx, 'semester', span.from, 'ends-on-or-after', span.to) : [];
}

/** The due date of a semester's report: day `reportDueDay` of the first month after the semester (clamped). */
function reportDue(semester: Period, day: number): string {
  const month = periodContaining('month', nextPeriod(semester).start);
  const last = Number(month.end.slice(8, 10));
  return `${month.start.slice(0, 8)}${String(Math.min(Math.max(1, day), last)).padStart(2, '0')}`;
}

/** `tanggal N` / `day N` (one function, so that the phrase is built once per date: see `paramPhrase`). */
function dayOfMonth(n: string, l: Lang): string {
  return l === 'id' ? `tanggal ${n}` : `day ${n}`;
}

/** Ayat (1): the Tim Kerja Desa reports to the Kepala Desa each semester. */
function semesterReports(ctx: ObligationContext): ObligationResult[] {
  return reportSemesters(ctx).map((s) => {
    // the due day in force on the first day of the semester
    const day = Number(ctx.paramOn('reportDueDay', s.start)?.value ?? ctx.params.reportDueDay);
    const dayText = paramPhrase(ctx, 'reportDueDay', dayOfMonth, s.start);
    const label = periodLabel(s);
    const duty = {
      citation: AYAT_1,
      party: 'Tim Kerja Desa' as const,
      period: s.key,
      duty: bilingual((l) =>
        l === 'id'
          ? `menyampaikan laporan pelaksanaan ${label.id} kepada Kepala Desa`
          : `must submit the implementation report for the ${label.en} to the village head`,
      ),
      values: { semester: s.key, ...paramValues(ctx, 'reportDueDay', s.start) },
    };
    const due = reportDue(s, day);
    if (ctx.record.reports === undefined) return cannotJudge(ctx, { ...duty, due, missing: ['reports'] });
    const report = ctx.record.reports.find((r) => r.semester === s.key);
    return dueOn(ctx, {
      ...duty,
      due: {
        date: due,
        basis: bilingual((l) =>
          l === 'id'
            ? `${dayText.id} bulan pertama sesudah semester berakhir`
            : `${dayText.en} of the first month after the semester`,
        ),
      },
      fulfilledOn: report?.submittedOn,
    });
  });
}

/** What ayat (2) asks of the Kepala Desa for one semester's report. */
function forwardDuty(s: Period) {
  const label = periodLabel(s);
  return bilingual((l) =>
    l === 'id'
      ? `meneruskan laporan ${label.id} kepada Bupati/Wali Kota dan BP3MI`
      : `must forward the report for the ${label.en} to the regent/mayor and BP3MI`,
  );
}

/** Ayat (2): the Kepala Desa forwards each report received within 10 working days. */
function forwardedReports(ctx: ObligationContext): ObligationResult[] {
  const out: ObligationResult[] = [];
  for (const s of reportSemesters(ctx)) {
    if (ctx.record.reports === undefined) {
      // without the reports it cannot be told whether one was received, and so whether it had to be forwarded
      out.push(
        cannotJudge(ctx, {
          citation: AYAT_2,
          party: 'Kepala Desa',
          period: s.key,
          duty: forwardDuty(s),
          missing: ['reports'],
          values: { semester: s.key },
        }),
      );
      continue;
    }
    const report = ctx.record.reports.find((r) => r.semester === s.key);
    const received = report?.submittedOn;
    if (received === undefined || received > ctx.asOf || !startsDeadline(ctx, received)) continue;
    out.push(
      dueInWorkingDays(ctx, {
        citation: AYAT_2,
        party: 'Kepala Desa',
        period: s.key,
        duty: forwardDuty(s),
        due: {
          after: received,
          event: { id: 'laporan diterima', en: 'receipt of the report' },
          param: 'forwardWorkingDays',
        },
        fulfilledOn: report?.forwardedOn,
        values: { semester: s.key, receivedOn: received },
      }),
    );
  }
  return out;
}

/** Pasal 10 — semester reports of the Tim Kerja Desa and their forwarding by the Kepala Desa. */
export const pasal10 = defineArticle({
  article: 10,
  title: { id: 'Pelaporan', en: 'Reporting' },
  fixtures: 'fixtures/pasal-10',
  provisions: [
    {
      citation: AYAT_1,
      text: 'Tim Kerja Desa menyampaikan laporan pelaksanaan kepada Kepala Desa setiap semester paling lambat tanggal {reportDueDay} bulan pertama setelah semester berakhir.',
      provenance: 'ASM',
    },
    {
      citation: AYAT_2,
      text: 'Kepala Desa meneruskan laporan sebagaimana dimaksud pada ayat (1) kepada Bupati/Wali Kota melalui perangkat daerah yang membidangi ketenagakerjaan dan kepada BP3MI paling lama {forwardWorkingDays} Hari sejak laporan diterima.',
      provenance: 'ASM',
    },
  ],
  encoding: {
    id: 'Semester adalah Januari–Juni (laporan jatuh tempo 10 Juli) dan Juli–Desember (jatuh tempo 10 Januari tahun berikutnya). Kewajiban timbul untuk setiap semester yang berakhir pada atau sesudah tanggal penetapan dan tanggal berlaku, dan yang telah dimulai pada Tanggal Penilaian dan selama masa berlaku penetapan; yang tenggatnya sesudah Tanggal Penilaian berstatus pending. Hanya untuk Desa Migran EMAS. Ayat (2): Hari kerja ke-10 sesudah laporan diterima (submittedOn), untuk setiap laporan yang telah diterima; tanpa data reports setiap semester itu unknown, menyebut reports.',
    en: 'Semesters are January–June (report due 10 July) and July–December (due 10 January of the next year). Obligations arise for each semester that ends on or after the designation date and the effective date, has started by the assessment date and within the designation; those due after the assessment date are pending. Only for a Desa Migran EMAS. Ayat (2): the 10th working day after the report was received (submittedOn), for each report received; without `reports` each of those semesters is unknown, naming reports.',
  },
  parameters: {
    reportDueDay: param({
      description: {
        id: 'Tanggal paling lambat laporan semester pada bulan pertama sesudah semester berakhir',
        en: 'Day of the first month after the semester by which the report is due',
      },
      unit: 'tanggal',
      provenance: 'ASM',
      value: 10,
      reference: 'Naskah kerja Pasal 10 ayat (1) [ASM]',
    }),
    forwardWorkingDays: param({
      description: {
        id: 'Paling lama penerusan laporan oleh Kepala Desa',
        en: 'Maximum time for the village head to forward the report',
      },
      unit: 'Hari',
      provenance: 'ASM',
      value: 10,
      reference: 'Naskah kerja Pasal 10 ayat (2) [ASM]',
    }),
  },
  obligations: [
    { citation: AYAT_1, party: 'Tim Kerja Desa', compute: semesterReports },
    { citation: AYAT_2, party: 'Kepala Desa', compute: forwardedReports },
  ],
});
