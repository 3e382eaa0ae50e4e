import { memoizeOne } from '../memo.js';
import type { Bilingual, DateString, Lang } from '../types.js';

const MONTHS: Record<Lang, readonly string[]> = {
  id: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** `2025-07-01` as `1 Jul 2025` (Indonesian `1 Agu 2025`). */
export function formatDate(date: DateString, lang: Lang): string {
  if (date.length === 10 && date[4] === '-' && date[7] === '-') {
    // the common case, without the array of split (hundreds of calls per village in a batch)
    return `${Number(date.slice(8, 10))} ${MONTHS[lang][Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
  }
  const [y, m, d] = date.split('-');
  return `${Number(d)} ${MONTHS[lang][Number(m) - 1]} ${y}`;
}

/** A date in both languages. */
export function dates(date: DateString): Bilingual {
  return { id: formatDate(date, 'id'), en: formatDate(date, 'en') };
}

const LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-US' };
/** One `Intl.NumberFormat` per language and number of decimals (`id2`). */
const numberFormat = memoizeOne(
  (key: string) =>
    new Intl.NumberFormat(LOCALE[key.slice(0, 2) as Lang], { maximumFractionDigits: Number(key.slice(2)) }),
);

/**
 * A number as each language writes it, everywhere a person reads one (messages, text, Markdown, HTML, CSV
 * summaries, progress): Indonesian `83.763` and `0,8`, English `83,763` and `0.8`. At most `fractionDigits`
 * decimals (default 10: a parameter's value is shown as the regulation states it), none added.
 */
export function formatNumber(n: number, lang: Lang, fractionDigits = 10): string {
  // the common case in a batch: a small whole count, the same in both languages
  if (Number.isInteger(n) && n > -1000 && n < 1000) return String(n);
  return numberFormat(`${lang}${fractionDigits}`).format(n);
}

/** A share as a whole percentage: 0.2222 → `22%`; a share that is not whole keeps one decimal (`33,3%`). */
export function percent(share: number, lang: Lang): string {
  return `${formatNumber(Math.round(share * 1000) / 10, lang, 1)}%`;
}

/** A ratio rounded to 4 decimals, as the verdict's `values` show it. */
export function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

/** A list in prose: `a, b dan c` / `a, b and c`. */
export function list(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'id' ? 'dan' : 'and';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** Builds a bilingual text from one function of the language. */
export function bilingual(f: (lang: Lang) => string): Bilingual {
  return { id: f('id'), en: f('en') };
}

/** The text with its first letter capitalised. */
export function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Joins the parts of a message per language into one sentence: `A; b; c.` */
export function sentence(parts: readonly Bilingual[]): Bilingual {
  return bilingual((l) => `${capitalised(parts.map((p) => p[l]).join('; '))}.`);
}

/** `28-02-2026`: the numeric date form of some messages (Pasal 6, 7 and 9 quote dates so). */
export function dmy(date: DateString): string {
  return `${date.slice(8, 10)}-${date.slice(5, 7)}-${date.slice(0, 4)}`;
}
