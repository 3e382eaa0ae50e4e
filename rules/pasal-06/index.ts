import { plusDays, plusYears } from '../../src/dates.js';
import { defineArticle } from '../../src/define.js';
import { dmy } from '../../src/explain/format.js';
import { param } from '../../src/parameters.js';
import type { Bilingual } from '../../src/types.js';
import { pasal06Facts } from './facts.js';

const NO_TEAM: Bilingual = {
  id: 'Tim Kerja Desa belum dibentuk: tidak ada Keputusan Kepala Desa tentang pembentukannya.',
  en: 'No village work team has been formed: there is no decree of the village head forming one.',
};

function decreeName(decree: { number?: string | undefined; issuedOn: string }): Bilingual {
  const no = decree.number === undefined ? '' : ` Nomor ${decree.number}`;
  const num = decree.number === undefined ? '' : ` No. ${decree.number}`;
  return {
    id: `Keputusan Kepala Desa${no} tanggal ${dmy(decree.issuedOn)}`,
    en: `the village head's decree${num} of ${dmy(decree.issuedOn)}`,
  };
}

/** Pasal 6 — formation of the Tim Kerja Desa and its term. */
export const pasal06 = defineArticle({
  article: 6,
  title: { id: 'Pembentukan Tim Kerja Desa', en: 'Formation of the village work team' },
  fixtures: 'fixtures/pasal-06',
  facts: pasal06Facts,
  provisions: [
    {
      citation: 'Pasal 6 ayat (1)',
      text: 'Kepala Desa membentuk Tim Kerja Desa dengan Keputusan Kepala Desa.',
      provenance: 'PUB',
    },
    {
      citation: 'Pasal 6 ayat (2)',
      text: 'Masa kerja Tim Kerja Desa paling lama {teamTermYears} tahun sejak tanggal Keputusan Kepala Desa dan dapat dibentuk kembali.',
      provenance: 'PUB',
    },
  ],
  encoding: {
    id: 'Tim Kerja Desa menjabat sejak tanggal Keputusan sampai dengan sehari sebelum ulang tahun ketiganya (date-fns addYears; Keputusan 29 Februari berulang tahun pada 28 Februari tahun biasa); tim yang masa kerjanya telah berakhir pada Tanggal Penilaian dianggap belum dibentuk. Keputusan yang bertanggal sesudah Tanggal Penilaian: pada tanggal itu tim belum dibentuk. team: null berarti tidak ada Keputusan; team yang tidak tercatat membuat kedua ayat unknown.',
    en: 'A team is in office from the date of the decree up to and including the day before its third anniversary (date-fns addYears; a decree of 29 February has its anniversary on 28 February of a common year); a team whose term has ended on the assessment date counts as not formed. A decree dated after the assessment date: on that date the team is not formed yet. team: null means there is no decree; an absent team makes both ayat unknown.',
  },
  parameters: {
    teamTermYears: param({
      description: {
        id: 'Paling lama masa kerja Tim Kerja Desa',
        en: 'Maximum term of the village work team',
      },
      unit: 'tahun',
      provenance: 'PUB',
      value: 3,
      reference: 'Naskah kerja Pasal 6 ayat (2) [PUB]',
    }),
  },
  findings: [
    {
      citation: 'Pasal 6 ayat (1)',
      label: {
        id: 'Keputusan Kepala Desa tentang Tim Kerja Desa',
        en: 'Decree forming the village work team',
      },
      when: { fact: 'teamDecreed', operator: 'equal', value: true },
      explain: ({ input, asOf, verdict }) => {
        const team = input.team;
        if (!team) return { message: NO_TEAM, values: { decreeNumber: null, issuedOn: null } };
        const d = decreeName(team.decree);
        const values = { decreeNumber: team.decree.number ?? null, issuedOn: team.decree.issuedOn, asOf };
        if (verdict === 'met') {
          return {
            message: {
              id: `Tim Kerja Desa dibentuk dengan ${d.id}, paling lambat pada Tanggal Penilaian ${dmy(asOf)}.`,
              en: `The village work team was formed by ${d.en}, on or before the assessment date ${dmy(asOf)}.`,
            },
            values,
          };
        }
        return {
          message: {
            id: `${d.id} bertanggal sesudah Tanggal Penilaian ${dmy(asOf)}; pada Tanggal Penilaian Tim Kerja Desa belum dibentuk.`,
            en: `${d.en.charAt(0).toUpperCase()}${d.en.slice(1)} is dated after the assessment date ${dmy(asOf)}; on that date no village work team has been formed yet.`,
          },
          values,
        };
      },
    },
    {
      citation: 'Pasal 6 ayat (2)',
      label: { id: 'Masa kerja Tim Kerja Desa', en: 'Term of the village work team' },
      when: { fact: 'teamInOffice', operator: 'equal', value: true },
      explain: ({ input, asOf, params, paramOn, verdict }) => {
        const team = input.team;
        if (!team)
          return { message: NO_TEAM, values: { issuedOn: null, termYears: Number(params.teamTermYears) } };
        const from = team.decree.issuedOn;
        // the term in force on the date of the decree, not on the Tanggal Penilaian
        const years = Number(paramOn('teamTermYears', from).value);
        if (from > asOf) {
          return {
            message: {
              id: `Masa kerja belum dimulai: Keputusan Kepala Desa bertanggal ${dmy(from)}, sesudah Tanggal Penilaian ${dmy(asOf)}.`,
              en: `The term has not begun: the decree is dated ${dmy(from)}, after the assessment date ${dmy(asOf)}.`,
            },
            values: { issuedOn: from, asOf, termYears: years },
          };
        }
        const lastDay = plusDays(plusYears(from, years), -1);
        const values = { issuedOn: from, lastDayInOffice: lastDay, asOf, termYears: years };
        if (verdict === 'met') {
          return {
            message: {
              id: `Masa kerja Tim Kerja Desa sejak ${dmy(from)} paling lama ${years} tahun, sampai dengan ${dmy(lastDay)}; pada Tanggal Penilaian ${dmy(asOf)} tim masih dalam masa kerja.`,
              en: `The team's term runs from ${dmy(from)} for at most ${years} years, up to and including ${dmy(lastDay)}; on the assessment date ${dmy(asOf)} the team is in office.`,
            },
            values,
          };
        }
        return {
          message: {
            id: `Masa kerja Tim Kerja Desa sejak ${dmy(from)} berakhir ${dmy(lastDay)} (paling lama ${years} tahun); pada Tanggal Penilaian ${dmy(asOf)} masa kerja telah berakhir dan Tim Kerja Desa dianggap belum dibentuk (dapat dibentuk kembali).`,
            en: `The team's term from ${dmy(from)} ended on ${dmy(lastDay)} (at most ${years} years); on the assessment date ${dmy(asOf)} the term has ended and the team counts as not formed (it may be formed again).`,
          },
          values,
        };
      },
    },
  ],
});
