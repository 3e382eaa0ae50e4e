// The national impact of an amendment: every village of a batch input judged under two texts, once read and
// validated, without explanations (a comparison of outcomes needs verdicts). What changed is counted by
// province and regency and by the citations that changed; each changed village becomes one line.

import type { Area } from '../area/index.js';
import { evaluateRecord } from '../evaluate.js';
import { memoize } from '../memo.js';
import type { Regulation } from '../regulation.js';
import type { VillageRecord } from '../schema/index.js';
import type { VerdictDocument } from '../verdict.js';
import {
  diffProvisions,
  diffVerdicts,
  referenceDateOf,
  type SideProvenance,
  type StatusChange,
  sideProvenance,
} from './index.js';

/** The status fields whose change makes a village count as changed (as in the scenario comparison). */
export const STATUS_FIELDS = [
  'eligibility',
  'designation',
  'evaluationResult',
  'revocationRecommended',
] as const;
export type StatusField = (typeof STATUS_FIELDS)[number];

/** How many villages changed: per status field, in any of them (`status`), and in any verdict at all. */
export interface ChangeCounts {
  judged: number;
  eligibility: number;
  designation: number;
  evaluationResult: number;
  revocationRecommended: number;
  /** Villages with any of the four status fields changed. */
  status: number;
  /** Villages with any verdict changed: a status field, a finding, an obligation or a Calon PMI's finding. */
  anyVerdict: number;
}

/** The changes of one regency (`province` and `regency` empty for codes not in the official list). */
export interface AreaChanges extends ChangeCounts {
  province: string;
  regency: string;
}

/** How often a citation's verdict changed: in villages whose status changed, and in any changed village. */
export interface DriverCounts {
  status: number;
  anyVerdict: number;
  /** Its provenance before and after (the provision's and its parameters'), as a changed village showed it. */
  before?: SideProvenance;
  after?: SideProvenance;
}

/** What a national comparison counts (merged across chunks and worker threads). */
export interface ComparisonTally {
  changed: ChangeCounts;
  /** Outcomes of each status field before and after (`—` for no evaluation result). */
  outcomes: Record<StatusField, { before: Record<string, number>; after: Record<string, number> }>;
  /** By regency: `province` + U+0000 + `regency`. */
  areas: Record<string, AreaChanges>;
  /** By citation (of a finding or an obligation). */
  drivers: Record<string, DriverCounts>;
}

/** One citation of a changed village: its verdict (or obligation status) before and after. */
export interface NationalCitationChange {
  kind: 'finding' | 'obligation' | 'candidate';
  citation: string;
  /** An obligation's period, a Calon PMI's name. */
  detail: string | null;
  before: string | null;
  after: string | null;
  /** The amended provision it falls under, if its wording, condition or exception changed. */
  provision: string | null;
}

/** A village whose verdict changed (one line of the comparison's stream and of its table). */
export interface NationalChange {
  code: string;
  name: string;
  district: string | null;
  regency: string | null;
  province: string | null;
  /** The four status fields under each text (`null`: no evaluation result; all null when not in force). */
  before: StatusValues;
  after: StatusValues;
  /** Each status field that changed (also `pocket` and `inForce`), as the scenario comparison lists it. */
  status: StatusChange[];
  citations: NationalCitationChange[];
}

/** A village's status fields under one text. */
export type StatusValues = Record<StatusField, string | boolean | null>;

function statusValues(doc: VerdictDocument): StatusValues {
  return {
    eligibility: doc.status.eligibility,
    designation: doc.status.designation,
    evaluationResult: doc.status.evaluationResult,
    revocationRecommended: doc.status.revocationRecommended,
  };
}

export function emptyChangeCounts(): ChangeCounts {
  return {
    judged: 0,
    eligibility: 0,
    designation: 0,
    evaluationResult: 0,
    revocationRecommended: 0,
    status: 0,
    anyVerdict: 0,
  };
}

export function emptyComparisonTally(): ComparisonTally {
  const sides = () => ({ before: {}, after: {} });
  return {
    changed: emptyChangeCounts(),
    outcomes: {
      eligibility: sides(),
      designation: sides(),
      evaluationResult: sides(),
      revocationRecommended: sides(),
    },
    areas: {},
    drivers: {},
  };
}

const COUNTED = Object.keys(emptyChangeCounts()) as (keyof ChangeCounts)[];

/** Adds `b`'s counts into `a` (only the counts: an area's names stay). */
export function addChangeCounts(a: ChangeCounts, b: ChangeCounts): void {
  for (const k of COUNTED) a[k] += b[k];
}

function addRecord(a: Record<string, number>, b: Record<string, number>): void {
  for (const [k, n] of Object.entries(b)) a[k] = (a[k] ?? 0) + n;
}

/** Adds `b` into `a`. */
export function addComparisonTally(a: ComparisonTally, b: ComparisonTally): void {
  addChangeCounts(a.changed, b.changed);
  for (const f of STATUS_FIELDS) {
    addRecord(a.outcomes[f].before, b.outcomes[f].before);
    addRecord(a.outcomes[f].after, b.outcomes[f].after);
  }
  for (const [key, area] of Object.entries(b.areas)) {
    const mine = a.areas[key];
    if (mine) addChangeCounts(mine, area);
    else a.areas[key] = { ...area };
  }
  for (const [citation, d] of Object.entries(b.drivers)) {
    const mine = a.drivers[citation];
    if (mine) {
      mine.status += d.status;
      mine.anyVerdict += d.anyVerdict;
      if (!mine.before && d.before) mine.before = d.before;
      if (!mine.after && d.after) mine.after = d.after;
    } else a.drivers[citation] = { ...d };
  }
}

const show = (v: unknown) => (v === null || v === undefined ? '—' : String(v));

/** The provisions that differ between two texts (once per pair of texts, in each thread). */
const provisionsBetween = memoize((base: Regulation, amended: Regulation) =>
  diffProvisions(base, amended, referenceDateOf(base, amended)),
);

/**
 * Judges one validated village under both texts, counts it into `tally`, and returns its change line (null
 * when no verdict changed).
 */
export async function compareVillage(
  village: VillageRecord,
  area: Area | undefined,
  base: Regulation,
  amended: Regulation,
  asOf: string,
  tally: ComparisonTally,
): Promise<NationalChange | null> {
  const options = { asOf, engine: 'compiled' as const, explain: false };
  const before = await evaluateRecord(village, { ...options, regulation: base });
  const after = await evaluateRecord(village, { ...options, regulation: amended });
  return countComparison(before, after, area, provisionsBetween(base, amended), tally);
}

function countComparison(
  before: VerdictDocument,
  after: VerdictDocument,
  area: Area | undefined,
  provisions: ReturnType<typeof diffProvisions>,
  tally: ComparisonTally,
): NationalChange | null {
  const one = emptyChangeCounts();
  one.judged = 1;
  for (const f of STATUS_FIELDS) {
    const b = before.inForce ? show(before.status[f]) : 'not_in_force';
    const a = after.inForce ? show(after.status[f]) : 'not_in_force';
    tally.outcomes[f].before[b] = (tally.outcomes[f].before[b] ?? 0) + 1;
    tally.outcomes[f].after[a] = (tally.outcomes[f].after[a] ?? 0) + 1;
  }
  const diff = diffVerdicts(before, after, provisions);
  const status = diff.status.filter((s) => (STATUS_FIELDS as readonly string[]).includes(s.field));
  for (const s of status) one[s.field as StatusField]++;
  if (status.length > 0) one.status = 1;
  const changed = diff.status.length > 0 || diff.citations.length > 0;
  if (changed) one.anyVerdict = 1;
  addChangeCounts(tally.changed, one);
  const province = area?.province ?? '';
  const regency = area?.regency ?? '';
  const key = `${province}\u0000${regency}`;
  const mine = tally.areas[key];
  if (mine) addChangeCounts(mine, one);
  else tally.areas[key] = { province, regency, ...one };
  if (!changed) return null;
  const counted = new Set<string>();
  for (const c of diff.citations) {
    if (counted.has(c.citation)) continue;
    counted.add(c.citation);
    let d = tally.drivers[c.citation];
    if (!d) {
      d = { status: 0, anyVerdict: 0 };
      tally.drivers[c.citation] = d;
    }
    d.anyVerdict++;
    if (status.length > 0) d.status++;
    if (!d.before) {
      const p = sideProvenance(c.before);
      if (p) d.before = p;
    }
    if (!d.after) {
      const p = sideProvenance(c.after);
      if (p) d.after = p;
    }
  }
  return {
    code: after.village.code,
    name: after.village.name,
    district: area?.district ?? null,
    regency: area?.regency ?? null,
    province: area?.province ?? null,
    before: statusValues(before),
    after: statusValues(after),
    status: diff.status,
    citations: diff.citations.map((c) => ({
      kind: c.kind,
      citation: c.citation,
      detail: c.detail,
      before: c.before?.verdict ?? null,
      after: c.after?.verdict ?? null,
      provision: c.provision,
    })),
  };
}
