// The shared machinery of obligations: periods, statuses, due dates on the working-day calendar, and which
// obligations arise at all. Every article's obligation code is built from these.

export {
  cannotJudge,
  type Duty,
  dayBefore,
  dueInWorkingDays,
  dueOn,
  type FixedDue,
  fulfilledAsOf,
  obligationStatus,
  paramPhrase,
  paramValues,
  periodLabel,
  timesInPeriod,
  type WorkingDaysDue,
} from './judge.js';
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
export {
  designatedSpan,
  dutyPeriods,
  effectiveDate,
  isActiveOn,
  notActiveReason,
  startsDeadline,
} from './scope.js';
