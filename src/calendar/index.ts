export {
  type AddWorkingDaysResult,
  addWorkingDays,
  type Calendar,
  type CalendarGap,
  type CreateCalendarOptions,
  calendarGap,
  createCalendar,
  defaultCalendar,
  holidayOn,
  isValidDateString,
  isWorkingDay,
  type WorkingDaysBetweenResult,
  workingDaysBetween,
} from './calendar.js';
export { builtInYears, type CalendarYear, type HolidayDay, type HolidayKind } from './data.js';
export { loadCalendarFile, parseCalendarYears } from './load.js';
