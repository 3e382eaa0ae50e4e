/** A text in the two languages of every output: Indonesian (`id`) and English (`en`). */
export interface Bilingual {
  id: string;
  en: string;
}

/** The output language. */
export type Lang = keyof Bilingual;

/** A finding's (or an article's, or a candidate's) verdict: three-valued, plus "does not apply". */
export type Verdict = 'met' | 'not_met' | 'unknown' | 'not_applicable';

/** Where a provision comes from (see the working text's provenance table). */
export type Provenance = 'UU18' | 'PUB' | 'ASM';

/** An obligation's status on the Tanggal Penilaian. */
export type ObligationStatus = 'met' | 'late' | 'overdue' | 'pending' | 'unknown';

/** A calendar date `YYYY-MM-DD`, with no time and no zone. */
export type DateString = string;
