import { defineFact, type Missing, missing } from '../../src/facts/fact.js';
import type { VillageRecord } from '../../src/schema/index.js';

// Facts of Pasal 15 ayat (3): the mentors' workload and training.

/** The mentors assigned by the Tanggal Penilaian (a mentor without an assignment date counts: it may be). */
function mentorsBy(r: VillageRecord, asOf: string) {
  return (r.mentors ?? [])
    .map((m, i) => ({ m, i }))
    .filter(({ m }) => m.assignedOn === undefined || m.assignedOn <= asOf);
}

export const pasal15Facts = {
  mentorMaxVillages: defineFact<VillageRecord, number | null>({
    description: {
      id: 'Jumlah Desa Migran EMAS terbanyak yang didampingi seorang Pendamping DME desa ini (null bila tidak ada pendamping)',
      en: "The most Desa Migran EMAS any of this village's mentors accompanies (null when there is no mentor)",
    },
    unit: 'Desa',
    reads: ['mentors'],
    compute: (r, ctx): number | null | Missing => {
      if (r.mentors === undefined) return missing('mentors');
      const assigned = mentorsBy(r, ctx.asOf);
      const absent = assigned
        .filter(({ m }) => m.villagesAssigned === undefined)
        .map(({ i }) => `mentors[${i}].villagesAssigned`);
      if (absent.length > 0) return missing(...absent);
      return assigned.length === 0 ? null : Math.max(...assigned.map(({ m }) => m.villagesAssigned ?? 0));
    },
  }),
  mentorsTrainedLate: defineFact<VillageRecord, number>({
    description: {
      id: 'Pendamping DME desa ini yang belum mengikuti pelatihan pendamping sebelum (atau pada hari) ditugaskan',
      en: "This village's mentors not trained before (or on the day of) their assignment",
    },
    unit: 'orang',
    reads: ['mentors'],
    compute: (r, ctx) => {
      if (r.mentors === undefined) return missing('mentors');
      const assigned = mentorsBy(r, ctx.asOf);
      const absent: string[] = [];
      let late = 0;
      for (const { m, i } of assigned) {
        // no trainedOn: not trained (as for the other optional dates of an event), so never before assignment
        if (m.trainedOn === undefined) late++;
        else if (m.assignedOn === undefined) absent.push(`mentors[${i}].assignedOn`);
        else if (m.trainedOn > m.assignedOn) late++;
      }
      return absent.length > 0 && late === 0 ? missing(...absent) : late;
    },
  }),
};
