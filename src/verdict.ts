import type { ExplainValue, ObligationResult } from './define.js';
import type { EvaluationResult } from './schema/village.js';
import type { Bilingual, DateString, Provenance, Verdict } from './types.js';

/** One judged provision. */
export interface Finding {
  citation: string;
  verdict: Verdict;
  message: Bilingual;
  values: Record<string, ExplainValue>;
  provenance: Provenance;
  /**
   * The provenance of each parameter its condition reads (directly, or through a fact that reads it), by name:
   * a [PUB] criterion with an [ASM] threshold shows both. Absent when it turns on no parameter or was not judged.
   */
  parameterProvenance?: Record<string, Provenance>;
  /** When unknown: the input paths whose absence made it so. */
  missing?: string[];
  /** When not applied because an exception displaced it: the excepting provision. */
  displacedBy?: string;
}

/** One article and its findings. */
export interface ArticleVerdict {
  /** `17`; an article an amendment inserts is a string label: `'17A'` (sorts between 17 and 18). */
  article: number | string;
  title: Bilingual;
  verdict: Verdict;
  findings: Finding[];
}

/** One obligation with its due date and status (`interface.md`): what an obligation rule lists. */
export type Obligation = ObligationResult;

/** One Calon PMI judged under Pasal 9. */
export interface CandidateVerdict {
  name: string;
  /** Masked: at most the first 4 and last 2 digits. */
  nik: string | null;
  verdict: Verdict;
  findings: Finding[];
  /** Requirements of Pasal 9 ayat (2) not yet fulfilled (information only). */
  outstanding: string[];
}

export type DesignationStatus = 'not_designated' | 'active' | 'expired';
export type { EvaluationResult };

/** The status block of a verdict. */
export interface VerdictStatus {
  eligibility: Verdict;
  pocket: boolean | null;
  designation: DesignationStatus;
  evaluationResult: EvaluationResult | null;
  revocationRecommended: boolean;
}

/** The verdict document of `interface.md`. */
export interface VerdictDocument {
  regulation: { title: string; version: string; amendment: string | null };
  asOf: DateString;
  inForce: boolean;
  village: { code: string; name: string; kind: 'desa' | 'desa-adat' | 'kelurahan' };
  status: VerdictStatus;
  articles: ArticleVerdict[];
  obligations: Obligation[];
  candidates: CandidateVerdict[];
}
