import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { nikBirthPart, nikMatchesBirthDate, nikWellFormed } from '../rules/pasal-09/facts.js';
import { evaluate, formatMarkdown, formatText, InputError, maskNik, verifyCandidate } from '../src/index.js';
import { candidate as fullCandidate } from './support/candidate.js';

// An NIK is personal data: no output may show it whole (at most its first 4 and last 2 digits), and no
// message may quote the digits that the mask hides (digits 7–12 hold the birth date).

const CODE = '52.03.13.2001';
const NIKS = {
  valid: '5203136908990001',
  male: '5203132908990001',
  short: '520313690899001',
  otherDistrict: '3515071203980007',
  wrongYear: '5203136908000001',
  badDay: '5203133508990001',
};

/** The Calon PMI of the Pasal 9 tests (born 29 August 1999, female) under this name and NIK. */
function candidate(name: string, nik: string) {
  return fullCandidate({ name, nik });
}

/** Every substring of 7 or more digits of the NIK that the mask hides. */
function leaks(text: string, nik: string): string[] {
  const hidden = nik.slice(4, -2);
  const out: string[] = [];
  if (text.includes(nik)) out.push(nik);
  if (hidden.length >= 6 && text.includes(hidden)) out.push(hidden);
  return out;
}

describe('NIK masking', () => {
  it('masks to the first 4 and last 2 digits', () => {
    expect(maskNik('5203136908990001')).toBe('5203**********01');
    expect(maskNik('520313690899001')).toBe('5203*********01');
  });

  it('never prints an NIK whole, nor its hidden digits, in JSON, text or Markdown output', async () => {
    const record = {
      code: CODE,
      name: 'Anjani',
      candidates: Object.entries(NIKS).map(([name, nik]) => candidate(name, nik)),
    };
    const doc = await evaluate(record, { asOf: '2026-06-30' });
    expect(doc.candidates.map((c) => c.verdict)).toEqual([
      'met',
      'not_met',
      'not_met',
      'not_met',
      'not_met',
      'not_met',
    ]);
    const outputs = [
      JSON.stringify(doc),
      formatText(doc, 'id'),
      formatText(doc, 'en'),
      formatMarkdown(doc, 'id'),
    ];
    for (const text of outputs) {
      for (const nik of Object.values(NIKS)) expect(leaks(text, nik)).toEqual([]);
    }
    expect(doc.candidates.map((c) => c.nik)).toEqual([
      '5203**********01',
      '5203**********01',
      '5203*********01',
      '3515**********07',
      '5203**********01',
      '5203**********01',
    ]);
  });

  it('never prints an NIK whole from dme check, in JSON or text', () => {
    for (const format of ['json', 'text', 'md']) {
      const r = spawnSync(
        process.execPath,
        ['dist/cli.js', 'check', 'fixtures/pasal-09/tiga-calon-pmi.yaml', '--format', format],
        { encoding: 'utf8' },
      );
      expect(r.status).toBe(1);
      for (const nik of ['5203136908990001', '5203130206080001', '5203130505950001']) {
        expect(r.stdout).not.toContain(nik);
        expect(r.stdout).not.toContain(nik.slice(4, -2));
      }
      if (format === 'json') {
        const doc = JSON.parse(r.stdout) as { candidates: { name: string; nik: string; verdict: string }[] };
        expect(doc.candidates.map((c) => [c.name, c.nik, c.verdict])).toEqual([
          ['Baiq Rina', '5203**********01', 'met'],
          ['Ahmad', '5203**********01', 'not_met'],
          ['Lalu Hadi', '5203**********01', 'unknown'],
        ]);
      }
    }
  });

  it('never prints an NIK in an input error, even when it is given as a number', async () => {
    const err = await verifyCandidate(
      { name: 'Baiq Rina', nik: 5203136908990001 },
      { asOf: '2026-06-30' },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    const text = `${(err as InputError).message} ${JSON.stringify((err as InputError).issues)}`;
    expect((err as InputError).issues.map((i) => i.path)).toEqual(['nik']);
    expect(text).not.toContain('5203136908990001');
    expect(text).not.toContain('36908990');
  });
});

describe('NIK structure (Pasal 9 ayat (1) huruf b)', () => {
  it('is well formed only with exactly 16 digits', () => {
    expect(nikWellFormed('5203136908990001')).toBe(true);
    expect(nikWellFormed('520313690899001')).toBe(false);
    expect(nikWellFormed('52031369089900012')).toBe(false);
    expect(nikWellFormed('52031369O8990001')).toBe(false);
    expect(nikWellFormed(' 5203136908990001')).toBe(false);
  });

  it('reads digits 7–12 as DDMMYY with 40 added for women', () => {
    expect(nikBirthPart('5203136908990001')).toEqual({ day: 29, month: 8, yy: 99, sex: 'female' });
    expect(nikBirthPart('5203132908990001')).toEqual({ day: 29, month: 8, yy: 99, sex: 'male' });
    expect(nikBirthPart('5203133508990001').sex).toBeNull();
  });

  it('takes days 01–31 as a man’s and 41–71 as a woman’s, and no other day field', () => {
    const at = (dd: string) => nikBirthPart(`520313${dd}08990001`);
    expect(at('01')).toMatchObject({ day: 1, sex: 'male' });
    expect(at('31')).toMatchObject({ day: 31, sex: 'male' });
    expect(at('41')).toMatchObject({ day: 1, sex: 'female' });
    expect(at('71')).toMatchObject({ day: 31, sex: 'female' });
    for (const dd of ['00', '32', '40', '72', '99']) expect(at(dd).sex, dd).toBeNull();
    expect(at('40').day).toBe(40);
  });

  it('matches the stated birth date whatever the first six digits', () => {
    expect(nikMatchesBirthDate('3515071203980007', '1998-03-12')).toBe(true);
    expect(nikMatchesBirthDate('5203136908990001', '1999-08-29')).toBe(true);
    expect(nikMatchesBirthDate('5203136908000001', '1999-08-29')).toBe(false);
  });
});
