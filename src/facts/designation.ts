import type { VillageRecord } from '../schema/index.js';
import { designationStatus, perluPembinaanRun } from '../status.js';
import { defineFact, type Missing, missing } from './fact.js';

// Facts of Pasal 5 ayat (4), Pasal 13 ayat (2) and Pasal 15 ayat (3): the designation's validity, the run of
// Perlu Pembinaan results, and the mentors' workload and training.

/** The mentors assigned by the Tanggal Penilaian (a mentor without an assignment date counts: it may be). */
function mentorsBy(r: VillageRecord, asOf: string) {
  return (r.mentors ?? [])
    .map((m, i) => ({ m, i }))
    .filter(({ m }) => m.assignedOn === undefined || m.assignedOn <= asOf);
}

export const designationFacts = {
  designationActive: defineFact<VillageRecord, boolean>({
    description: {
      id: 'Status Desa Migran EMAS masih berlaku pada Tanggal Penilaian (Pasal 5 ayat (4))',
      en: 'The Desa Migran EMAS status is still valid on the assessment date (Pasal 5 ayat (4))',
    },
    unit: 'ya/tidak',
    reads: ['designation'],
    compute: (r, ctx) => designationStatus(r, ctx.asOf, ctx.params) === 'active',
  }),
  perluPembinaanYears: defineFact<VillageRecord, number>({
    description: {
      id: 'Jumlah evaluasi tahunan terakhir berturut-turut dengan predikat Perlu Pembinaan (tahun sejak berlakunya Peraturan Menteri)',
      en: 'Number of the latest consecutive annual evaluations with the predicate Perlu Pembinaan (years since the regulation is in force)',
    },
    unit: 'tahun',
    reads: ['evaluations'],
    compute: (r, ctx) => perluPembinaanRun(r, ctx.asOf, String(ctx.params.effectiveDate)).length,
  }),
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
        if (m.assignedOn === undefined) absent.push(`mentors[${i}].assignedOn`);
        if (m.trainedOn === undefined) absent.push(`mentors[${i}].trainedOn`);
        if (m.assignedOn !== undefined && m.trainedOn !== undefined && m.trainedOn > m.assignedOn) late++;
      }
      return absent.length > 0 && late === 0 ? missing(...absent) : late;
    },
  }),
};
