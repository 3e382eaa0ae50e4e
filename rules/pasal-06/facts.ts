import { plusYears, walkStep } from '../../src/dates.js';
import { defineFact, missing } from '../../src/facts/fact.js';
import type { VillageRecord } from '../../src/schema/index.js';
import type { DateString } from '../../src/types.js';

// Facts of Pasal 6: whether a team was formed by the Tanggal Penilaian, and how long it has served.

/**
 * Full years of the team's term completed on `asOf`: the greatest n with decree date + n years ≤ asOf,
 * with date-fns `addYears` (a decree of 29 Feb reaches its anniversary on 28 Feb of a common year).
 */
export function termYearsCompleted(decreeDate: DateString, asOf: DateString): number {
  let n = Math.max(0, Number(asOf.slice(0, 4)) - Number(decreeDate.slice(0, 4)) - 1);
  for (let k = 0; plusYears(decreeDate, n + 1) <= asOf; k = walkStep(k, decreeDate, asOf)) n++;
  return n;
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
  teamTermYearsCompleted: defineFact<VillageRecord, number | null>({
    description: {
      id: 'Tahun masa kerja Tim Kerja Desa yang telah genap pada Tanggal Penilaian (null bila belum dibentuk)',
      en: 'Full years of the team’s term completed on the assessment date (null when no team is formed yet)',
    },
    unit: 'tahun',
    reads: ['team', 'team.decree.issuedOn'],
    compute: (r, ctx) => {
      if (r.team === undefined) return missing('team');
      if (r.team === null || r.team.decree.issuedOn > ctx.asOf) return null;
      return termYearsCompleted(r.team.decree.issuedOn, ctx.asOf);
    },
  }),
};
