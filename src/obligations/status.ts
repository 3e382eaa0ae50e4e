import type { ExplainValue, ObligationResult, Party } from '../define.js';
import { formatDate } from '../explain/format.js';
import type { Bilingual, DateString, Lang, ObligationStatus } from '../types.js';

// The shared machinery of every obligation: a due date (a fixed date, or "paling lama N Hari sejak X" on the
// working-day calendar), the status on the Tanggal Penilaian, and a message quoting the party and the dates
// compared. Statuses (interface.md): met (done by the due date), late (done after it), overdue (not done, due
// date passed), pending (not done, not yet due), unknown (the data or the calendar cannot tell).
//
// What happened after the Tanggal Penilaian has not happened yet on that date: a fulfilment dated after
// `asOf` is ignored. The due date itself still counts as in time ("paling lama", "paling lambat").
//
// The `values` of a result are built with `Object.assign({}, …)`, not `{ ...a, b }`: in V8's optimised code
// (Node 20) an object literal that starts with a spread and goes on gets a hidden class of its own for every
// object, which costs ~0.5 µs a property and leaves every later reader of the verdict (JSON.stringify) on its
// slow path. The order of the keys is the same.

/** What every obligation says: its citation, who owes it, its period, and what is owed. */
export interface Duty {
  citation: string;
  party: Party;
  /** `2026-Q1`, `2026-1`, `2026-03`, `2026`, an event's date, or null for a one-off obligation. */
  period: string | null;
  /** What the party must do, a phrase that follows the party's name: `melakukan verifikasi…` / `verify…`. */
  duty: Bilingual;
  /** Extra sentence(s) to add to the message (e.g. what is still wrong). */
  note?: Bilingual;
  values?: Record<string, ExplainValue>;
}

/** The status of an obligation on `asOf` from its due date and the date it was fulfilled (null: not done). */
export function obligationStatus(
  due: DateString,
  fulfilledOn: DateString | null,
  asOf: DateString,
): ObligationStatus {
  if (fulfilledOn !== null && fulfilledOn <= asOf) return fulfilledOn <= due ? 'met' : 'late';
  return asOf > due ? 'overdue' : 'pending';
}

/** A fulfilment as known on `asOf`: a date after `asOf` has not happened yet. */
export function fulfilledAsOf(date: DateString | null | undefined, asOf: DateString): DateString | null {
  return date !== undefined && date !== null && date <= asOf ? date : null;
}

function calendarDaysBetween(from: DateString, to: DateString): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** What became of an obligation, as a clause: `dipenuhi 3 Feb 2026, tepat waktu`. */
export function stateClause(
  status: ObligationStatus,
  due: DateString,
  fulfilledOn: DateString | null,
  asOf: DateString,
  l: Lang,
) {
  switch (status) {
    case 'met': {
      const f = fulfilledOn ? formatDate(fulfilledOn, l) : '';
      return l === 'id' ? `dipenuhi ${f}, tepat waktu` : `done on ${f}, on time`;
    }
    case 'late': {
      const f = fulfilledOn ? formatDate(fulfilledOn, l) : '';
      const k = calendarDaysBetween(due, fulfilledOn ?? due);
      return l === 'id'
        ? `dipenuhi ${f}, terlambat ${k} hari`
        : `done on ${f}, ${k} day${k === 1 ? '' : 's'} late`;
    }
    case 'overdue':
      return l === 'id'
        ? `belum dipenuhi pada Tanggal Penilaian ${formatDate(asOf, l)}; tenggat telah lewat`
        : `not done by the assessment date ${formatDate(asOf, l)}; the due date has passed`;
    default:
      return l === 'id'
        ? `belum dipenuhi; tenggat belum lewat pada Tanggal Penilaian ${formatDate(asOf, l)}`
        : `not done yet; not yet due on the assessment date ${formatDate(asOf, l)}`;
  }
}

export function withNote(text: string, note: Bilingual | undefined, l: Lang): string {
  return note ? `${text} ${note[l]}` : text;
}

export function result(
  d: Duty,
  due: DateString | null,
  status: ObligationStatus,
  fulfilledOn: DateString | null,
  message: Bilingual,
  values: Record<string, ExplainValue>,
): ObligationResult {
  return {
    citation: d.citation,
    party: d.party,
    period: d.period,
    due,
    status,
    fulfilledOn,
    message,
    values,
  };
}

/** The message of an obligation judged without its explanation (`evaluate(…, { explain: false })`). */
const UNEXPLAINED: Bilingual = Object.freeze({ id: '', en: '' });

/** An obligation's result without message or values: what a caller that reads only statuses gets. */
export function unexplained(
  d: Duty,
  due: DateString | null,
  status: ObligationStatus,
  fulfilledOn: DateString | null,
): ObligationResult {
  return result(d, due, status, fulfilledOn, UNEXPLAINED, {});
}
