import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { formatScenarioRun } from '../src/report/scenarios.js';
import { runScenario } from '../src/scenarios.js';
import { parseScenario, safeParseScenario } from '../src/schema/index.js';
import { anjani } from './support/village.js';

// `expect.messages` and `expect.values`: a scenario pins what the village is told, not only the verdict.

const member = (name: string, role: string, sex: string, background: string[]) => ({
  name,
  role,
  sex,
  birthDate: '1980-01-01',
  domicileVillageCode: '52.03.13.2001',
  background,
  p3miAffiliation: false,
  unlicensedRecruiter: false,
});

/** Anjani with a team of 9, 2 of them women (22%, below the 30% of Pasal 7 ayat (3)). */
function scenario(expect: Record<string, unknown>) {
  return {
    name: 'Perempuan 2 dari 9',
    asOf: '2026-06-30',
    village: anjani({
      team: {
        decree: { number: '141/12/2026', issuedOn: '2026-01-15' },
        members: [
          member('Lalu Ahmad', 'ketua', 'male', ['kepala-desa']),
          member('Baiq Nurul', 'sekretaris', 'female', ['perangkat-desa']),
          member('Sahnan', 'anggota', 'male', ['purna-pmi']),
          member('Siti', 'anggota', 'female', ['keluarga-pmi']),
          ...['A', 'B', 'C', 'D', 'E'].map((n) => member(n, 'anggota', 'male', ['tokoh-masyarakat'])),
        ],
      },
    }),
    expect,
  };
}

async function run(expect: Record<string, unknown>) {
  return runScenario(parseScenario(scenario(expect), 'x.yaml'), 'x.yaml');
}

describe('expect.messages', () => {
  it('passes when each language contains each substring given for it', async () => {
    const r = await run({
      messages: { 'Pasal 7 ayat (3)': { id: ['2 dari 9', '30%'], en: '2 of 9 members (22%) are women' } },
    });
    expect(r.mismatches).toEqual([]);
  });

  it('names the language, the missing text and the whole message when a substring is absent', async () => {
    const r = await run({ messages: { 'Pasal 7 ayat (3)': { id: '30%', en: 'at least 40%' } } });
    expect(r.mismatches).toEqual([
      {
        section: 'messages',
        key: 'Pasal 7 ayat (3)',
        field: 'en',
        expected: 'at least 40%',
        actual: '2 of 9 members (22%) are women; at least 30% is required.',
      },
    ]);
    expect(formatScenarioRun([r], '.', 'en')).toContain(
      'x.yaml: messages "Pasal 7 ayat (3)": expected [en] containing "at least 40%", got "2 of 9 members (22%) are women; at least 30% is required."',
    );
    expect(formatScenarioRun([r], '.', 'id')).toContain(
      'messages "Pasal 7 ayat (3)": diharapkan [en] memuat "at least 40%", hasil "2 of 9',
    );
  });

  it('matches an obligation by its key, citation and period', async () => {
    const s = scenario({
      messages: { 'Pasal 10 ayat (1) 2026-1': { id: '1 Jan 2026 – 30 Jun 2026', en: 'by 10 Jul 2026' } },
      values: { 'Pasal 10 ayat (1) 2026-1': { due: '2026-07-10', fulfilledOn: null } },
    });
    Object.assign(s.village, {
      designation: { decreeNumber: '100/KEP/2026', designatedOn: '2026-03-02' },
      reports: [],
    });
    const r = await runScenario(parseScenario({ ...s, asOf: '2026-07-31' }, 'x.yaml'), 'x.yaml');
    expect(r.mismatches).toEqual([]);
  });

  it('fails for a key the verdict does not have', async () => {
    const r = await run({
      messages: { 'Pasal 99 ayat (1)': { en: 'anything' }, 'Pasal 7 ayat (3)': { en: 'women' } },
    });
    expect(r.mismatches).toEqual([
      { section: 'messages', key: 'Pasal 99 ayat (1)', field: 'en', expected: 'anything', actual: null },
    ]);
    expect(formatScenarioRun([r], '.', 'en')).toContain('got (tidak ada / absent)');
  });

  it('refuses an entry that gives neither language, or an empty text', () => {
    const bad = safeParseScenario(
      scenario({ messages: { 'Pasal 7 ayat (3)': {}, 'Pasal 7 ayat (4)': { id: '' } } }),
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.issues.map((i) => [i.path, i.message])).toEqual([
      ['expect.messages["Pasal 7 ayat (3)"]', 'give id and/or en'],
      ['expect.messages["Pasal 7 ayat (4)"].id', 'must not be empty'],
    ]);
  });
});

describe('expect.values', () => {
  it('passes when the finding has every value listed (others are not judged)', async () => {
    const r = await run({ values: { 'Pasal 7 ayat (3)': { women: 2, members: 9, required: 0.3 } } });
    expect(r.mismatches).toEqual([]);
  });

  it('lists each value that differs or is absent, with the message for context', async () => {
    const r = await run({ values: { 'Pasal 7 ayat (3)': { women: 3, share: 0.2222, men: 7 } } });
    expect(r.mismatches.map((m) => [m.field, m.expected, m.actual])).toEqual([
      ['women', 3, 2],
      ['men', 7, undefined],
    ]);
    const text = formatScenarioRun([r], '.', 'en');
    expect(text).toContain('values "Pasal 7 ayat (3)": expected women 3, got 2 — 2 of 9 members (22%)');
    expect(text).toContain('values "Pasal 7 ayat (3)": expected men 7, got (tidak ada / absent)');
  });

  it('compares lists element by element', async () => {
    const r = await run({ values: { 'Pasal 7 ayat (3)': { women: [2] } } });
    expect(r.mismatches.map((m) => m.field)).toEqual(['women']);
  });
});

describe('periods in obligation keys', () => {
  it('refuses month 13 with the path of the key and what a period looks like', () => {
    let err: unknown;
    try {
      parseScenario(scenario({ obligations: { 'Pasal 10 ayat (1) 2026-13': 'met' } }), 'x.yaml');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    const [issue, ...rest] = (err as InputError).issues;
    expect(rest).toEqual([]);
    expect(issue?.path).toBe('expect.obligations["Pasal 10 ayat (1) 2026-13"]');
    expect(issue?.messages.en).toMatch(/^"2026-13" is not a period: write a month 2026-01 … 2026-12/);
    expect(issue?.messages.id).toMatch(/^"2026-13" bukan periode/);
  });

  it('refuses a quarter 5, a semester 3 and 30 February, in messages and values too', () => {
    const bad = safeParseScenario(
      scenario({
        obligations: { 'Pasal 15 ayat (2) 2026-Q5': 'met', 'Pasal 10 ayat (1) 2026-3': 'met' },
        messages: { 'Pasal 8 ayat (2) 2026-02-30': { en: 'x' } },
        values: { 'Pasal 15 ayat (5) 2026-00': { visits: 1 } },
      }),
    );
    expect(bad.ok ? [] : bad.issues.map((i) => i.path)).toEqual([
      'expect.obligations["Pasal 15 ayat (2) 2026-Q5"]',
      'expect.obligations["Pasal 10 ayat (1) 2026-3"]',
      'expect.messages["Pasal 8 ayat (2) 2026-02-30"]',
      'expect.values["Pasal 15 ayat (5) 2026-00"]',
    ]);
  });

  it('accepts every kind of period and an event date', () => {
    const ok = safeParseScenario(
      scenario({
        obligations: {
          'Pasal 15 ayat (1)': 'met',
          'Pasal 15 ayat (2) 2026-Q4': 'met',
          'Pasal 10 ayat (1) 2026-1': 'met',
          'Pasal 15 ayat (4) 2026-12': 'met',
          'Pasal 15 ayat (5) 2026': 'met',
          'Pasal 8 ayat (2) 2028-02-29': 'met',
        },
      }),
    );
    expect(ok.ok).toBe(true);
  });
});
