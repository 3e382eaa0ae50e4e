import { plusYears, walkStep } from '../../src/dates.js';
import { defineFact, missing } from '../../src/facts/fact.js';
import type { VillageRecord } from '../../src/schema/index.js';
import type { DateString } from '../../src/types.js';
import type { ParamSource } from '../pasal-05/designation.js';

// Facts of Pasal 6: whether a team was formed by the Tanggal Penilaian, and whether it is still in office.

/**
 * Full years of the team's term completed on `asOf`: the greatest n with decree date + n years ≤ asOf,
 * with date-fns `addYears` (a decree of 29 Feb reaches its anniversary on 28 Feb of a common year).
 */
export function termYearsCompleted(decreeDate: DateString, asOf: DateString): number {
  let n = Math.max(0, Number(asOf.slice(0, 4)) - Number(decreeDate.slice(0, 4)) - 1);
  for (let k = 0; plusYears(decreeDate, n + 1) <= asOf; k = walkStep(k, decreeDate, asOf)) n++;
  return n;
}

/**
 * The team's term in force on the date of the Keputusan Kepala Desa that formed it (amendment semantics: the
 * value in force when the duty arose): a new term from 2027 does not lengthen or shorten a team formed in 2026.
 */
export function teamTermOf(decreeDate: DateString, src: ParamSource): number {
  return Number(src.paramOn('teamTermYears', decreeDate)?.value ?? src.params.teamTermYears);
}

export const pasal06Facts = {
  teamDecreed: defineFact<VillageRecord, boolean>({
    description: {
      id: 'Tim Kerja Desa dibentuk dengan Keputusan Kepala Desa yang bertanggal paling lambat pada Tanggal Penilaian',
      en: 'A village work team formed by a decree of the village head dated on or before the assessment date',
    },
    unit: 'ya/tidak',
    reads: ['team', 'team.decree.issuedOn'],
    compute: (r, ctx) => {
      if (r.team === undefined) return missing('team');
      if (r.team === null) return false;
      return r.team.decree.issuedOn <= ctx.asOf;
    },
  }),
  teamInOffice: defineFact<VillageRecord, boolean | null>({
    description: {
      id: 'Tim Kerja Desa masih dalam masa kerja pada Tanggal Penilaian: tahun yang telah genap kurang dari masa kerja yang berlaku pada tanggal Keputusan Kepala Desa (null bila belum dibentuk)',
      en: 'The village work team is still in office on the assessment date: the full years completed are fewer than the term in force on the date of the decree (null when no team is formed yet)',
    },
    unit: 'ya/tidak',
    reads: ['team', 'team.decree.issuedOn'],
    params: ['teamTermYears'],
    compute: (r, ctx) => {
      if (r.team === undefined) return missing('team');
      if (r.team === null || r.team.decree.issuedOn > ctx.asOf) return null;
      const from = r.team.decree.issuedOn;
      return termYearsCompleted(from, ctx.asOf) < teamTermOf(from, ctx);
    },
  }),
};
