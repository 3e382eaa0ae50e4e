import { minusMonths, walkStep } from '../../src/dates.js';
import {
  countAtLeast,
  defineFact,
  type FactContext,
  type Missing,
  missing,
  unknownBecause,
} from '../../src/facts/fact.js';
import type { Activity, VillageRecord } from '../../src/schema/index.js';

// Facts of Pasal 4: counts, ratios and dates derived from the record.

function countActivities(r: VillageRecord, ctx: FactContext, kind: Activity['kind']): number | Missing {
  if (r.activities === undefined) return missing('activities');
  let n = 0;
  for (const a of r.activities) if (a.kind === kind && a.date > ctx.windowStart && a.date <= ctx.asOf) n++;
  return n;
}

/**
 * How many months old the data is under Pasal 4 ayat (2) huruf a: the least m with
 * lastUpdatedOn ≥ asOf − m months (date-fns month arithmetic, clamped). So "≤ 6" holds exactly when
 * lastUpdatedOn ≥ asOf − 6 months, the working text's inclusive rule.
 */
export function monthsSinceUpdate(lastUpdatedOn: string, asOf: string): number {
  let m = Math.max(0, (Number(asOf.slice(0, 4)) - Number(lastUpdatedOn.slice(0, 4))) * 12 - 13);
  for (let n = 0; lastUpdatedOn < minusMonths(asOf, m); n = walkStep(n, lastUpdatedOn, asOf)) m++;
  return m;
}

export const pasal04Facts = {
  pmiProcedural: defineFact<VillageRecord, number>({
    description: { id: 'PMI Prosedural (tercatat SISKOP2MI)', en: 'Procedural PMI (recorded in SISKOP2MI)' },
    unit: 'orang',
    reads: ['pmi.procedural'],
    compute: (r) => r.pmi?.procedural ?? missing('pmi.procedural'),
  }),
  proceduralShare: defineFact<VillageRecord, number | null>({
    description: {
      id: 'Perbandingan PMI Prosedural terhadap seluruh PMI (null bila tidak ada PMI)',
      en: 'Share of procedural PMI among all PMI (null when nobody works abroad)',
    },
    unit: 'rasio',
    reads: ['pmi.abroad', 'pmi.procedural'],
    compute: (r) => {
      const abroad = r.pmi?.abroad;
      const procedural = r.pmi?.procedural;
      // Nobody abroad decides it whatever the procedural count: a ratio over zero people shows no safe migration.
      if (abroad === 0) return null;
      if (abroad === undefined || procedural === undefined) {
        return missing(
          ...(abroad === undefined ? ['pmi.abroad'] : []),
          ...(procedural === undefined ? ['pmi.procedural'] : []),
        );
      }
      return procedural / abroad;
    },
  }),
  informationService: defineFact<VillageRecord, boolean>({
    description: {
      id: 'Layanan informasi migrasi aman di kantor Desa',
      en: 'Safe-migration information service',
    },
    unit: 'ya/tidak',
    reads: ['informationService'],
    compute: (r) => r.informationService ?? missing('informationService'),
  }),
  complaintService: defineFact<VillageRecord, boolean>({
    description: { id: 'Layanan pengaduan', en: 'Complaint service' },
    unit: 'ya/tidak',
    reads: ['complaintService'],
    compute: (r) => r.complaintService ?? missing('complaintService'),
  }),
  legalAidPartners: defineFact<VillageRecord, number>({
    description: { id: 'Mitra jaringan bantuan hukum', en: 'Legal aid network partners' },
    unit: 'jumlah',
    reads: ['legalAidPartners'],
    compute: (r) => r.legalAidPartners?.length ?? missing('legalAidPartners'),
  }),
  dataCollectionDigital: defineFact<VillageRecord, boolean>({
    description: { id: 'Pendataan dilakukan secara digital', en: 'Records are kept digitally' },
    unit: 'ya/tidak',
    reads: ['dataCollection.digital'],
    compute: (r) => r.dataCollection?.digital ?? missing('dataCollection.digital'),
  }),
  dataCollectionAgeMonths: defineFact<VillageRecord, number>({
    description: {
      id: 'Umur pendataan dalam bulan: m terkecil dengan pembaruan terakhir ≥ Tanggal Penilaian − m bulan',
      en: 'Age of the records in months: the least m with last update ≥ assessment date − m months',
    },
    unit: 'bulan',
    reads: ['dataCollection.lastUpdatedOn'],
    compute: (r, ctx) => {
      const last = r.dataCollection?.lastUpdatedOn;
      if (last === undefined) return missing('dataCollection.lastUpdatedOn');
      if (last > ctx.asOf) {
        return unknownBecause('dataCollection.lastUpdatedOn', {
          id: `pembaruan terakhir (${last}) sesudah Tanggal Penilaian; keadaan pada Tanggal Penilaian tidak diketahui`,
          en: `the last update (${last}) is after the assessment date; the state on that date is not known`,
        });
      }
      return monthsSinceUpdate(last, ctx.asOf);
    },
  }),
  awarenessActivities12m: defineFact<VillageRecord, number>({
    description: {
      id: 'Kegiatan sosialisasi/edukasi migrasi aman dalam 12 bulan terakhir',
      en: 'Safe-migration awareness activities in the last 12 months',
    },
    unit: 'kegiatan',
    reads: ['activities'],
    compute: (r, ctx) => countActivities(r, ctx, 'awareness'),
  }),
  entrepreneurshipActivities12m: defineFact<VillageRecord, number>({
    description: {
      id: 'Kegiatan kewirausahaan atau inovasi Desa dalam 12 bulan terakhir',
      en: 'Entrepreneurship or village innovation activities in the last 12 months',
    },
    unit: 'kegiatan',
    reads: ['activities'],
    compute: (r, ctx) => countActivities(r, ctx, 'entrepreneurship'),
  }),
  familyEmpowermentActivities12m: defineFact<VillageRecord, number>({
    description: {
      id: 'Kegiatan pemberdayaan ekonomi, literasi keuangan, atau remitansi bagi Keluarga PMI dalam 12 bulan terakhir',
      en: 'Economic empowerment, financial literacy or remittance activities for PMI families in the last 12 months',
    },
    unit: 'kegiatan',
    reads: ['activities'],
    compute: (r, ctx) => countActivities(r, ctx, 'family-empowerment'),
  }),
  activeReturneeGroups: defineFact<VillageRecord, number>({
    description: { id: 'Kelompok usaha Purna PMI yang aktif', en: 'Active business groups of returned PMI' },
    unit: 'kelompok',
    reads: ['returneeGroups'],
    params: ['minReturneeGroups'],
    compute: (r, ctx) => {
      if (r.returneeGroups === undefined) return missing('returneeGroups');
      const unknownAt: string[] = [];
      let active = 0;
      r.returneeGroups.forEach((g, i) => {
        if (g.active === undefined) unknownAt.push(`returneeGroups[${i}].active`);
        else if (g.active) active++;
      });
      return countAtLeast(active, unknownAt, Number(ctx.params.minReturneeGroups));
    },
  }),
};
