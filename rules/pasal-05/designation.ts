import { plusDays, plusYears } from '../../src/dates.js';
import type { ParamInForce, RuleContext } from '../../src/define.js';
import { bilingual, formatDate } from '../../src/explain/format.js';
import type { ParamValue } from '../../src/parameters.js';
import type { VillageRecord } from '../../src/schema/index.js';
import type { Bilingual, DateString } from '../../src/types.js';
import type { DesignationStatus } from '../../src/verdict.js';

// Pasal 5 ayat (4): how long a designation is in force, and whether it is on a date.

/** The provision that limits how long a designation is in force. */
const VALIDITY = 'Pasal 5 ayat (4)';

/** The day after every supported date: a designation without a limit is in force on every day judged. */
const NO_END: DateString = '9999-12-31';

/**
 * The last day a designation is in force (Pasal 5 ayat (4)): designatedOn + N years − 1 day, or the latest
 * extension. With no validity (`null`: an amendment removed ayat (4)) it never ends.
 */
export function designationEnd(
  designation: NonNullable<VillageRecord['designation']>,
  validityYears: number | null,
): DateString {
  if (validityYears === null) return NO_END;
  const end = plusDays(plusYears(designation.designatedOn, validityYears), -1);
  const ext = designation.extendedUntil;
  return ext !== undefined && ext > end ? ext : end;
}

/** Where a parameter's value is read: the values in force on the Tanggal Penilaian, and on any other day. */
export interface ParamSource {
  params: Readonly<Record<string, ParamValue>>;
  paramOn(name: string, date: DateString): ParamInForce | undefined;
  /** Whether a provision is in the text as amended. */
  inText(citation: string): boolean;
}

/**
 * The validity in force on the day of the designation (amendment semantics: the value in force when the duty
 * arose): a new value from 2027 does not change the end of a designation made in 2026. Null when an amendment
 * removed ayat (4): the text then sets no limit, and a designation stays in force (amendment semantics 1: the
 * status follows the provisions as amended).
 */
export function validityOf(designatedOn: DateString, src: ParamSource): number | null {
  if (!src.inText(VALIDITY)) return null;
  return Number(src.paramOn('validityYears', designatedOn)?.value ?? src.params.validityYears);
}

/** Whether the village is a Desa Migran EMAS on `asOf` (Pasal 5 ayat (4)). */
export function designationStatus(
  record: VillageRecord,
  asOf: DateString,
  src: ParamSource,
): DesignationStatus {
  const d = record.designation;
  if (d === undefined || d.designatedOn > asOf) return 'not_designated';
  return asOf <= designationEnd(d, validityOf(d.designatedOn, src)) ? 'active' : 'expired';
}

/**
 * The days on which the village is a Desa Migran EMAS, as far as the Tanggal Penilaian: from its designation to
 * the end of its validity (Pasal 5 ayat (4), with extensions). Null when it is not designated on `asOf`.
 */
export function designatedSpan(ctx: RuleContext): { from: DateString; to: DateString } | null {
  const d = ctx.record.designation;
  if (d === undefined || d.designatedOn > ctx.asOf) return null;
  // Asked a dozen times per village (the periodic obligations, exceptions and findings of Pasal 10, 11, 15):
  // the end date is computed once per designation record, as long as what it depends on is unchanged.
  const years = validityOf(d.designatedOn, ctx);
  let end = ends.get(d);
  if (end?.years !== years || end.from !== d.designatedOn || end.extendedUntil !== d.extendedUntil) {
    end = { years, from: d.designatedOn, extendedUntil: d.extendedUntil, to: designationEnd(d, years) };
    ends.set(d, end);
  }
  return { from: d.designatedOn, to: end.to };
}

/** The last days of {@link designatedSpan}, by designation record, with what they were computed from. */
const ends = new WeakMap<
  object,
  { years: number | null; from: DateString; extendedUntil: DateString | undefined; to: DateString }
>();

/**
 * Why a provision for Desa Migran EMAS does not apply on the Tanggal Penilaian (not designated, designated only
 * later, or the designation has expired), or null when the village is a Desa Migran EMAS on that date.
 */
export function notActiveReason(ctx: RuleContext): Bilingual | null {
  const d = ctx.record.designation;
  if (d === undefined) {
    return {
      id: 'Desa bukan Desa Migran EMAS (tidak ada data penetapan); ketentuan ini hanya untuk Desa Migran EMAS.',
      en: 'The village is not a Desa Migran EMAS (no designation in the data); this provision applies to Desa Migran EMAS only.',
    };
  }
  if (d.designatedOn > ctx.asOf) {
    return bilingual((l) =>
      l === 'id'
        ? `Desa baru ditetapkan ${formatDate(d.designatedOn, l)}, sesudah Tanggal Penilaian ${formatDate(ctx.asOf, l)}; ketentuan ini hanya untuk Desa Migran EMAS.`
        : `The village is only designated on ${formatDate(d.designatedOn, l)}, after the assessment date ${formatDate(ctx.asOf, l)}; this provision applies to Desa Migran EMAS only.`,
    );
  }
  const span = designatedSpan(ctx);
  if (span && ctx.asOf > span.to) {
    return bilingual((l) =>
      l === 'id'
        ? `Status Desa Migran EMAS berakhir ${formatDate(span.to, l)} (Pasal 5 ayat (4)), sebelum Tanggal Penilaian ${formatDate(ctx.asOf, l)}; ketentuan ini hanya untuk Desa Migran EMAS.`
        : `The Desa Migran EMAS status ended on ${formatDate(span.to, l)} (Pasal 5 ayat (4)), before the assessment date ${formatDate(ctx.asOf, l)}; this provision applies to Desa Migran EMAS only.`,
    );
  }
  return null;
}
