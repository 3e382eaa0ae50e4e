import type { CandidateFactName, CandidateFacts, VillageFactName, VillageFacts } from '../rules/facts.js';
import type { Calendar } from './calendar/index.js';
import type { Condition } from './engine/condition.js';
import type { FactDef, FactValues } from './facts/index.js';
import type { ParameterDef, ParamValue } from './parameters.js';
import type { Candidate, VillageRecord } from './schema/index.js';
import type { DesignationStatus, Finding, Obligation, Party } from './schema/verdict.js';
import type { EvaluationResult } from './schema/village.js';
import type { Bilingual, DateString, Provenance, Verdict } from './types.js';

/** What a rule judges: the village as a whole, or each Calon PMI in it (Pasal 9). */
export type Subject = 'village' | 'candidate';

/** The facts a rule about `S` may read. */
export type FactDefsOf<S extends Subject> = S extends 'village' ? VillageFacts : CandidateFacts;
/** The names of those facts. */
export type FactNameOf<S extends Subject> = S extends 'village' ? VillageFactName : CandidateFactName;
/** What a rule about `S` judges: the village record or one Calon PMI. */
export type InputOf<S extends Subject> = S extends 'village' ? VillageRecord : Candidate;

/** One unit of the law's text (pasal, ayat, huruf or angka) with its provenance. */
export interface Provision {
  /** `Pasal 4 ayat (1) huruf b`, `Pasal 1 angka 12`, `Pasal 11`. */
  citation: string;
  /** The wording as in the working text. */
  text: string;
  provenance: Provenance;
  /** A finer provenance note, as the working text gives it: `count [ASM]`. */
  provenanceNote?: string;
  /** Why nothing is evaluated for this provision (set for declarative provisions only). */
  declarative?: Bilingual;
  /** Set when an amendment removed the provision: why. It is then no longer in the text ({@link RuleContext.inText}). */
  removed?: Bilingual;
}

/** A value shown in an explanation. */
export type ExplainValue = number | string | boolean | null | readonly (string | number)[];

/** What a finding's explanation may read. */
export interface ExplainContext<S extends Subject, P extends string> {
  verdict: 'met' | 'not_met';
  facts: FactValues<FactDefsOf<S>>;
  params: Readonly<Record<P, ParamValue>>;
  input: InputOf<S>;
  asOf: DateString;
  /** The first excluded day of the 12-month window (asOf − 12 months). */
  windowStart: DateString;
  verdictOf(citation: string): Verdict;
  /**
   * The judged findings within a citation (or the range `citation` sampai dengan `through`), as amended, in the
   * order of the text: what a reference to it covers (an added huruf included; a removed or displaced one is
   * there as not_applicable).
   */
  within(citation: string, through?: string): readonly Finding[];
  /** A parameter's value in force on the Tanggal Penilaian, with the date it applies from. */
  paramInForce(name: P): ParamInForce;
  /** A parameter's value in force on another day (the day of the event the provision counts from). */
  paramOn(name: P, date: DateString): ParamInForce;
}

/** A parameter's value in force on the Tanggal Penilaian, the date it applies from, and its source. */
export interface ParamInForce {
  value: ParamValue;
  /** The date from which this value applies. */
  since: DateString;
  reference: string;
  /** Whether the parameter has more than one dated value (then explanations say which one applied). */
  changes: boolean;
}

/** An explanation: the message (quoting the numbers and dates compared) and those values. */
export interface Explanation {
  message: Bilingual;
  values?: Record<string, ExplainValue>;
}

/** One encoded provision: a condition over documented facts, evaluated by json-rules-engine. */
export interface FindingDef<S extends Subject = Subject, P extends string = string> {
  /** The most precise unit it encodes. */
  citation: string;
  /** A short name, used when nothing more can be said (e.g. when it is unknown). */
  label: Bilingual;
  when: Condition<FactNameOf<S>, P>;
  explain(ctx: ExplainContext<S, P>): Explanation;
  /**
   * `requirement` (default), or `classification` (Pasal 3 ayat (2)): a classification never makes
   * anything fail; when it does not hold its verdict is `not_applicable`.
   */
  kind?: 'requirement' | 'classification';
  /**
   * Why the finding does not apply to this village on the Tanggal Penilaian (e.g. the village is not a
   * Desa Migran EMAS), or null when it applies. A finding that does not apply is `not_applicable` with
   * that message, and its condition is not judged.
   */
  notApplicable?(ctx: RuleContext): Bilingual | null;
  /** Set when an amendment removed the provision's condition: why (it is then never judged). */
  removed?: Bilingual;
}

/** Who must do something by a due date. */
export type { Party };

/** An obligation on the Tanggal Penilaian: the verdict document's `Obligation`, as an obligation rule lists it. */
export type ObligationResult = Obligation;

/** What a rule may read besides the facts: the record, the date, the parameters in force and the calendar. */
export interface RuleContext {
  record: VillageRecord;
  asOf: DateString;
  params: Readonly<Record<string, ParamValue>>;
  calendar: Calendar;
  /** A parameter's value in force on `asOf` with the date it applies from (undefined for an unknown name). */
  paramInForce(name: string): ParamInForce | undefined;
  /**
   * A parameter's value in force on another day: the day a provision applies to (the first day of a period, the
   * day of an event). A value that applies from 2027 never reaches a 2026 quarter or a 2026 complaint.
   */
  paramOn(name: string, date: DateString): ParamInForce | undefined;
  /**
   * Whether a provision is in the text as amended: false once an amendment removed it (or the ayat or article
   * that holds it). What a provision gives beyond its own findings (the validity of a designation) ends with it.
   */
  inText(citation: string): boolean;
  /**
   * Whether to explain (default true): false when the caller reads only verdicts, statuses and due dates (a
   * batch summary), and messages and values are left empty.
   */
  explain?: boolean;
}

/** What an obligation rule may read. */
export interface ObligationContext extends RuleContext {
  /**
   * Every village finding as judged on `asOf` before any exception displaced it, by citation: an obligation
   * may turn what a displaced provision still finds wrong into a duty (Pasal 17 over Pasal 7).
   */
  findings: ReadonlyMap<string, Finding>;
}

/** A rule that lists the obligations one provision imposes (periodic or per event). */
export interface ObligationDef {
  citation: string;
  party: Party;
  compute(ctx: ObligationContext): ObligationResult[];
}

/**
 * One application of an exception: what to say, and the days (inclusive) during which the displaced
 * provision is not applied. Without `from`/`to` it has no bound on that side.
 */
export interface ExceptionApplication {
  message: Bilingual;
  from?: DateString;
  to?: DateString;
}

/**
 * An exception: while it applies, the provisions it displaces are not applied. A displaced finding (a state
 * judged on the Tanggal Penilaian) is `not_applicable` with `displacedBy` when `asOf` lies in an application's
 * days (Pasal 17 over Pasal 7); a displaced obligation is not judged for a period that overlaps them (Pasal 15
 * ayat (4) over ayat (2)), and its article says which periods were displaced and by what.
 */
export interface ExceptionDef {
  /** The excepting provision. */
  citation: string;
  /** The citation (or citation prefix: `Pasal 7`) it displaces. */
  displaces: string;
  /** Where and when it applies to this village (none: null or an empty list), and what to say. */
  applies(ctx: RuleContext): ExceptionApplication | readonly ExceptionApplication[] | null;
}

/**
 * The outputs of the verdict's status block that an article decides, each from its own findings (so that an
 * amendment that changes, removes or displaces them reaches the status block too).
 */
export interface StatusDecisions {
  /**
   * Eligibility to be proposed: every finding within these citations (as amended: an added huruf too) must
   * hold; one that does not apply (removed, displaced) imposes nothing. Several articles' lists combine.
   */
  eligibility?: readonly string[];
  /** The classification finding whose verdict is the status block's `pocket` (null while it is unknown). */
  pocket?: string;
  /** Whether the village is a Desa Migran EMAS on the Tanggal Penilaian. */
  designation?: (ctx: RuleContext) => DesignationStatus;
  /** The evaluation result: the finding of each predicate; the first one met is the result (else null). */
  evaluationResult?: Readonly<Record<EvaluationResult, string>>;
  /** The finding whose verdict `met` recommends revocation (removed or displaced: never). */
  revocation?: string;
  /**
   * Entry into force: the date parameter from which the regulation applies; before it nothing is judged and
   * the message (with the article's citation) says why.
   */
  inForce?: { param: string; notYet(asOf: DateString, from: DateString): Bilingual };
  /** The provision under which a candidate article lists what is still outstanding (`outstanding`). */
  outstanding?: string;
}

/** An article's number: an integer, or an inserted article's label (`'17A'`, between Pasal 17 and 18). */
export type ArticleNumber = number | string;

/** One article of the regulation as a typed rule module. */
export interface ArticleDef<S extends Subject = Subject, P extends string = string> {
  /** Its number: `17`, or for an article an amendment inserts between two others, `'17A'` (UU 12/2011). */
  article: ArticleNumber;
  title: Bilingual;
  /** What its findings judge (default `village`). */
  subject?: S;
  /** Every ayat/huruf/angka of the article, in order, with its text and provenance. */
  provisions: Provision[];
  /** The encoding notes of the working text, as they apply to this module. */
  encoding?: Bilingual;
  parameters?: Record<P, ParameterDef>;
  findings?: FindingDef<S, P>[];
  obligations?: ObligationDef[];
  exceptions?: ExceptionDef[];
  /** The facts this article owns (rules/pasal-NN/facts.ts): those its conditions are the first to read. */
  facts?: Readonly<Record<string, FactDef<never>>>;
  /** Which outputs of the status block it decides. */
  decides?: StatusDecisions;
  /** Where its scenario fixtures are, from the package root (`fixtures/pasal-07`). */
  fixtures?: string;
  /**
   * For a `candidate` article: the requirements still outstanding for a Calon PMI, listed for information
   * (Pasal 9 ayat (2)), by document name (`passport`, `workVisa`).
   */
  outstanding?: (candidate: Candidate) => string[];
}

/**
 * Declares an article. Fact names in conditions are checked against the facts layer of its subject, and
 * parameter names against the article's own parameters.
 */
export function defineArticle<const P extends string = never, S extends Subject = 'village'>(
  def: Omit<ArticleDef<S, P>, 'findings'> & {
    parameters?: Record<P, ParameterDef>;
    findings?: FindingDef<S, NoInfer<P>>[];
  },
): ArticleDef<S, P> {
  return def;
}
