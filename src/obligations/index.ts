// The shared machinery of obligations: periods, statuses, due dates on the working-day calendar, and which
// obligations arise at all. Every article's obligation code is built from these.

export type { Calendar } from '../calendar/index.js';
export {
  cannotJudge,
  dayBefore,
  dueInWorkingDays,
  dueOn,
  type FixedDue,
  type WorkingDaysDue,
} from './due.js';
export { paramsInForce } from './params.js';
export {
  earlierOf,
  laterOf,
  nextPeriod,
  overlaps,
  type Period,
  type PeriodKind,
  periodBounds,
  periodContaining,
  periodsOverlapping,
} from './periods.js';
export { paramPhrase, paramValues } from './phrases.js';
export { type Duty, fulfilledAsOf, obligationStatus } from './status.js';
export { periodLabel, timesInPeriod } from './times.js';
