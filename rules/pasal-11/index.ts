import { defineArticle, type ObligationContext, type ObligationResult } from '../../src/define.js';
import { timesInPeriod } from '../../src/obligations/index.js';
import { param } from '../../src/parameters.js';
import { designatedSpan } from '../pasal-05/designation.js';
import { dutyPeriods } from '../pasal-18/in-force.js';

const PASAL_11 = 'Pasal 11';

/** One obligation per semester that starts on or after the designation date (and ends on or after the effective date). */
function monitoring(ctx: ObligationContext): ObligationResult[] {
  const span = designatedSpan(ctx);
  if (!span) return [];
  const visits = ctx.record.monitoringVisits?.map((v) => v.date);
  return dutyPeriods(ctx, 'semester', span.from, 'starts-on-or-after', span.to).map((s) =>
    timesInPeriod(ctx, {
      citation: PASAL_11,
      party: 'BP3MI',
      period: s.key,
      within: s,
      duty: { id: 'melakukan pemantauan', en: 'must monitor the village' },
      required: Number(ctx.params.monitoringPerSemester),
      param: 'monitoringPerSemester',
      events: visits,
      path: 'monitoringVisits',
      what: { id: 'kunjungan pemantauan', en: 'monitoring visit(s)' },
    }),
  );
}

/** Pasal 11 — monitoring of every Desa Migran EMAS by BP3MI each semester. */
export const pasal11 = defineArticle({
  article: 11,
  title: { id: 'Pemantauan', en: 'Monitoring' },
  fixtures: 'fixtures/pasal-11',
  provisions: [
    {
      citation: PASAL_11,
      text: 'BP3MI melakukan pemantauan terhadap setiap Desa Migran EMAS paling sedikit {monitoringPerSemester} kali setiap semester.',
      provenance: 'PUB',
      provenanceNote: 'frequency [ASM]',
    },
  ],
  encoding: {
    id: 'Satu kewajiban per semester yang dimulai pada atau sesudah tanggal penetapan dan berakhir pada atau sesudah tanggal berlaku (Pasal 18), sampai semester yang berjalan pada Tanggal Penilaian; semester yang berjalan berstatus pending kecuali telah dipenuhi. Dipenuhi pada tanggal kunjungan pemantauan ke-N di dalam semester; kunjungan di luar semester tidak dihitung untuknya. Hanya untuk Desa Migran EMAS, selama masa berlaku penetapan.',
    en: 'One obligation per semester that starts on or after the designation date and ends on or after the effective date (Pasal 18), up to the semester in progress on the assessment date; the semester in progress is pending unless already met. Met on the date of the N-th monitoring visit inside the semester; a visit outside it does not count for it. Only for a Desa Migran EMAS, while its designation is valid.',
  },
  parameters: {
    monitoringPerSemester: param({
      description: {
        id: 'Paling sedikit pemantauan BP3MI per semester',
        en: 'Minimum BP3MI monitoring visits per semester',
      },
      unit: 'kali',
      provenance: 'ASM',
      value: 1,
      reference: 'Naskah kerja Pasal 11 (frekuensi [ASM])',
    }),
  },
  obligations: [{ citation: PASAL_11, party: 'BP3MI', compute: monitoring }],
});
