import { defineFact, missing } from '../../src/facts/fact.js';
import type { VillageRecord } from '../../src/schema/index.js';
import { type VillageKind, villageKindOf } from '../pasal-01/facts.js';

// Facts of Pasal 3 ayat (1): the kind of village (Pasal 1 angka 1), villagers abroad and the Peraturan Desa.

export const pasal03Facts = {
  villageKind: defineFact<VillageRecord, VillageKind>({
    description: {
      id: 'Jenis desa menurut kode wilayah Kemendagri',
      en: 'Village kind from the Kemendagri code',
    },
    unit: 'jenis',
    reads: ['code'],
    compute: (r) => villageKindOf(r.code),
  }),
  pmiAbroad: defineFact<VillageRecord, number>({
    description: { id: 'Warga yang sedang bekerja sebagai PMI', en: 'Villagers working abroad as PMI' },
    unit: 'orang',
    reads: ['pmi.abroad'],
    compute: (r) => r.pmi?.abroad ?? missing('pmi.abroad'),
  }),
  villageRegulationInForce: defineFact<VillageRecord, boolean>({
    description: {
      id: 'Peraturan Desa tentang pelindungan PMI telah diundangkan pada Tanggal Penilaian',
      en: 'A village regulation on PMI protection has been promulgated by the assessment date',
    },
    unit: 'ya/tidak',
    reads: ['villageRegulation'],
    compute: (r, ctx) => {
      if (r.villageRegulation === undefined) return missing('villageRegulation');
      if (r.villageRegulation === null) return false;
      const on = r.villageRegulation.promulgatedOn;
      if (on === undefined) return missing('villageRegulation.promulgatedOn');
      return on <= ctx.asOf;
    },
  }),
  placedLast3Years: defineFact<VillageRecord, number>({
    description: { id: 'PMI yang ditempatkan dalam 3 tahun terakhir', en: 'PMI placed in the last 3 years' },
    unit: 'orang',
    reads: ['pmi.placedLast3Years'],
    compute: (r) => r.pmi?.placedLast3Years ?? missing('pmi.placedLast3Years'),
  }),
};
