import { defineArticle } from '../../src/define.js';
import { bilingual, list } from '../../src/explain/format.js';
import { param } from '../../src/parameters.js';
import { pasal03Facts } from './facts.js';

const KIND = {
  kelurahan: { id: 'kelurahan', en: 'a kelurahan' },
  desa: { id: 'desa', en: 'a desa' },
  'desa-adat': { id: 'desa adat', en: 'a desa adat' },
  'tidak-dikenal': { id: 'jenis tidak dikenal', en: 'of an unknown kind' },
} as const;

/** Pasal 3 — basic requirements for proposal as a Desa Migran EMAS. */
export const pasal03 = defineArticle({
  article: 3,
  title: { id: 'Syarat Dasar', en: 'Basic requirements' },
  fixtures: 'fixtures/pasal-03',
  facts: pasal03Facts,
  decides: { eligibility: ['Pasal 3 ayat (1)'], pocket: 'Pasal 3 ayat (2)' },
  provisions: [
    {
      citation: 'Pasal 3 ayat (1)',
      text: 'Desa yang dapat diusulkan sebagai Desa Migran EMAS harus memenuhi syarat:',
      provenance: 'PUB',
    },
    {
      citation: 'Pasal 3 ayat (1) huruf a',
      text: 'berstatus Desa sebagaimana dimaksud dalam Pasal 1 angka 1;',
      provenance: 'ASM',
    },
    {
      citation: 'Pasal 3 ayat (1) huruf b',
      text: 'terdapat paling sedikit {minPmiAbroad} warga Desa yang sedang bekerja sebagai PMI;',
      provenance: 'PUB',
    },
    {
      citation: 'Pasal 3 ayat (1) huruf c',
      text: 'memiliki Peraturan Desa tentang pelindungan PMI dan keluarganya yang telah diundangkan paling lambat pada Tanggal Penilaian; dan',
      provenance: 'PUB',
    },
    {
      citation: 'Pasal 3 ayat (1) huruf d',
      text: 'telah membentuk Tim Kerja Desa yang susunannya memenuhi Pasal 7.',
      provenance: 'PUB',
    },
    {
      citation: 'Pasal 3 ayat (2)',
      text: 'Desa yang dalam 3 (tiga) tahun terakhir sebelum Tanggal Penilaian menempatkan paling sedikit {pocketMinPlacements3y} PMI merupakan Desa kantong PMI dan diprioritaskan dalam penetapan.',
      provenance: 'ASM',
    },
  ],
  encoding: {
    id: 'Ayat (2) adalah klasifikasi, bukan syarat: tidak pernah membuat Desa tidak memenuhi syarat. Desa yang bukan Desa kantong PMI mendapat putusan not_applicable untuk ayat (2).',
    en: 'Ayat (2) is a classification, not a condition: it never makes a village ineligible. A village that is not a pocket gets not_applicable for ayat (2).',
  },
  parameters: {
    minPmiAbroad: param({
      description: {
        id: 'Paling sedikit warga Desa yang sedang bekerja sebagai PMI',
        en: 'Minimum villagers working abroad as PMI',
      },
      unit: 'orang',
      provenance: 'PUB',
      value: 1,
      reference: 'Naskah kerja Pasal 3 ayat (1) huruf b [PUB]',
    }),
    pocketMinPlacements3y: param({
      description: {
        id: 'Paling sedikit PMI ditempatkan dalam 3 tahun bagi Desa kantong PMI',
        en: 'Minimum PMI placed in 3 years for a pocket village',
      },
      unit: 'orang',
      provenance: 'ASM',
      value: 50,
      reference: 'Naskah kerja Pasal 3 ayat (2) [ASM]: angka kerja, untuk dikonfirmasi perancang',
    }),
  },
  findings: [
    {
      citation: 'Pasal 3 ayat (1) huruf a',
      label: { id: 'Status Desa', en: 'Village status' },
      when: { fact: 'villageKind', operator: 'in', value: ['desa', 'desa-adat'] },
      explain: ({ facts, input, verdict }) => {
        const kind = KIND[facts.villageKind ?? 'tidak-dikenal'];
        return {
          message: bilingual((l) =>
            l === 'id'
              ? `Kode ${input.code} menunjukkan ${kind.id}; ${verdict === 'met' ? 'berstatus Desa menurut Pasal 1 angka 1' : 'kelurahan bukan Desa menurut Pasal 1 angka 1'}.`
              : `Code ${input.code} denotes ${kind.en}; ${verdict === 'met' ? 'a Desa under Pasal 1 angka 1' : 'a kelurahan is not a Desa under Pasal 1 angka 1'}.`,
          ),
          values: { code: input.code, kind: facts.villageKind ?? null },
        };
      },
    },
    {
      citation: 'Pasal 3 ayat (1) huruf b',
      label: { id: 'Warga yang bekerja sebagai PMI', en: 'Villagers working abroad' },
      when: { fact: 'pmiAbroad', operator: 'greaterThanInclusive', value: { param: 'minPmiAbroad' } },
      explain: ({ facts, params }) => ({
        message: {
          id: `${facts.pmiAbroad} warga Desa sedang bekerja sebagai PMI; paling sedikit ${params.minPmiAbroad} disyaratkan.`,
          en: `${facts.pmiAbroad} villagers are working abroad as PMI; at least ${params.minPmiAbroad} required.`,
        },
        values: { abroad: facts.pmiAbroad ?? null, required: params.minPmiAbroad },
      }),
    },
    {
      citation: 'Pasal 3 ayat (1) huruf c',
      label: { id: 'Peraturan Desa tentang pelindungan PMI', en: 'Village regulation on PMI protection' },
      when: { fact: 'villageRegulationInForce', operator: 'equal', value: true },
      explain: ({ input, asOf }) => {
        const reg = input.villageRegulation;
        if (!reg) {
          return {
            message: {
              id: 'Desa belum memiliki Peraturan Desa tentang pelindungan PMI.',
              en: 'The village has no village regulation on PMI protection.',
            },
            values: { regulation: null },
          };
        }
        const name = `Peraturan Desa Nomor ${reg.number ?? '?'} Tahun ${reg.year ?? '?'}`;
        const on = reg.promulgatedOn ?? '';
        return {
          message:
            on <= asOf
              ? {
                  id: `${name} diundangkan ${on}, paling lambat pada Tanggal Penilaian ${asOf}.`,
                  en: `${name} was promulgated on ${on}, by the assessment date ${asOf}.`,
                }
              : {
                  id: `${name} baru diundangkan ${on}, sesudah Tanggal Penilaian ${asOf}.`,
                  en: `${name} is promulgated on ${on}, after the assessment date ${asOf}.`,
                },
          values: { promulgatedOn: on, asOf },
        };
      },
    },
    {
      citation: 'Pasal 3 ayat (1) huruf d',
      label: { id: 'Tim Kerja Desa', en: 'Village work team' },
      when: {
        all: [{ finding: 'Pasal 6 ayat (1)' }, { finding: 'Pasal 6 ayat (2)' }, { finding: 'Pasal 7' }],
      },
      explain: ({ verdict, verdictOf }) => {
        // Which part fails: the decree (Pasal 6 ayat (1)), the term (ayat (2)), the composition (each ayat of Pasal 7).
        const formed = verdictOf('Pasal 6 ayat (1)');
        const term = verdictOf('Pasal 6 ayat (2)');
        const composition = verdictOf('Pasal 7');
        const failedAyat: string[] = [];
        for (let n = 1; n <= 20; n++) {
          if (verdictOf(`Pasal 7 ayat (${n})`) === 'not_met') failedAyat.push(`ayat (${n})`);
        }
        const transition = composition === 'not_applicable';
        if (verdict === 'met') {
          return {
            message: transition
              ? {
                  id: 'Tim Kerja Desa telah dibentuk dan masih dalam masa kerja (Pasal 6); susunannya belum dinilai menurut Pasal 7 selama masa peralihan.',
                  en: 'A village work team has been formed and is in office (Pasal 6); its composition is not judged under Pasal 7 during the transition.',
                }
              : {
                  id: 'Tim Kerja Desa telah dibentuk, masih dalam masa kerja (Pasal 6), dan susunannya memenuhi Pasal 7.',
                  en: 'A village work team has been formed, is in office (Pasal 6), and its composition meets Pasal 7.',
                },
            values: { formed, term, composition },
          };
        }
        const id: string[] = [];
        const en: string[] = [];
        if (formed === 'not_met') {
          id.push('Tim Kerja Desa belum dibentuk dengan Keputusan Kepala Desa (Pasal 6 ayat (1))');
          en.push('no village work team has been formed by a decree of the village head (Pasal 6 ayat (1))');
        } else if (term === 'not_met') {
          id.push('masa kerja Tim Kerja Desa telah berakhir (Pasal 6 ayat (2))');
          en.push('the term of the village work team has ended (Pasal 6 ayat (2))');
        }
        if (composition === 'not_met') {
          id.push(`susunan Tim Kerja Desa tidak memenuhi Pasal 7 ${list(failedAyat, 'id')}`);
          en.push(`the composition of the village work team does not meet Pasal 7 ${list(failedAyat, 'en')}`);
        }
        const first = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
        return {
          message: { id: `${first(id.join('; '))}.`, en: `${first(en.join('; '))}.` },
          values: { formed, term, composition, compositionFailed: failedAyat },
        };
      },
    },
    {
      citation: 'Pasal 3 ayat (2)',
      kind: 'classification',
      label: { id: 'Desa kantong PMI', en: 'PMI pocket village' },
      when: {
        fact: 'placedLast3Years',
        operator: 'greaterThanInclusive',
        value: { param: 'pocketMinPlacements3y' },
      },
      explain: ({ facts, params, verdict }) => ({
        message: {
          id: `${facts.placedLast3Years} PMI ditempatkan dalam 3 tahun terakhir; ${verdict === 'met' ? 'Desa kantong PMI, diprioritaskan dalam penetapan' : 'bukan Desa kantong PMI'} (paling sedikit ${params.pocketMinPlacements3y}). Klasifikasi ini tidak memengaruhi pemenuhan syarat.`,
          en: `${facts.placedLast3Years} PMI placed in the last 3 years; ${verdict === 'met' ? 'a PMI pocket village, prioritised for designation' : 'not a PMI pocket village'} (at least ${params.pocketMinPlacements3y}). This classification does not affect eligibility.`,
        },
        values: { placed: facts.placedLast3Years ?? null, required: params.pocketMinPlacements3y },
      }),
    },
  ],
});
