import { CODE } from './members.js';

/**
 * Anjani (Lombok Timur) on 2026-06-30: a village record that meets every criterion of Pasal 3 and Pasal 4
 * except the procedural share (75 of 100 PMI, below the 80% of Pasal 4 ayat (3) huruf a); `over` replaces
 * fields (in place, keeping the key order) or adds them.
 */
export function anjani<O extends Record<string, unknown>>(over: O = {} as O) {
  return {
    code: CODE,
    name: 'Anjani',
    pmi: { abroad: 100, procedural: 75, placedLast3Years: 64 },
    villageRegulation: { number: '4', year: 2025, promulgatedOn: '2025-09-01' },
    informationService: true,
    complaintService: true,
    legalAidPartners: ['LBH Mataram'],
    dataCollection: { digital: true, lastUpdatedOn: '2026-03-01' },
    activities: [
      { date: '2025-10-14', kind: 'awareness' },
      { date: '2026-02-10', kind: 'awareness' },
      { date: '2026-04-02', kind: 'entrepreneurship' },
      { date: '2026-05-20', kind: 'family-empowerment' },
    ],
    returneeGroups: [{ name: 'Kelompok Tenun', active: true }],
    ...over,
  };
}
