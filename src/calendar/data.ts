import type { Bilingual, DateString } from '../types.js';

/**
 * The kind of a non-working day under Pasal 1 angka 12: a national holiday (`libur-nasional`) or a
 * collective leave day (`cuti bersama`) fixed by the joint decree (SKB 3 Menteri).
 */
export type HolidayKind = 'libur-nasional' | 'cuti-bersama';

/** One national holiday or cuti bersama day. */
export interface HolidayDay {
  /** The date, `YYYY-MM-DD`. */
  date: DateString;
  kind: HolidayKind;
  /** The common name of the day, when known. */
  name?: Bilingual;
}

/**
 * One year of the working-day calendar: every libur nasional and cuti bersama of the year, with the decrees
 * that fix them. A year listed here is "covered": a day of it that is a weekday and not listed is a working day.
 */
export interface CalendarYear {
  year: number;
  /** The decrees (SKB 3 Menteri) the dates come from. */
  sources: string[];
  days: HolidayDay[];
}

// Names (shared by both years).
const TAHUN_BARU: Bilingual = { id: 'Tahun Baru Masehi', en: "New Year's Day" };
const ISRA_MIKRAJ: Bilingual = {
  id: 'Isra Mikraj Nabi Muhammad SAW',
  en: "Isra Mi'raj of the Prophet Muhammad",
};
const IMLEK: Bilingual = { id: 'Tahun Baru Imlek', en: 'Chinese New Year' };
const NYEPI: Bilingual = {
  id: 'Hari Suci Nyepi (Tahun Baru Saka)',
  en: 'Nyepi, Day of Silence (Saka New Year)',
};
const IDUL_FITRI: Bilingual = { id: 'Hari Raya Idul Fitri', en: 'Eid al-Fitr' };
const WAFAT_YESUS: Bilingual = { id: 'Wafat Yesus Kristus', en: 'Good Friday' };
const PASKAH: Bilingual = { id: 'Kebangkitan Yesus Kristus (Paskah)', en: 'Easter Sunday' };
const HARI_BURUH: Bilingual = { id: 'Hari Buruh Internasional', en: 'International Labour Day' };
const WAISAK: Bilingual = { id: 'Hari Raya Waisak', en: 'Vesak Day' };
const KENAIKAN: Bilingual = { id: 'Kenaikan Yesus Kristus', en: 'Ascension of Jesus Christ' };
const PANCASILA: Bilingual = { id: 'Hari Lahir Pancasila', en: 'Pancasila Day' };
const IDUL_ADHA: Bilingual = { id: 'Hari Raya Idul Adha', en: 'Eid al-Adha' };
const TAHUN_BARU_ISLAM: Bilingual = { id: 'Tahun Baru Islam', en: 'Islamic New Year' };
const KEMERDEKAAN: Bilingual = {
  id: 'Hari Proklamasi Kemerdekaan Republik Indonesia',
  en: 'Independence Day',
};
const MAULID: Bilingual = { id: 'Maulid Nabi Muhammad SAW', en: "The Prophet Muhammad's Birthday" };
const NATAL: Bilingual = { id: 'Hari Raya Natal', en: 'Christmas Day' };

/** The cuti bersama name for a holiday: "Cuti bersama X" / "Collective leave for X". */
function cuti(of: Bilingual): Bilingual {
  return { id: `Cuti bersama ${of.id}`, en: `Collective leave for ${of.en}` };
}

const LN = 'libur-nasional';
const CB = 'cuti-bersama';

/**
 * 2025: 17 libur nasional and 11 cuti bersama. 18 August 2025 (cuti bersama) was added by the amending SKB.
 * Source: the working text, section "Working days (Pasal 1 angka 12)".
 */
const year2025: CalendarYear = {
  year: 2025,
  sources: [
    'SKB Nomor 1017 Tahun 2024, Nomor 2 Tahun 2024, Nomor 2 Tahun 2024',
    'SKB Nomor 933 Tahun 2025, Nomor 1 Tahun 2025, Nomor 3 Tahun 2025',
  ],
  days: [
    { date: '2025-01-01', kind: LN, name: TAHUN_BARU },
    { date: '2025-01-27', kind: LN, name: ISRA_MIKRAJ },
    { date: '2025-01-28', kind: CB, name: cuti(IMLEK) },
    { date: '2025-01-29', kind: LN, name: IMLEK },
    { date: '2025-03-28', kind: CB, name: cuti(NYEPI) },
    { date: '2025-03-29', kind: LN, name: NYEPI },
    { date: '2025-03-31', kind: LN, name: IDUL_FITRI },
    { date: '2025-04-01', kind: LN, name: IDUL_FITRI },
    { date: '2025-04-02', kind: CB, name: cuti(IDUL_FITRI) },
    { date: '2025-04-03', kind: CB, name: cuti(IDUL_FITRI) },
    { date: '2025-04-04', kind: CB, name: cuti(IDUL_FITRI) },
    { date: '2025-04-07', kind: CB, name: cuti(IDUL_FITRI) },
    { date: '2025-04-18', kind: LN, name: WAFAT_YESUS },
    { date: '2025-04-20', kind: LN, name: PASKAH },
    { date: '2025-05-01', kind: LN, name: HARI_BURUH },
    { date: '2025-05-12', kind: LN, name: WAISAK },
    { date: '2025-05-13', kind: CB, name: cuti(WAISAK) },
    { date: '2025-05-29', kind: LN, name: KENAIKAN },
    { date: '2025-05-30', kind: CB, name: cuti(KENAIKAN) },
    { date: '2025-06-01', kind: LN, name: PANCASILA },
    { date: '2025-06-06', kind: LN, name: IDUL_ADHA },
    { date: '2025-06-09', kind: CB, name: cuti(IDUL_ADHA) },
    { date: '2025-06-27', kind: LN, name: TAHUN_BARU_ISLAM },
    { date: '2025-08-17', kind: LN, name: KEMERDEKAAN },
    { date: '2025-08-18', kind: CB, name: cuti(KEMERDEKAAN) },
    { date: '2025-09-05', kind: LN, name: MAULID },
    { date: '2025-12-25', kind: LN, name: NATAL },
    { date: '2025-12-26', kind: CB, name: cuti(NATAL) },
  ],
};

/**
 * 2026: 17 libur nasional and 8 cuti bersama.
 * Source: the working text, section "Working days (Pasal 1 angka 12)".
 */
const year2026: CalendarYear = {
  year: 2026,
  sources: ['SKB Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025'],
  days: [
    { date: '2026-01-01', kind: LN, name: TAHUN_BARU },
    { date: '2026-01-16', kind: LN, name: ISRA_MIKRAJ },
    { date: '2026-02-16', kind: CB, name: cuti(IMLEK) },
    { date: '2026-02-17', kind: LN, name: IMLEK },
    { date: '2026-03-18', kind: CB, name: cuti(NYEPI) },
    { date: '2026-03-19', kind: LN, name: NYEPI },
    { date: '2026-03-20', kind: CB, name: cuti(IDUL_FITRI) },
    { date: '2026-03-21', kind: LN, name: IDUL_FITRI },
    { date: '2026-03-22', kind: LN, name: IDUL_FITRI },
    { date: '2026-03-23', kind: CB, name: cuti(IDUL_FITRI) },
    { date: '2026-03-24', kind: CB, name: cuti(IDUL_FITRI) },
    { date: '2026-04-03', kind: LN, name: WAFAT_YESUS },
    { date: '2026-04-05', kind: LN, name: PASKAH },
    { date: '2026-05-01', kind: LN, name: HARI_BURUH },
    { date: '2026-05-14', kind: LN, name: KENAIKAN },
    { date: '2026-05-15', kind: CB, name: cuti(KENAIKAN) },
    { date: '2026-05-27', kind: LN, name: IDUL_ADHA },
    { date: '2026-05-28', kind: CB, name: cuti(IDUL_ADHA) },
    { date: '2026-05-31', kind: LN, name: WAISAK },
    { date: '2026-06-01', kind: LN, name: PANCASILA },
    { date: '2026-06-16', kind: LN, name: TAHUN_BARU_ISLAM },
    { date: '2026-08-17', kind: LN, name: KEMERDEKAAN },
    { date: '2026-08-25', kind: LN, name: MAULID },
    { date: '2026-12-24', kind: CB, name: cuti(NATAL) },
    { date: '2026-12-25', kind: LN, name: NATAL },
  ],
};

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * The built-in years of the working-day calendar (2025 and 2026), exactly as the working text lists them.
 * Frozen: build a calendar with `createCalendar` to add or replace years.
 */
export const builtInYears: readonly CalendarYear[] = deepFreeze([year2025, year2026]);
