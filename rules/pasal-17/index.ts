import { plusMonths } from '../../src/dates.js';
import {
  defineArticle,
  type ObligationContext,
  type ObligationResult,
  type RuleContext,
} from '../../src/define.js';
import { bilingual, formatDate, list } from '../../src/explain/format.js';
import { cannotJudge, dueOn, paramPhrase, paramValues } from '../../src/obligations/index.js';
import { param } from '../../src/parameters.js';
import { citationWithin } from '../../src/regulation.js';
import type { Bilingual, DateString } from '../../src/types.js';
import { designationEnd, validityOf } from '../pasal-05/designation.js';
import { effectiveDate } from '../pasal-18/in-force.js';

const PASAL_17 = 'Pasal 17';
const PASAL_7 = 'Pasal 7';

/**
 * The transition of a village designated before the effective date (and still designated on it): it ends on
 * effectiveDate + 6 months (date-fns `addMonths`), the last day on which Pasal 7 is displaced and the due date
 * of the adjustment. Null for any other village.
 */
function transition(
  ctx: RuleContext,
): { designatedOn: DateString; effective: DateString; end: DateString } | null {
  const d = ctx.record.designation;
  const effective = effectiveDate(ctx);
  // A designation that had already expired when the regulation came into force leaves nothing to keep.
  if (d === undefined || d.designatedOn >= effective) return null;
  if (designationEnd(d, validityOf(d.designatedOn, ctx)) < effective) return null;
  return {
    designatedOn: d.designatedOn,
    effective,
    end: plusMonths(effective, transitionMonthsOf(ctx, effective)),
  };
}

/** The transition's length in force on the effective date it counts from (not on the Tanggal Penilaian). */
function transitionMonthsOf(ctx: RuleContext, effective: DateString): number {
  return Number(ctx.paramOn('transitionMonths', effective)?.value ?? ctx.params.transitionMonths);
}

function transitionText(t: NonNullable<ReturnType<typeof transition>>, months: number): Bilingual {
  return bilingual((l) =>
    l === 'id'
      ? `Desa ditetapkan ${formatDate(t.designatedOn, l)}, sebelum Peraturan Menteri berlaku (${formatDate(t.effective, l)}): susunan Tim Kerja Desa wajib disesuaikan dengan Pasal 7 paling lama ${months} bulan sejak berlaku, yaitu ${formatDate(t.end, l)}; sampai tanggal itu Pasal 7 tidak diterapkan.`
      : `The village was designated on ${formatDate(t.designatedOn, l)}, before the regulation came into force (${formatDate(t.effective, l)}): its work team must be brought into line with Pasal 7 within ${months} months of that date, by ${formatDate(t.end, l)}; until then Pasal 7 is not applied.`,
  );
}

const MONTHS: Bilingual = { id: 'bulan', en: 'months' };

/**
 * The obligation of the transition: Pasal 7 judged as if it applied (its findings before displacement). Met
 * when the team meets Pasal 7, on the date of the Keputusan that formed it (late when that is after the due
 * date); pending or overdue while something is still wrong, listing what.
 */
function adjustment(ctx: ObligationContext): ObligationResult[] {
  const t = transition(ctx);
  if (!t) return [];
  const monthsText = paramPhrase(ctx, 'transitionMonths', MONTHS, t.effective);
  const duty = {
    citation: PASAL_17,
    party: 'Kepala Desa' as const,
    period: null,
    duty: {
      id: 'menyesuaikan susunan Tim Kerja Desa dengan Pasal 7',
      en: 'must bring the work team into line with Pasal 7',
    },
    values: {
      designatedOn: t.designatedOn,
      effectiveDate: t.effective,
      transitionEnd: t.end,
      ...paramValues(ctx, 'transitionMonths', t.effective),
    },
  };
  const pasal7 = [...ctx.findings.values()].filter((f) => citationWithin(f.citation, PASAL_7));
  if (pasal7.length === 0) {
    return [
      cannotJudge(ctx, {
        ...duty,
        due: t.end,
        reason: {
          id: 'Pasal 7 tidak dienkode dalam teks yang diterapkan',
          en: 'Pasal 7 is not encoded in the text applied',
        },
      }),
    ];
  }
  const wrong = pasal7.filter((f) => f.verdict === 'not_met');
  const unknown = pasal7.filter((f) => f.verdict === 'unknown');
  const due = {
    date: t.end,
    basis: bilingual((l) =>
      l === 'id'
        ? `${monthsText.id} sejak Peraturan Menteri berlaku ${formatDate(t.effective, l)}`
        : `${monthsText.en} after the regulation came into force on ${formatDate(t.effective, l)}`,
    ),
  };
  if (wrong.length > 0) {
    const note = bilingual((l) =>
      l === 'id'
        ? `Masih belum sesuai: ${wrong.map((f) => `${f.citation} — ${f.message.id}`).join(' ')}`
        : `Still wrong: ${wrong.map((f) => `${f.citation} — ${f.message.en}`).join(' ')}`,
    );
    return [
      dueOn(ctx, {
        ...duty,
        due,
        fulfilledOn: null,
        note,
        values: { ...duty.values, stillWrong: wrong.map((f) => f.citation) },
      }),
    ];
  }
  if (unknown.length > 0) {
    const missing = [...new Set(unknown.flatMap((f) => f.missing ?? []))];
    return [
      cannotJudge(ctx, {
        ...duty,
        due: t.end,
        ...(missing.length > 0
          ? { missing }
          : {
              reason: bilingual((l) =>
                l === 'id'
                  ? `${list(
                      unknown.map((f) => f.citation),
                      l,
                    )} tidak dapat dinilai`
                  : `${list(
                      unknown.map((f) => f.citation),
                      l,
                    )} cannot be judged`,
              ),
            }),
        values: { ...duty.values, unknown: unknown.map((f) => f.citation) },
      }),
    ];
  }
  const decree = ctx.record.team?.decree;
  const note = bilingual((l) =>
    l === 'id'
      ? `Susunan Tim Kerja Desa menurut Keputusan${decree?.number ? ` ${decree.number}` : ''} memenuhi Pasal 7.`
      : `The work team formed by decree${decree?.number ? ` ${decree.number}` : ''} meets Pasal 7.`,
  );
  return [dueOn(ctx, { ...duty, due, fulfilledOn: decree?.issuedOn ?? null, note })];
}

/** Pasal 17 — transition for villages designated before the regulation came into force. */
export const pasal17 = defineArticle({
  article: 17,
  title: { id: 'Ketentuan Peralihan', en: 'Transitional provision' },
  fixtures: 'fixtures/pasal-17',
  provisions: [
    {
      citation: PASAL_17,
      text: 'Desa yang telah ditetapkan sebagai Desa Migran EMAS sebelum Peraturan Menteri ini berlaku tetap berstatus Desa Migran EMAS dan wajib menyesuaikan susunan Tim Kerja Desa dengan Pasal 7 paling lama {transitionMonths} bulan sejak Peraturan Menteri ini berlaku.',
      provenance: 'ASM',
    },
  ],
  encoding: {
    id: 'Pengecualian yang menggantikan Pasal 7 bagi Desa yang ditetapkan sebelum tanggal berlaku sampai akhir masa peralihan (tanggal berlaku + 6 bulan, date-fns addMonths; tanggal itu masih termasuk): sampai saat itu setiap temuan Pasal 7 not_applicable dengan displacedBy Pasal 17, dan kewajiban Kepala Desa dengan tenggat tanggal itu mendaftar apa yang masih harus diperbaiki menurut Pasal 7 (dinilai seolah-olah berlaku). Sesudahnya Pasal 7 berlaku biasa. Kewajiban dipenuhi pada tanggal Keputusan pembentukan Tim Kerja Desa yang susunannya memenuhi Pasal 7.',
    en: 'An exception that displaces Pasal 7 for villages designated before the effective date until the end of the transition (effective date + 6 months, date-fns addMonths; that day included): until then every Pasal 7 finding is not_applicable with displacedBy Pasal 17, and an obligation of the Kepala Desa due on that date lists what Pasal 7 (judged as if it applied) still finds wrong. Afterwards Pasal 7 applies normally. The obligation is met on the date of the decree forming the work team whose composition meets Pasal 7.',
  },
  parameters: {
    transitionMonths: param({
      description: { id: 'Lama masa peralihan', en: 'Length of the transition' },
      unit: 'bulan',
      provenance: 'ASM',
      value: 6,
      reference: 'Naskah kerja Pasal 17 [ASM]',
    }),
  },
  obligations: [{ citation: PASAL_17, party: 'Kepala Desa', compute: adjustment }],
  exceptions: [
    {
      citation: PASAL_17,
      displaces: PASAL_7,
      applies: (ctx) => {
        const t = transition(ctx);
        return t
          ? { from: t.effective, to: t.end, message: transitionText(t, transitionMonthsOf(ctx, t.effective)) }
          : null;
      },
    },
  ],
});
