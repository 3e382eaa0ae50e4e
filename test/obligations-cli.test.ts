import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// `dme check` and `dme scenarios` with obligations and a user calendar, as a user runs them: the built CLI.
function dme(...args: string[]) {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'dme-obligations-'));
function file(name: string, text: string): string {
  const f = join(tmp, name);
  writeFileSync(f, text);
  return f;
}

/** 2027 as a user would add it (the dates here are the user's data, not the shipped calendar). */
const CALENDAR_2027 = file(
  'kalender-2027.yaml',
  `years:
  - year: 2027
    sources: [SKB contoh Tahun 2026]
    days:
      - { date: 2027-01-01, kind: libur-nasional, name: { id: Tahun Baru Masehi, en: New Year's Day } }
`,
);

/** A complaint received on 22 Dec 2026 and never answered: its 7th working day falls in January 2027. */
const VILLAGE = `code: "52.03.13.2001"
name: Anjani
team: { decree: { issuedOn: '2026-01-15' }, members: [] }
complaints:
  - { receivedOn: '2026-12-22' }
`;

describe('dme check: obligations and --calendar', () => {
  const village = file('desa.yaml', VILLAGE);

  it('lists the obligation as unknown, naming the missing year, without a calendar for 2027', () => {
    const r = dme('check', village, '--as-of', '2027-01-20', '--format', 'json');
    const doc = JSON.parse(r.stdout);
    expect(doc.obligations).toEqual([
      expect.objectContaining({
        citation: 'Pasal 8 ayat (2)',
        party: 'Tim Kerja Desa',
        period: '2026-12-22',
        due: null,
        status: 'unknown',
        fulfilledOn: null,
      }),
    ]);
    expect(doc.obligations[0].message.en).toContain('The working-day calendar has no data for 2027');
  });

  it('computes the due date with the years of --calendar, and the obligation is overdue', () => {
    const r = dme('check', village, '--as-of', '2027-01-20', '--format', 'json', '--calendar', CALENDAR_2027);
    const o = JSON.parse(r.stdout).obligations[0];
    // 23, 28, 29, 30, 31 Dec 2026 (24-25 Dec are holidays), then 4 and 5 Jan 2027 (1 Jan is a holiday).
    expect([o.due, o.status]).toEqual(['2027-01-05', 'overdue']);
    expect(r.code).toBe(1);
  });

  it('prints the obligations in text with party, due date and status', () => {
    const r = dme('check', village, '--as-of', '2027-01-20', '--calendar', CALENDAR_2027, '--lang', 'en');
    expect(r.stdout).toContain(
      'Pasal 8 ayat (2) [value ASM/PUB] 2026-12-22 · Tim Kerja Desa · due 5 Jan 2027: overdue',
    );
  });

  it('refuses a calendar file with a bad date, naming its path, with exit code 2', () => {
    const bad = file(
      'buruk.yaml',
      'years:\n  - year: 2027\n    sources: [x]\n    days:\n      - { date: 2027-02-30, kind: libur-nasional }\n',
    );
    const r = dme('check', village, '--calendar', bad, '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('years[0].days[0].date: not a valid date');
    expect(r.stderr).not.toContain('    at ');
  });
});

describe('dme scenarios --calendar', () => {
  const dir = join(tmp, 'skenario');
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'pengaduan-akhir-tahun.yaml'),
    `name: Pengaduan akhir Desember lewat tenggat di 2027
asOf: '2027-01-20'
village:
${VILLAGE.replace(/^/gm, '  ')}
expect:
  obligations:
    "Pasal 8 ayat (2) 2026-12-22": overdue
`,
  );

  it('fails without the 2027 calendar, showing both statuses', () => {
    const r = dme('scenarios', dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('0 passed, 1 failed');
  });

  it('passes with it', () => {
    const r = dme('scenarios', dir, '--calendar', CALENDAR_2027);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 passed, 0 failed');
  });
});
