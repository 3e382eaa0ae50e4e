import { describe, expect, it } from 'vitest';
import { dutyPeriods } from '../rules/pasal-18/in-force.js';
import { createCalendar, defaultCalendar } from '../src/calendar/index.js';
import type { RuleContext } from '../src/define.js';
import {
  cannotJudge,
  dueInWorkingDays,
  dueOn,
  fulfilledAsOf,
  obligationStatus,
  paramValues,
  periodBounds,
  periodContaining,
  periodsOverlapping,
  timesInPeriod,
} from '../src/obligations/index.js';
import type { VillageRecord } from '../src/schema/index.js';

const PARAMS = { effectiveDate: '2026-01-02', n7: 7, n20: 20, validityYears: 3 };

function ctx(asOf: string, record: Partial<VillageRecord> = {}, calendar = defaultCalendar): RuleContext {
  const inForce = (name: string) =>
    name in PARAMS
      ? {
          value: PARAMS[name as keyof typeof PARAMS],
          since: '2026-01-02',
          reference: 'test',
          changes: false,
        }
      : undefined;
  return {
    record: { code: '52.03.13.2001', name: 'Anjani', ...record } as VillageRecord,
    asOf,
    params: PARAMS,
    calendar,
    paramInForce: inForce,
    paramOn: inForce,
    inText: () => true,
  };
}

const DUTY = {
  citation: 'Pasal 5 ayat (2)',
  party: 'BP3MI' as const,
  period: null,
  duty: { id: 'melakukan asesmen', en: 'must assess' },
};

describe('periods', () => {
  it('keys months, quarters, semesters and years as scenario files write them', () => {
    expect(periodContaining('month', '2026-02-14')).toEqual({
      kind: 'month',
      key: '2026-02',
      start: '2026-02-01',
      end: '2026-02-28',
    });
    expect(periodContaining('quarter', '2026-05-31')).toMatchObject({
      key: '2026-Q2',
      start: '2026-04-01',
      end: '2026-06-30',
    });
    expect(periodContaining('semester', '2026-07-01')).toMatchObject({
      key: '2026-2',
      start: '2026-07-01',
      end: '2026-12-31',
    });
    expect(periodContaining('year', '2027-03-03')).toMatchObject({
      key: '2027',
      start: '2027-01-01',
      end: '2027-12-31',
    });
  });

  it('ends February on the 29th in a leap year', () => {
    expect(periodContaining('month', '2028-02-01').end).toBe('2028-02-29');
    expect(periodBounds('2028-02')).toEqual({ start: '2028-02-01', end: '2028-02-29' });
  });

  it('lists every period overlapping a range, across a year end', () => {
    expect(periodsOverlapping('quarter', '2026-11-15', '2027-04-01').map((p) => p.key)).toEqual([
      '2026-Q4',
      '2027-Q1',
      '2027-Q2',
    ]);
    expect(periodsOverlapping('month', '2026-05-01', '2026-04-30')).toEqual([]);
  });

  it('reads the bounds of each period key, and of an event date', () => {
    expect(periodBounds('2026-Q1')).toEqual({ start: '2026-01-01', end: '2026-03-31' });
    expect(periodBounds('2026-2')).toEqual({ start: '2026-07-01', end: '2026-12-31' });
    expect(periodBounds('2026')).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(periodBounds('2026-03-16')).toEqual({ start: '2026-03-16', end: '2026-03-16' });
    expect(periodBounds('2026-13')).toBeNull();
    expect(periodBounds('Q1')).toBeNull();
  });

  it('starts periodic duties no earlier than the periods ending on or after the effective date', () => {
    const c = ctx('2026-08-15');
    const keys = (rule: 'ends-on-or-after' | 'starts-on-or-after') =>
      dutyPeriods(c, 'semester', '2025-05-01', rule, '2028-04-30').map((p) => p.key);
    // 2025-2 ends on 31 Dec 2025, before the effective date 2 Jan 2026: no obligation for it.
    expect(keys('ends-on-or-after')).toEqual(['2026-1', '2026-2']);
    expect(keys('starts-on-or-after')).toEqual(['2026-1', '2026-2']);
    // A designation mid-semester: Pasal 10 counts that semester, Pasal 11 starts with the next one.
    expect(
      dutyPeriods(c, 'semester', '2026-03-02', 'ends-on-or-after', '2029-03-01').map((p) => p.key),
    ).toEqual(['2026-1', '2026-2']);
    expect(
      dutyPeriods(c, 'semester', '2026-03-02', 'starts-on-or-after', '2029-03-01').map((p) => p.key),
    ).toEqual(['2026-2']);
  });
});

describe('obligation status', () => {
  it('is met when done on the due date itself, late the day after', () => {
    expect(obligationStatus('2026-04-07', '2026-04-07', '2026-06-30')).toBe('met');
    expect(obligationStatus('2026-04-07', '2026-04-08', '2026-06-30')).toBe('late');
  });

  it('is pending on the due date when not done, overdue the day after', () => {
    expect(obligationStatus('2026-04-07', null, '2026-04-07')).toBe('pending');
    expect(obligationStatus('2026-04-07', null, '2026-04-08')).toBe('overdue');
  });

  it('counts a fulfilment dated on the assessment date itself, not one a day later', () => {
    expect(fulfilledAsOf('2026-04-07', '2026-04-07')).toBe('2026-04-07');
    expect(fulfilledAsOf('2026-04-08', '2026-04-07')).toBeNull();
    expect(fulfilledAsOf(undefined, '2026-04-07')).toBeNull();
    const due = { date: '2026-04-10', basis: { id: 'tanggal 10', en: 'day 10' } };
    expect(dueOn(ctx('2026-04-07'), { ...DUTY, due, fulfilledOn: '2026-04-07' }).status).toBe('met');
    expect(dueOn(ctx('2026-04-07'), { ...DUTY, due, fulfilledOn: '2026-04-08' }).status).toBe('pending');
  });

  it('ignores a fulfilment dated after the assessment date', () => {
    expect(obligationStatus('2026-04-07', '2026-04-06', '2026-04-01')).toBe('pending');
    expect(obligationStatus('2026-04-07', '2026-05-01', '2026-04-20')).toBe('overdue');
  });
});

describe('due dates in working days', () => {
  const lebaran = (asOf: string, fulfilledOn?: string) =>
    dueInWorkingDays(ctx(asOf), {
      ...DUTY,
      due: { after: '2026-03-02', event: { id: 'tanggal penetapan', en: 'the designation' }, param: 'n20' },
      fulfilledOn,
    });

  it('counts 20 working days after 2 Mar 2026 across the Lebaran holidays to 7 Apr 2026', () => {
    const r = lebaran('2026-06-30', '2026-04-07');
    expect(r.due).toBe('2026-04-07');
    expect(r.status).toBe('met');
    expect(r.fulfilledOn).toBe('2026-04-07');
    expect(r.message.id).toContain(
      'paling lama 20 Hari sejak tanggal penetapan pada 2 Mar 2026, yaitu 7 Apr 2026',
    );
    expect(r.message.en).toContain('done on 7 Apr 2026, on time');
  });

  it('is late when done on 8 Apr 2026 and says by how many days', () => {
    const r = lebaran('2026-06-30', '2026-04-08');
    expect(r.status).toBe('late');
    expect(r.message.en).toContain('1 day late');
  });

  it('moves from pending to overdue between two assessment dates', () => {
    expect(lebaran('2026-04-07').status).toBe('pending');
    expect(lebaran('2026-04-08').status).toBe('overdue');
  });

  it('is unknown with the calendar reason when the deadline needs 2027', () => {
    const r = dueInWorkingDays(ctx('2027-01-20'), {
      ...DUTY,
      due: {
        after: '2026-12-28',
        event: { id: 'pengaduan diterima', en: 'receipt of the complaint' },
        param: 'n7',
      },
      fulfilledOn: undefined,
    });
    expect(r.status).toBe('unknown');
    expect(r.due).toBeNull();
    expect(r.message).toEqual({
      id: 'BP3MI melakukan asesmen paling lama 7 Hari sejak pengaduan diterima pada 28 Des 2026: tenggat tidak dapat dihitung — Kalender hari kerja tahun 2027 belum tersedia; tambahkan dengan --calendar.',
      en: 'BP3MI must assess within 7 working days of receipt of the complaint on 28 Dec 2026: the due date cannot be computed — The working-day calendar has no data for 2027; add it with --calendar.',
    });
    expect(r.values?.calendarYearMissing).toBe(2027);
  });

  it('is met without a due date when done within the working days the calendar covers', () => {
    const r = dueInWorkingDays(ctx('2027-01-20'), {
      ...DUTY,
      due: {
        after: '2026-12-28',
        event: { id: 'pengaduan diterima', en: 'receipt of the complaint' },
        param: 'n7',
      },
      fulfilledOn: '2026-12-30',
    });
    expect(r.status).toBe('met');
    expect(r.due).toBeNull();
    expect(r.values?.workingDaysTaken).toBe(2);
    expect(r.message).toEqual({
      id: 'BP3MI melakukan asesmen paling lama 7 Hari sejak pengaduan diterima pada 28 Des 2026: dipenuhi 30 Des 2026, 2 Hari sesudahnya, dalam batas 7 Hari (tanggal tenggat sendiri tidak dapat dihitung: Kalender hari kerja tahun 2027 belum tersedia; tambahkan dengan --calendar).',
      en: 'BP3MI must assess within 7 working days of receipt of the complaint on 28 Dec 2026: done on 30 Dec 2026, 2 working days later, within 7 (the due date itself cannot be computed: The working-day calendar has no data for 2027; add it with --calendar).',
    });
  });

  it('is pending without a due date when fewer working days than allowed have passed', () => {
    const r = dueInWorkingDays(ctx('2026-12-30'), {
      ...DUTY,
      due: {
        after: '2026-12-28',
        event: { id: 'pengaduan diterima', en: 'receipt of the complaint' },
        param: 'n7',
      },
      fulfilledOn: undefined,
    });
    expect(r.status).toBe('pending');
    expect(r.values?.workingDaysPassed).toBe(2);
    expect(r.message).toEqual({
      id: 'BP3MI melakukan asesmen paling lama 7 Hari sejak pengaduan diterima pada 28 Des 2026: belum dipenuhi; pada Tanggal Penilaian 30 Des 2026 baru 2 Hari berlalu (tanggal tenggat sendiri tidak dapat dihitung: Kalender hari kerja tahun 2027 belum tersedia; tambahkan dengan --calendar).',
      en: 'BP3MI must assess within 7 working days of receipt of the complaint on 28 Dec 2026: not done yet; by the assessment date 30 Dec 2026 only 2 working days have passed (the due date itself cannot be computed: The working-day calendar has no data for 2027; add it with --calendar).',
    });
  });

  it('uses the calendar the user gives, with 2027 added', () => {
    const cal = createCalendar({
      extraYears: [{ year: 2027, sources: ['test'], days: [{ date: '2027-01-01', kind: 'libur-nasional' }] }],
    });
    const r = dueInWorkingDays(ctx('2027-01-20', {}, cal), {
      ...DUTY,
      due: {
        after: '2026-12-28',
        event: { id: 'pengaduan diterima', en: 'receipt of the complaint' },
        param: 'n7',
      },
      fulfilledOn: undefined,
    });
    // 29, 30, 31 Dec (24–25 Dec are holidays anyway), then 4, 5, 6, 7 Jan 2027 (1 Jan is a holiday).
    expect(r.due).toBe('2027-01-07');
    expect(r.status).toBe('overdue');
  });
});

describe('fixed due dates and periodic counts', () => {
  it('quotes the due date, its basis and the party', () => {
    const r = dueOn(ctx('2026-07-20'), {
      ...DUTY,
      due: { date: '2026-07-10', basis: { id: 'tanggal 10', en: 'day 10' } },
      fulfilledOn: '2026-07-13',
    });
    expect(r.status).toBe('late');
    expect(r.message.id).toBe(
      'BP3MI melakukan asesmen paling lambat 10 Jul 2026 (tanggal 10): dipenuhi 13 Jul 2026, terlambat 3 hari.',
    );
  });

  const quarter = periodContaining('quarter', '2026-04-01');
  const visits = (asOf: string, events: string[] | undefined, required = 1) =>
    timesInPeriod(ctx(asOf), {
      citation: 'Pasal 15 ayat (2)',
      party: 'Pendamping DME',
      period: quarter.key,
      within: quarter,
      duty: { id: 'berkunjung', en: 'must visit' },
      required,
      events,
      path: 'mentoringVisits',
      what: { id: 'kunjungan', en: 'visit(s)' },
    });

  it('is met on the date of the required visit inside the quarter', () => {
    const r = visits('2026-09-30', ['2026-03-31', '2026-04-20', '2026-06-02'], 2);
    expect(r.status).toBe('met');
    expect(r.fulfilledOn).toBe('2026-06-02');
    expect(r.due).toBe('2026-06-30');
  });

  it('does not count a visit just outside the quarter, so the quarter is overdue', () => {
    const r = visits('2026-07-01', ['2026-03-31', '2026-07-01']);
    expect(r.status).toBe('overdue');
    expect(r.message.en).toContain('0 visit(s) in the period');
  });

  it('says when the quarter was met, by the date of the required visit, listing the visits', () => {
    const r = visits('2026-09-30', ['2026-06-02', '2026-04-20'], 2);
    expect(r.message.id).toBe(
      'Pendamping DME berkunjung paling sedikit 2 kali dalam triwulan 2026-Q2 (1 Apr 2026 – 30 Jun 2026): 2 kunjungan dalam periode (20 Apr 2026 dan 2 Jun 2026); dipenuhi 2 Jun 2026.',
    );
    expect(r.message.en).toBe(
      'Pendamping DME must visit at least twice in the quarter 2026-Q2 (1 Apr 2026 – 30 Jun 2026): 2 visit(s) in the period (20 Apr 2026 and 2 Jun 2026); met on 2 Jun 2026.',
    );
  });

  it('takes the visits in date order whatever the order of the record', () => {
    const r = visits('2026-09-30', ['2026-06-02', '2026-04-20']);
    expect(r.fulfilledOn).toBe('2026-04-20');
  });

  it('does not count a visit after the assessment date, even inside the quarter', () => {
    const r = visits('2026-05-15', ['2026-04-20', '2026-06-02'], 2);
    expect(r.status).toBe('pending');
    expect(r.values).toMatchObject({ count: 1, fulfilledOn: null });
    expect(r.message.id).toContain(
      '1 kunjungan dalam periode (20 Apr 2026); periode berjalan sampai 30 Jun 2026.',
    );
    expect(r.message.en).toContain(
      '1 visit(s) in the period (20 Apr 2026); the period runs until 30 Jun 2026.',
    );
  });

  it('says how many were required when the quarter ended without them, and lists no visit when none was made', () => {
    const r = visits('2026-07-01', [], 2);
    expect(r.status).toBe('overdue');
    expect(r.message.id).toContain(
      ': 0 kunjungan dalam periode; kurang dari 2; periode berakhir 30 Jun 2026.',
    );
    expect(r.message.en).toContain(
      ': 0 visit(s) in the period; fewer than 2; the period ended on 30 Jun 2026.',
    );
  });

  it('is pending while the quarter runs, and unknown when the visits are not recorded', () => {
    expect(visits('2026-05-15', []).status).toBe('pending');
    const unknown = visits('2026-09-30', undefined);
    expect(unknown.status).toBe('unknown');
    expect(unknown.message.en).toContain('mentoringVisits is missing');
  });
});

describe('what an obligation says of its state', () => {
  const due = { date: '2026-04-10', basis: { id: 'tanggal 10', en: 'day 10' } };
  const say = (asOf: string, fulfilledOn?: string) => dueOn(ctx(asOf), { ...DUTY, due, fulfilledOn }).message;

  it('met: done on time', () => {
    expect(say('2026-06-30', '2026-04-09')).toEqual({
      id: 'BP3MI melakukan asesmen paling lambat 10 Apr 2026 (tanggal 10): dipenuhi 9 Apr 2026, tepat waktu.',
      en: 'BP3MI must assess by 10 Apr 2026 (day 10): done on 9 Apr 2026, on time.',
    });
  });

  it('late: by how many days, one day in the singular', () => {
    expect(say('2026-06-30', '2026-04-11').en).toBe(
      'BP3MI must assess by 10 Apr 2026 (day 10): done on 11 Apr 2026, 1 day late.',
    );
    expect(say('2026-06-30', '2026-04-13').en).toContain('done on 13 Apr 2026, 3 days late.');
  });

  it('overdue and pending: on the assessment date', () => {
    expect(say('2026-04-11')).toEqual({
      id: 'BP3MI melakukan asesmen paling lambat 10 Apr 2026 (tanggal 10): belum dipenuhi pada Tanggal Penilaian 11 Apr 2026; tenggat telah lewat.',
      en: 'BP3MI must assess by 10 Apr 2026 (day 10): not done by the assessment date 11 Apr 2026; the due date has passed.',
    });
    expect(say('2026-04-10')).toEqual({
      id: 'BP3MI melakukan asesmen paling lambat 10 Apr 2026 (tanggal 10): belum dipenuhi; tenggat belum lewat pada Tanggal Penilaian 10 Apr 2026.',
      en: 'BP3MI must assess by 10 Apr 2026 (day 10): not done yet; not yet due on the assessment date 10 Apr 2026.',
    });
  });
});

describe('an obligation that cannot be judged', () => {
  it('names every missing path, with its due date when known', () => {
    const r = cannotJudge(ctx('2026-06-30'), {
      ...DUTY,
      due: '2026-04-10',
      missing: ['a.tanggal', 'b.tanggal'],
    });
    expect(r.status).toBe('unknown');
    expect(r.message).toEqual({
      id: 'BP3MI melakukan asesmen paling lambat 10 Apr 2026: tidak dapat dinilai — data a.tanggal dan b.tanggal tidak tersedia.',
      en: 'BP3MI must assess by 10 Apr 2026: cannot be judged — a.tanggal and b.tanggal are missing.',
    });
    expect(r.values).toEqual({ due: '2026-04-10', missing: ['a.tanggal', 'b.tanggal'] });
  });

  it('one missing path, no due date', () => {
    const r = cannotJudge(ctx('2026-06-30'), { ...DUTY, missing: ['a.tanggal'] });
    expect(r.message).toEqual({
      id: 'BP3MI melakukan asesmen: tidak dapat dinilai — data a.tanggal tidak tersedia.',
      en: 'BP3MI must assess: cannot be judged — a.tanggal is missing.',
    });
    expect(r.due).toBeNull();
  });

  it('or states its reason', () => {
    const r = cannotJudge(ctx('2026-06-30'), {
      ...DUTY,
      reason: { id: 'belum ada kalender', en: 'no calendar yet' },
    });
    expect(r.message.en).toBe('BP3MI must assess: cannot be judged — no calendar yet.');
  });
});

describe('parameter values of an obligation', () => {
  it('are the value and the date it applies from, or the plain value with no date for a value outside the regulation', () => {
    expect(paramValues(ctx('2026-06-30'), 'n20')).toEqual({ n20: 20, n20Since: '2026-01-02' });
    const plain = { ...ctx('2026-06-30'), params: { ...PARAMS, extra: 4 } };
    expect(paramValues(plain, 'extra')).toEqual({ extra: 4, extraSince: null });
  });
});
