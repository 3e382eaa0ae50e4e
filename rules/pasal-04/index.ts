import { minusMonths, plusDays } from '../../src/dates.js';
import { defineArticle, type Explanation } from '../../src/define.js';
import { bilingual, formatDate, percent, round4 } from '../../src/explain/format.js';
import { param } from '../../src/parameters.js';
import type { Bilingual } from '../../src/types.js';
import type { Finding } from '../../src/verdict.js';
import { pasal04Facts } from './facts.js';

/** The 12-month window "dalam 12 bulan terakhir sebelum Tanggal Penilaian", for messages: `1 Jul 2025 – 30 Jun 2026`. */
function window12(windowStart: string, asOf: string): Bilingual {
  return bilingual((l) => `${formatDate(plusDays(windowStart, 1), l)} – ${formatDate(asOf, l)}`);
}

function countIn12Months(
  what: Bilingual,
  count: number | undefined,
  required: number,
  ctx: { windowStart: string; asOf: string },
): Explanation {
  const w = window12(ctx.windowStart, ctx.asOf);
  return {
    message: {
      id: `${count} ${what.id} dalam 12 bulan terakhir (${w.id}); paling sedikit ${required} disyaratkan.`,
      en: `${count} ${what.en} in the last 12 months (${w.en}); at least ${required} required.`,
    },
    values: { count: count ?? null, required, windowFrom: plusDays(ctx.windowStart, 1), windowTo: ctx.asOf },
  };
}

/** "Seluruh kriteria Aman sebagaimana dimaksud pada ayat (3)": every huruf of ayat (3) as amended. */
const AYAT_3 = 'Pasal 4 ayat (3)';
/** "6 (enam) kriteria sebagaimana dimaksud pada ayat (1), ayat (2), dan ayat (4)": every huruf of each, as amended. */
const OTHER_AYAT = ['Pasal 4 ayat (1)', 'Pasal 4 ayat (2)', 'Pasal 4 ayat (4)'];

/** `ayat (3) huruf a` from `Pasal 4 ayat (3) huruf a`. */
function short(citation: string): string {
  return citation.replace('Pasal 4 ', '');
}

/** The criteria that drop out (removed or displaced), each with why: "n shrinks, k stays". */
function notCounted(dropped: readonly Finding[]): Bilingual {
  if (dropped.length === 0) return { id: '', en: '' };
  return bilingual((l) =>
    l === 'id'
      ? ` Tidak dihitung karena tidak berlaku: ${dropped.map((f) => `${short(f.citation)} (${f.message.id.replace(/\.$/, '')})`).join('; ')}.`
      : ` Not counted because they do not apply: ${dropped.map((f) => `${short(f.citation)} (${f.message.en.replace(/\.$/, '')})`).join('; ')}.`,
  );
}

/** Pasal 4 — the EMAS criteria (Edukatif, Maju, Aman, Sejahtera). */
export const pasal04 = defineArticle({
  article: 4,
  title: { id: 'Kriteria EMAS', en: 'EMAS criteria' },
  fixtures: 'fixtures/pasal-04',
  facts: pasal04Facts,
  decides: { eligibility: ['Pasal 4 ayat (5)'] },
  provisions: [
    { citation: 'Pasal 4 ayat (1)', text: 'Kriteria Edukatif meliputi:', provenance: 'PUB' },
    {
      citation: 'Pasal 4 ayat (1) huruf a',
      text: 'tersedia layanan informasi migrasi aman di kantor Desa; dan',
      provenance: 'PUB',
    },
    {
      citation: 'Pasal 4 ayat (1) huruf b',
      text: 'terselenggara paling sedikit {minAwarenessActivities12m} kegiatan sosialisasi atau edukasi migrasi aman dalam 12 (dua belas) bulan terakhir sebelum Tanggal Penilaian.',
      provenance: 'PUB',
      provenanceNote: 'count [ASM]',
    },
    { citation: 'Pasal 4 ayat (2)', text: 'Kriteria Maju meliputi:', provenance: 'PUB' },
    {
      citation: 'Pasal 4 ayat (2) huruf a',
      text: 'pendataan Calon PMI, PMI, Purna PMI, dan Keluarga PMI dilakukan secara digital dan diperbarui paling lama {dataMaxAgeMonths} bulan sebelum Tanggal Penilaian; dan',
      provenance: 'PUB',
    },
    {
      citation: 'Pasal 4 ayat (2) huruf b',
      text: 'terselenggara paling sedikit 1 (satu) kegiatan kewirausahaan atau inovasi Desa bagi PMI, Purna PMI, atau Keluarga PMI dalam 12 (dua belas) bulan terakhir.',
      provenance: 'PUB',
    },
    { citation: 'Pasal 4 ayat (3)', text: 'Kriteria Aman meliputi:', provenance: 'PUB' },
    {
      citation: 'Pasal 4 ayat (3) huruf a',
      text: 'perbandingan jumlah PMI Prosedural terhadap seluruh warga Desa yang sedang bekerja sebagai PMI paling rendah {minProceduralShare};',
      provenance: 'PUB',
      provenanceNote: 'value [ASM]',
    },
    {
      citation: 'Pasal 4 ayat (3) huruf b',
      text: 'tersedia layanan pengaduan bagi Calon PMI, PMI, dan Keluarga PMI; dan',
      provenance: 'PUB',
    },
    {
      citation: 'Pasal 4 ayat (3) huruf c',
      text: 'terdapat paling sedikit 1 (satu) mitra jaringan bantuan hukum yang bekerja sama dengan Desa.',
      provenance: 'PUB',
    },
    { citation: 'Pasal 4 ayat (4)', text: 'Kriteria Sejahtera meliputi:', provenance: 'PUB' },
    {
      citation: 'Pasal 4 ayat (4) huruf a',
      text: 'terdapat paling sedikit {minReturneeGroups} kelompok usaha Purna PMI yang aktif; dan',
      provenance: 'PUB',
    },
    {
      citation: 'Pasal 4 ayat (4) huruf b',
      text: 'terselenggara paling sedikit 1 (satu) kegiatan pemberdayaan ekonomi, literasi keuangan, atau pengelolaan remitansi bagi Keluarga PMI dalam 12 (dua belas) bulan terakhir.',
      provenance: 'PUB',
    },
    {
      citation: 'Pasal 4 ayat (5)',
      text: 'Desa dinyatakan memenuhi kriteria EMAS apabila memenuhi seluruh kriteria Aman sebagaimana dimaksud pada ayat (3) dan paling sedikit {minOtherIndicators} dari 6 (enam) kriteria sebagaimana dimaksud pada ayat (1), ayat (2), dan ayat (4).',
      provenance: 'ASM',
    },
  ],
  encoding: {
    id: '"Dalam 12 bulan terakhir sebelum Tanggal Penilaian": tanggal d dengan (Tanggal Penilaian − 12 bulan) < d ≤ Tanggal Penilaian. "Diperbarui paling lama 6 bulan sebelum": pembaruan terakhir ≥ Tanggal Penilaian − 6 bulan (inklusif; aritmetika bulan date-fns, dijepit ke akhir bulan). Kegiatan sesudah Tanggal Penilaian tidak dihitung. Perbandingan ayat (3) huruf a: not_met bila tidak ada warga di luar negeri, juga bila jumlah PMI Prosedural tidak ada (0 di luar negeri sudah menentukan); selain itu unknown bila salah satu jumlah tidak ada. Penghitungan tiga nilai untuk setiap "paling sedikit N": met begitu rekaman yang diketahui memenuhi mencapai N (satu kelompok yang diketahui aktif memenuhi "paling sedikit 1"), not_met hanya bila seluruh rekaman yang datanya tidak ada pun tidak dapat mencapai N, selain itu unknown.',
    en: '"In the last 12 months before the assessment date": dates d with (assessment date − 12 months) < d ≤ assessment date. "Updated at most 6 months before": last update ≥ assessment date − 6 months (inclusive; date-fns month arithmetic, clamped to month end). Activities after the assessment date do not count. Ratio of ayat (3) huruf a: not_met when nobody works abroad, even when the procedural count is missing (0 abroad decides it); otherwise unknown when either count is missing. Three-valued counting for every "paling sedikit N": met as soon as the records known to qualify reach N (one group known active meets "paling sedikit 1" whatever the others), not_met only when even every record with missing data could not reach N, else unknown.',
  },
  parameters: {
    minAwarenessActivities12m: param({
      description: {
        id: 'Paling sedikit kegiatan sosialisasi/edukasi dalam 12 bulan',
        en: 'Minimum awareness activities in 12 months',
      },
      unit: 'kegiatan',
      provenance: 'ASM',
      value: 2,
      reference: 'Naskah kerja Pasal 4 ayat (1) huruf b (jumlah [ASM])',
    }),
    dataMaxAgeMonths: param({
      description: { id: 'Paling lama umur pendataan', en: 'Maximum age of the records' },
      unit: 'bulan',
      provenance: 'PUB',
      value: 6,
      reference: 'Naskah kerja Pasal 4 ayat (2) huruf a [PUB]',
    }),
    minProceduralShare: param({
      description: {
        id: 'Paling rendah perbandingan PMI Prosedural terhadap seluruh PMI',
        en: 'Minimum share of procedural PMI',
      },
      unit: 'rasio',
      provenance: 'ASM',
      value: 0.8,
      reference: 'Naskah kerja Pasal 4 ayat (3) huruf a (nilai [ASM])',
    }),
    minReturneeGroups: param({
      description: {
        id: 'Paling sedikit kelompok usaha Purna PMI yang aktif',
        en: 'Minimum active returnee business groups',
      },
      unit: 'kelompok',
      provenance: 'PUB',
      value: 1,
      reference: 'Naskah kerja Pasal 4 ayat (4) huruf a [PUB]',
    }),
    minOtherIndicators: param({
      description: {
        id: 'Paling sedikit kriteria Edukatif, Maju dan Sejahtera yang dipenuhi (dari 6)',
        en: 'Minimum Edukatif, Maju and Sejahtera criteria met (of 6)',
      },
      unit: 'kriteria',
      provenance: 'ASM',
      value: 4,
      reference: 'Naskah kerja Pasal 4 ayat (5) [ASM]',
    }),
  },
  findings: [
    {
      citation: 'Pasal 4 ayat (1) huruf a',
      label: { id: 'Layanan informasi migrasi aman', en: 'Safe-migration information service' },
      when: { fact: 'informationService', operator: 'equal', value: true },
      explain: ({ verdict }) => ({
        message:
          verdict === 'met'
            ? {
                id: 'Layanan informasi migrasi aman tersedia di kantor Desa.',
                en: 'A safe-migration information service is available at the village office.',
              }
            : {
                id: 'Tidak tersedia layanan informasi migrasi aman di kantor Desa.',
                en: 'No safe-migration information service at the village office.',
              },
        values: { informationService: verdict === 'met' },
      }),
    },
    {
      citation: 'Pasal 4 ayat (1) huruf b',
      label: { id: 'Sosialisasi/edukasi migrasi aman', en: 'Safe-migration awareness activities' },
      when: {
        fact: 'awarenessActivities12m',
        operator: 'greaterThanInclusive',
        value: { param: 'minAwarenessActivities12m' },
      },
      explain: ({ facts, params, windowStart, asOf }) =>
        countIn12Months(
          { id: 'kegiatan sosialisasi', en: 'awareness activities' },
          facts.awarenessActivities12m,
          Number(params.minAwarenessActivities12m),
          { windowStart, asOf },
        ),
    },
    {
      citation: 'Pasal 4 ayat (2) huruf a',
      label: { id: 'Pendataan digital yang mutakhir', en: 'Up-to-date digital records' },
      when: {
        all: [
          { fact: 'dataCollectionDigital', operator: 'equal', value: true },
          {
            fact: 'dataCollectionAgeMonths',
            operator: 'lessThanInclusive',
            value: { param: 'dataMaxAgeMonths' },
          },
        ],
      },
      explain: ({ facts, params, input, asOf }) => {
        const max = Number(params.dataMaxAgeMonths);
        const cutoff = minusMonths(asOf, max);
        const last = input.dataCollection?.lastUpdatedOn;
        const digital = facts.dataCollectionDigital;
        const parts = bilingual((l) => {
          const d =
            digital === undefined
              ? l === 'id'
                ? 'tidak diketahui apakah digital'
                : 'not known whether digital'
              : digital
                ? 'digital'
                : l === 'id'
                  ? 'tidak digital'
                  : 'not digital';
          const fresh =
            last === undefined
              ? l === 'id'
                ? 'tanggal pembaruan tidak diketahui'
                : 'date of last update unknown'
              : l === 'id'
                ? `diperbarui terakhir ${formatDate(last, l)}; paling lama ${max} bulan sebelum Tanggal Penilaian (tidak sebelum ${formatDate(cutoff, l)})`
                : `last updated ${formatDate(last, l)}; at most ${max} months before the assessment date (not before ${formatDate(cutoff, l)})`;
          return `${l === 'id' ? 'Pendataan' : 'Records'}: ${d}; ${fresh}.`;
        });
        return {
          message: parts,
          values: {
            digital: digital ?? null,
            lastUpdatedOn: last ?? null,
            notBefore: cutoff,
            ageMonths: facts.dataCollectionAgeMonths ?? null,
            maxMonths: max,
          },
        };
      },
    },
    {
      citation: 'Pasal 4 ayat (2) huruf b',
      label: {
        id: 'Kegiatan kewirausahaan atau inovasi Desa',
        en: 'Entrepreneurship or innovation activities',
      },
      when: { fact: 'entrepreneurshipActivities12m', operator: 'greaterThanInclusive', value: 1 },
      explain: ({ facts, windowStart, asOf }) =>
        countIn12Months(
          { id: 'kegiatan kewirausahaan/inovasi', en: 'entrepreneurship/innovation activities' },
          facts.entrepreneurshipActivities12m,
          1,
          { windowStart, asOf },
        ),
    },
    {
      citation: 'Pasal 4 ayat (3) huruf a',
      label: { id: 'Perbandingan PMI Prosedural', en: 'Share of procedural PMI' },
      when: {
        fact: 'proceduralShare',
        operator: 'greaterThanInclusive',
        value: { param: 'minProceduralShare' },
      },
      explain: ({ facts, params }) => {
        const min = Number(params.minProceduralShare);
        const share = facts.proceduralShare;
        if (share === null || share === undefined) {
          return {
            message: {
              id: `Tidak ada warga Desa yang sedang bekerja sebagai PMI; perbandingan paling rendah ${percent(min, 'id')} tidak dapat dipenuhi.`,
              en: `No villager is working abroad; a share of at least ${percent(min, 'en')} cannot be met.`,
            },
            values: {
              procedural: facts.pmiProcedural ?? null,
              abroad: facts.pmiAbroad ?? null,
              share: null,
              required: min,
            },
          };
        }
        return {
          message: bilingual((l) =>
            l === 'id'
              ? `${facts.pmiProcedural} dari ${facts.pmiAbroad} PMI (${percent(share, l)}) tercatat sebagai PMI Prosedural; paling rendah ${percent(min, l)} disyaratkan.`
              : `${facts.pmiProcedural} of ${facts.pmiAbroad} PMI (${percent(share, l)}) are procedural; at least ${percent(min, l)} is required.`,
          ),
          values: {
            procedural: facts.pmiProcedural ?? null,
            abroad: facts.pmiAbroad ?? null,
            share: round4(share),
            required: min,
          },
        };
      },
    },
    {
      citation: 'Pasal 4 ayat (3) huruf b',
      label: { id: 'Layanan pengaduan', en: 'Complaint service' },
      when: { fact: 'complaintService', operator: 'equal', value: true },
      explain: ({ verdict }) => ({
        message:
          verdict === 'met'
            ? {
                id: 'Tersedia layanan pengaduan bagi Calon PMI, PMI, dan Keluarga PMI.',
                en: 'A complaint service is available to prospective migrants, PMI and their families.',
              }
            : { id: 'Tidak tersedia layanan pengaduan.', en: 'No complaint service is available.' },
        values: { complaintService: verdict === 'met' },
      }),
    },
    {
      citation: 'Pasal 4 ayat (3) huruf c',
      label: { id: 'Mitra jaringan bantuan hukum', en: 'Legal aid partner' },
      when: { fact: 'legalAidPartners', operator: 'greaterThanInclusive', value: 1 },
      explain: ({ facts, input }) => ({
        message: {
          id: `${facts.legalAidPartners} mitra jaringan bantuan hukum${input.legalAidPartners?.length ? ` (${input.legalAidPartners.join(', ')})` : ''}; paling sedikit 1 disyaratkan.`,
          en: `${facts.legalAidPartners} legal aid partners${input.legalAidPartners?.length ? ` (${input.legalAidPartners.join(', ')})` : ''}; at least 1 required.`,
        },
        values: { partners: facts.legalAidPartners ?? null, required: 1 },
      }),
    },
    {
      citation: 'Pasal 4 ayat (4) huruf a',
      label: { id: 'Kelompok usaha Purna PMI aktif', en: 'Active returnee business groups' },
      when: {
        fact: 'activeReturneeGroups',
        operator: 'greaterThanInclusive',
        value: { param: 'minReturneeGroups' },
      },
      explain: ({ facts, params }) => ({
        message: {
          id: `${facts.activeReturneeGroups} kelompok usaha Purna PMI yang aktif; paling sedikit ${params.minReturneeGroups} disyaratkan.`,
          en: `${facts.activeReturneeGroups} active returnee business groups; at least ${params.minReturneeGroups} required.`,
        },
        values: { active: facts.activeReturneeGroups ?? null, required: params.minReturneeGroups },
      }),
    },
    {
      citation: 'Pasal 4 ayat (4) huruf b',
      label: { id: 'Pemberdayaan ekonomi Keluarga PMI', en: 'Economic empowerment of PMI families' },
      when: { fact: 'familyEmpowermentActivities12m', operator: 'greaterThanInclusive', value: 1 },
      explain: ({ facts, windowStart, asOf }) =>
        countIn12Months(
          {
            id: 'kegiatan pemberdayaan ekonomi/literasi keuangan/remitansi',
            en: 'economic empowerment/financial literacy/remittance activities',
          },
          facts.familyEmpowermentActivities12m,
          1,
          { windowStart, asOf },
        ),
    },
    {
      citation: 'Pasal 4 ayat (5)',
      label: { id: 'Kriteria EMAS', en: 'EMAS criteria' },
      when: {
        all: [
          { finding: AYAT_3, each: true },
          {
            atLeast: { param: 'minOtherIndicators' },
            of: OTHER_AYAT.map((finding) => ({ finding, each: true })),
          },
        ],
      },
      explain: ({ params, within }) => {
        const amanAll = within(AYAT_3);
        const othersAll = OTHER_AYAT.flatMap((c) => within(c));
        const applies = (f: Finding) => f.verdict !== 'not_applicable';
        const amanList = amanAll.filter(applies);
        const otherList = othersAll.filter(applies);
        const dropped = [...amanAll, ...othersAll].filter((f) => !applies(f));
        const aman = amanList.filter((f) => f.verdict === 'met').length;
        const others = otherList.filter((f) => f.verdict === 'met').length;
        const unknown = otherList.filter((f) => f.verdict === 'unknown').length;
        const k = Number(params.minOtherIndicators);
        const failedAman = amanList.filter((f) => f.verdict === 'not_met').map((f) => short(f.citation));
        const dropNote = notCounted(dropped);
        return {
          message: bilingual((l) => {
            const a =
              l === 'id'
                ? `${aman} dari ${amanList.length} kriteria Aman dipenuhi${failedAman.length ? ` (tidak dipenuhi: ${failedAman.join(', ')})` : ''}`
                : `${aman} of ${amanList.length} Aman criteria met${failedAman.length ? ` (not met: ${failedAman.join(', ')})` : ''}`;
            const o =
              l === 'id'
                ? `${others} dari ${otherList.length} kriteria Edukatif, Maju dan Sejahtera dipenuhi${unknown ? ` (${unknown} tidak diketahui)` : ''}; paling sedikit ${k} disyaratkan`
                : `${others} of ${otherList.length} Edukatif, Maju and Sejahtera criteria met${unknown ? ` (${unknown} unknown)` : ''}; at least ${k} required`;
            return `${a}; ${o}.${dropNote[l]}`;
          }),
          values: {
            amanMet: aman,
            amanRequired: amanList.length,
            othersMet: others,
            othersUnknown: unknown,
            othersRequired: k,
            ...(dropped.length > 0
              ? { othersTotal: otherList.length, notCounted: dropped.map((f) => f.citation) }
              : {}),
          },
        };
      },
    },
  ],
});
