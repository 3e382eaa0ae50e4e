import { plusMonths } from '../../src/dates.js';
import {
  defineArticle,
  type ExceptionApplication,
  type ObligationContext,
  type ObligationResult,
  type RuleContext,
} from '../../src/define.js';
import { bilingual, formatDate, list } from '../../src/explain/format.js';
import {
  cannotJudge,
  dayBefore,
  dueInWorkingDays,
  earlierOf,
  laterOf,
  periodsOverlapping,
  timesInPeriod,
} from '../../src/obligations/index.js';
import { param } from '../../src/parameters.js';
import type { DateString } from '../../src/types.js';
import { designatedSpan, notActiveReason } from '../pasal-05/designation.js';
import { dutyPeriods, startsDeadline } from '../pasal-18/in-force.js';
import { pasal15Facts } from './facts.js';

const AYAT_1 = 'Pasal 15 ayat (1)';
const AYAT_2 = 'Pasal 15 ayat (2)';
const AYAT_3 = 'Pasal 15 ayat (3)';
const AYAT_4 = 'Pasal 15 ayat (4)';
const AYAT_5 = 'Pasal 15 ayat (5)';

/** The mentors assigned by the Tanggal Penilaian, with a known assignment date. */
function assignedBy(ctx: RuleContext): { name: string; on: DateString }[] {
  return (ctx.record.mentors ?? [])
    .filter((m) => m.assignedOn !== undefined && m.assignedOn <= ctx.asOf)
    .map((m) => ({ name: m.name, on: m.assignedOn as DateString }))
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}

/** Ayat (1): BP3MI assigns a mentor within 20 working days of a designation made on or after the effective date. */
function mentorAssignment(ctx: ObligationContext): ObligationResult[] {
  const span = designatedSpan(ctx);
  if (!span || !startsDeadline(ctx, span.from)) return [];
  const duty = {
    citation: AYAT_1,
    party: 'BP3MI' as const,
    period: null,
    duty: {
      id: 'menugaskan paling sedikit 1 Pendamping DME',
      en: 'must assign at least 1 mentor (Pendamping DME)',
    },
    values: { designatedOn: span.from },
  };
  const mentors = ctx.record.mentors;
  if (mentors === undefined) return [cannotJudge(ctx, { ...duty, missing: ['mentors'] })];
  const dated = mentors.filter((m) => m.assignedOn !== undefined).map((m) => m.assignedOn as DateString);
  const undated = mentors.flatMap((m, i) => (m.assignedOn === undefined ? [`mentors[${i}].assignedOn`] : []));
  const first = dated.sort()[0];
  const r = dueInWorkingDays(ctx, {
    ...duty,
    due: {
      after: span.from,
      event: { id: 'tanggal penetapan', en: 'the designation' },
      param: 'mentorAssignWorkingDays',
    },
    fulfilledOn: first,
  });
  // A mentor without an assignment date may have been assigned in time: then only "met" is certain.
  if (undated.length > 0 && r.status !== 'met')
    return [cannotJudge(ctx, { ...duty, due: r.due, missing: undated })];
  return [r];
}

/** The 6-month windows of intensive mentoring (ayat (4)): from each warning, inclusive, to the day before +6 months. */
function intensiveWindows(ctx: RuleContext): { warning: DateString; last: DateString; year: number }[] {
  const span = designatedSpan(ctx);
  if (!span) return [];
  const out: { warning: DateString; last: DateString; year: number }[] = [];
  for (const e of ctx.record.evaluations ?? []) {
    const w = e.warningIssuedOn;
    if (w === undefined || w > ctx.asOf || !startsDeadline(ctx, w) || w < span.from || w > span.to) continue;
    // the length in force on the day of the warning
    const months = Number(ctx.paramOn('intensiveMonths', w)?.value ?? ctx.params.intensiveMonths);
    out.push({ warning: w, last: dayBefore(plusMonths(w, months)), year: e.year });
  }
  return out.sort((a, b) => (a.warning < b.warning ? -1 : 1));
}

function windowText(w: {
  warning: DateString;
  last: DateString;
  year: number;
}): ExceptionApplication['message'] {
  return bilingual((l) =>
    l === 'id'
      ? `Teguran tertulis ${formatDate(w.warning, l)} atas predikat Perlu Pembinaan evaluasi ${w.year} (Pasal 13 ayat (1)): selama ${formatDate(w.warning, l)} – ${formatDate(w.last, l)} kunjungan pendampingan dilakukan setiap bulan, sebagai pengecualian terhadap ayat (2).`
      : `Written warning of ${formatDate(w.warning, l)} for the Perlu Pembinaan result of ${w.year} (Pasal 13 ayat (1)): from ${formatDate(w.warning, l)} to ${formatDate(w.last, l)} mentoring visits are due every month, as an exception to ayat (2).`,
  );
}

/** Ayat (2): at least N visits in each full quarter from the first assignment (quarters overlapping ayat (4) are displaced). */
function quarterlyVisits(ctx: ObligationContext): ObligationResult[] {
  const span = designatedSpan(ctx);
  if (!span) return [];
  if (ctx.record.mentors === undefined) {
    return [
      cannotJudge(ctx, {
        citation: AYAT_2,
        party: 'Pendamping DME',
        period: null,
        duty: {
          id: 'melakukan kunjungan pendampingan setiap triwulan',
          en: 'must make mentoring visits every quarter',
        },
        missing: ['mentors'],
        note: {
          id: 'Triwulan yang wajib dikunjungi dihitung dari tanggal penugasan Pendamping DME.',
          en: "The quarters that need a visit count from the mentor's assignment date.",
        },
      }),
    ];
  }
  const first = assignedBy(ctx)[0];
  if (!first) return [];
  const from = laterOf(first.on, span.from);
  const visits = ctx.record.mentoringVisits?.map((v) => v.date);
  return dutyPeriods(ctx, 'quarter', from, 'starts-on-or-after', span.to).map((q) =>
    timesInPeriod(ctx, {
      citation: AYAT_2,
      party: 'Pendamping DME',
      period: q.key,
      within: q,
      duty: { id: 'melakukan kunjungan pendampingan', en: 'must make mentoring visits' },
      required: Number(ctx.params.minVisitsPerQuarter),
      param: 'minVisitsPerQuarter',
      events: visits,
      path: 'mentoringVisits',
      what: { id: 'kunjungan pendampingan', en: 'mentoring visit(s)' },
      values: { firstAssignedOn: first.on },
    }),
  );
}

/** Ayat (4): a visit in every full month that starts on or after a warning and ends within the 6 months after it. */
function monthlyVisits(ctx: ObligationContext): ObligationResult[] {
  const span = designatedSpan(ctx);
  if (!span) return [];
  const visits = ctx.record.mentoringVisits?.map((v) => v.date);
  const seen = new Set<string>();
  const out: ObligationResult[] = [];
  for (const w of intensiveWindows(ctx)) {
    const until = earlierOf(w.last, ctx.asOf);
    for (const m of periodsOverlapping('month', w.warning, until)) {
      if (m.start < w.warning || m.end > w.last || m.start > span.to || seen.has(m.key)) continue;
      seen.add(m.key);
      out.push(
        timesInPeriod(ctx, {
          citation: AYAT_4,
          party: 'Pendamping DME',
          period: m.key,
          within: m,
          duty: {
            id: 'melakukan kunjungan pendampingan intensif',
            en: 'must make intensive mentoring visits',
          },
          required: 1,
          events: visits,
          path: 'mentoringVisits',
          what: { id: 'kunjungan pendampingan', en: 'mentoring visit(s)' },
          note: windowText(w),
          values: { warningIssuedOn: w.warning, intensiveUntil: w.last },
        }),
      );
    }
  }
  return out;
}

/** Ayat (5): capacity building for the Tim Kerja Desa, each calendar year from the year after designation. */
function capacityBuilding(ctx: ObligationContext): ObligationResult[] {
  const span = designatedSpan(ctx);
  if (!span) return [];
  const from = `${Number(span.from.slice(0, 4)) + 1}-01-01`;
  const events = ctx.record.activities?.filter((a) => a.kind === 'capacity-building').map((a) => a.date);
  return dutyPeriods(ctx, 'year', from, 'starts-on-or-after', span.to).map((y) =>
    timesInPeriod(ctx, {
      citation: AYAT_5,
      party: 'BP3MI',
      period: y.key,
      within: y,
      duty: {
        id: 'menyelenggarakan peningkatan kapasitas Tim Kerja Desa',
        en: 'must hold capacity building for the village work team',
      },
      required: Number(ctx.params.capacityBuildingPerYear),
      param: 'capacityBuildingPerYear',
      events,
      path: 'activities',
      what: { id: 'kegiatan peningkatan kapasitas', en: 'capacity-building activities' },
    }),
  );
}

/** Ayat (3) does not apply to a village that is not a Desa Migran EMAS, or that has no mentor yet. */
function noMentorYet(ctx: RuleContext) {
  const inactive = notActiveReason(ctx);
  if (inactive) return inactive;
  if (ctx.record.mentors?.every((m) => m.assignedOn !== undefined && m.assignedOn > ctx.asOf)) {
    return {
      id: 'Belum ada Pendamping DME yang ditugaskan pada Tanggal Penilaian; penugasannya dinilai menurut ayat (1).',
      en: 'No mentor has been assigned by the assessment date; the assignment is judged under ayat (1).',
    };
  }
  return null;
}

/** Pasal 15 — mentoring of every Desa Migran EMAS by a Pendamping DME. */
export const pasal15 = defineArticle({
  article: 15,
  title: { id: 'Pendampingan', en: 'Mentoring' },
  fixtures: 'fixtures/pasal-15',
  facts: pasal15Facts,
  provisions: [
    {
      citation: AYAT_1,
      text: 'Setiap Desa Migran EMAS didampingi paling sedikit 1 (satu) Pendamping DME yang ditugaskan oleh BP3MI paling lama {mentorAssignWorkingDays} Hari sejak tanggal penetapan.',
      provenance: 'ASM',
    },
    {
      citation: AYAT_2,
      text: 'Pendamping DME melakukan kunjungan pendampingan paling sedikit {minVisitsPerQuarter} kali setiap triwulan.',
      provenance: 'ASM',
    },
    {
      citation: AYAT_3,
      text: 'Seorang Pendamping DME mendampingi paling banyak {maxVillagesPerMentor} Desa Migran EMAS dan telah mengikuti pelatihan pendamping sebelum ditugaskan.',
      provenance: 'ASM',
    },
    {
      citation: AYAT_4,
      text: 'Dalam hal Desa Migran EMAS diberi teguran sebagaimana dimaksud dalam Pasal 13 ayat (1), selama {intensiveMonths} bulan sejak tanggal teguran kunjungan pendampingan dilakukan paling sedikit 1 (satu) kali setiap bulan, sebagai pengecualian terhadap ayat (2).',
      provenance: 'ASM',
    },
    {
      citation: AYAT_5,
      text: 'BP3MI menyelenggarakan peningkatan kapasitas Tim Kerja Desa paling sedikit {capacityBuildingPerYear} kali setiap tahun.',
      provenance: 'ASM',
    },
  ],
  encoding: {
    id: 'Ayat (1): Hari kerja ke-20 sesudah tanggal penetapan, hanya untuk penetapan pada atau sesudah tanggal berlaku (Pasal 18); dipenuhi pada tanggal penugasan Pendamping DME yang paling awal. Ayat (2): triwulan kalender; setiap triwulan penuh yang dimulai pada atau sesudah penugasan Pendamping DME paling awal (dan penetapan) sampai triwulan yang berjalan pada Tanggal Penilaian (pending kecuali telah dipenuhi). Ayat (3): temuan atas Pendamping DME yang ditugaskan pada Tanggal Penilaian; pendamping tanpa trainedOn belum mengikuti pelatihan (not_met, bukan unknown); pelatihan pada hari penugasan dihitung "sebelum ditugaskan" (data tidak memuat jam). Ayat (4): pengecualian yang menggantikan ayat (2): setiap bulan kalender penuh yang dimulai pada atau sesudah tanggal teguran dan berakhir dalam 6 bulan sejak teguran (sampai tanggal teguran + 6 bulan − 1 hari) memerlukan kunjungan; triwulan yang beririsan dengan masa itu tidak dinilai menurut ayat (2). Ayat (5): setiap tahun kalender mulai tahun sesudah penetapan; tahun yang berjalan pending kecuali telah dipenuhi. Seluruhnya hanya untuk Desa Migran EMAS, selama masa berlaku penetapan.',
    en: 'Ayat (1): the 20th working day after the designation, only for a designation on or after the effective date (Pasal 18); met on the earliest mentor assignment date. Ayat (2): calendar quarters; each full quarter that starts on or after the earliest mentor assignment (and the designation) up to the quarter in progress on the assessment date (pending unless already met). Ayat (3): a finding on the mentors assigned by the assessment date; a mentor without trainedOn has not been trained (not_met, not unknown); training on the day of assignment counts as "before" (the data has no time of day). Ayat (4): an exception that displaces ayat (2): each full calendar month that starts on or after the warning date and ends within 6 months of it (by warning date + 6 months − 1 day) needs a visit, and quarters overlapping that window are not judged under ayat (2). Ayat (5): each calendar year from the year after designation; the year in progress is pending unless already met. All only for a Desa Migran EMAS, while its designation is valid.',
  },
  parameters: {
    mentorAssignWorkingDays: param({
      description: {
        id: 'Paling lama penugasan Pendamping DME sejak penetapan',
        en: 'Maximum time to assign a mentor after designation',
      },
      unit: 'Hari',
      provenance: 'ASM',
      value: 20,
      reference: 'Naskah kerja Pasal 15 ayat (1) [ASM]',
    }),
    minVisitsPerQuarter: param({
      description: {
        id: 'Paling sedikit kunjungan pendampingan per triwulan',
        en: 'Minimum mentoring visits per quarter',
      },
      unit: 'kali',
      provenance: 'ASM',
      value: 1,
      reference: 'Naskah kerja Pasal 15 ayat (2) [ASM]',
    }),
    maxVillagesPerMentor: param({
      description: {
        id: 'Paling banyak Desa Migran EMAS per Pendamping DME',
        en: 'Maximum Desa Migran EMAS per mentor',
      },
      unit: 'Desa',
      provenance: 'ASM',
      value: 5,
      reference: 'Naskah kerja Pasal 15 ayat (3) [ASM]',
    }),
    intensiveMonths: param({
      description: {
        id: 'Lama pendampingan intensif sesudah teguran',
        en: 'Length of intensive mentoring after a warning',
      },
      unit: 'bulan',
      provenance: 'ASM',
      value: 6,
      reference: 'Naskah kerja Pasal 15 ayat (4) [ASM]',
    }),
    capacityBuildingPerYear: param({
      description: {
        id: 'Paling sedikit peningkatan kapasitas Tim Kerja Desa per tahun',
        en: 'Minimum capacity building for the work team per year',
      },
      unit: 'kali',
      provenance: 'ASM',
      value: 1,
      reference: 'Naskah kerja Pasal 15 ayat (5) [ASM]',
    }),
  },
  findings: [
    {
      citation: AYAT_3,
      label: { id: 'Beban dan pelatihan Pendamping DME', en: 'Mentor workload and training' },
      notApplicable: noMentorYet,
      when: {
        all: [
          {
            fact: 'mentorMaxVillages',
            operator: 'lessThanInclusive',
            value: { param: 'maxVillagesPerMentor' },
          },
          { fact: 'mentorsTrainedLate', operator: 'equal', value: 0 },
        ],
      },
      explain: ({ input, asOf, params }) => {
        const max = Number(params.maxVillagesPerMentor);
        const mentors = (input.mentors ?? []).filter(
          (m) => m.assignedOn === undefined || m.assignedOn <= asOf,
        );
        const overloaded = mentors.filter((m) => (m.villagesAssigned ?? 0) > max).map((m) => m.name);
        const untrained = mentors
          .filter(
            (m) => m.assignedOn !== undefined && m.trainedOn !== undefined && m.trainedOn > m.assignedOn,
          )
          .map((m) => m.name);
        const neverTrained = mentors.filter((m) => m.trainedOn === undefined).map((m) => m.name);
        const message = bilingual((l) => {
          const each = mentors
            .map((m) =>
              l === 'id'
                ? `${m.name}: ${m.villagesAssigned ?? '?'} Desa, dilatih ${m.trainedOn ? formatDate(m.trainedOn, l) : 'belum'}, ditugaskan ${m.assignedOn ? formatDate(m.assignedOn, l) : '?'}`
                : `${m.name}: ${m.villagesAssigned ?? '?'} villages, trained ${m.trainedOn ? formatDate(m.trainedOn, l) : 'not yet'}, assigned ${m.assignedOn ? formatDate(m.assignedOn, l) : '?'}`,
            )
            .join('; ');
          const rule =
            l === 'id'
              ? `paling banyak ${max} Desa per Pendamping DME dan pelatihan sebelum penugasan`
              : `at most ${max} villages per mentor and training before assignment`;
          const problems = [
            ...(overloaded.length
              ? [
                  l === 'id'
                    ? `melebihi ${max} Desa: ${list(overloaded, l)}`
                    : `more than ${max} villages: ${list(overloaded, l)}`,
                ]
              : []),
            ...(neverTrained.length
              ? [
                  l === 'id'
                    ? `belum mengikuti pelatihan pendamping: ${list(neverTrained, l)}`
                    : `not trained as a mentor: ${list(neverTrained, l)}`,
                ]
              : []),
            ...(untrained.length
              ? [
                  l === 'id'
                    ? `dilatih sesudah ditugaskan: ${list(untrained, l)}`
                    : `trained after assignment: ${list(untrained, l)}`,
                ]
              : []),
          ];
          return `${each} (${rule})${problems.length ? `; ${problems.join('; ')}` : ''}.`;
        });
        return {
          message,
          values: {
            maxVillages: max,
            overloaded,
            trainedAfterAssignment: untrained,
            notTrained: neverTrained,
          },
        };
      },
    },
  ],
  obligations: [
    { citation: AYAT_1, party: 'BP3MI', compute: mentorAssignment },
    { citation: AYAT_2, party: 'Pendamping DME', compute: quarterlyVisits },
    { citation: AYAT_4, party: 'Pendamping DME', compute: monthlyVisits },
    { citation: AYAT_5, party: 'BP3MI', compute: capacityBuilding },
  ],
  exceptions: [
    {
      citation: AYAT_4,
      displaces: AYAT_2,
      applies: (ctx) =>
        intensiveWindows(ctx).map((w) => ({ from: w.warning, to: w.last, message: windowText(w) })),
    },
  ],
});
