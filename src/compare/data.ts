// `dme compare DATA --amendment FILE`: the national impact of an amendment on a batch input (JSONL, a CSV
// folder, an XLSX workbook). The batch pipeline (worker threads, input order, refused records counted) judges
// each record once read and validated under both texts; this gathers its lines and counts into one report.

import type { BatchError, BatchItem } from '../batch/judge.js';
import { isRefused, linesWritable } from '../batch/lines.js';
import { type BatchOptions, runBatch } from '../batch/run.js';
import type { Tally } from '../batch/summary.js';
import { type RunInfo, runInfo, textInfo } from '../provenance.js';
import type { Regulation } from '../regulation.js';
import type { DateString, Lang } from '../types.js';
import {
  type ComparisonReport,
  diffParameters,
  diffProvisions,
  type OutcomeCounts,
  type ParameterDiff,
  type ProvisionDiff,
  referenceDateOf,
  type SideProvenance,
} from './index.js';
import {
  type AreaChanges,
  addChangeCounts,
  type ChangeCounts,
  emptyChangeCounts,
  emptyComparisonTally,
  type NationalChange,
  STATUS_FIELDS,
} from './national.js';

/** A citation whose verdict changed, with how many villages it changed in. */
export interface Driver {
  citation: string;
  /** Villages whose status (eligibility, designation, evaluation result, revocation) changed with it. */
  status: number;
  /** Villages in which its verdict changed at all. */
  anyVerdict: number;
  /** The amended provision it falls under, if its wording, condition or exception changed. */
  provision: string | null;
  /** Its provenance before and after (the provision's and its parameters'), as a changed village showed it. */
  before?: SideProvenance;
  after?: SideProvenance;
}

/** The national impact of an amendment. */
export interface NationalComparison {
  run: RunInfo;
  base: ComparisonReport['base'];
  amended: ComparisonReport['amended'];
  referenceDate: DateString;
  asOf: DateString;
  /** Villages judged under both texts (records refused are not among them). */
  villages: number;
  refused: Tally['invalid'];
  changed: ChangeCounts;
  outcomes: OutcomeCounts[];
  provinces: (ChangeCounts & { province: string })[];
  regencies: AreaChanges[];
  /** Citations whose verdict changed, by the villages whose status changed with them, then by all. */
  drivers: Driver[];
  /** Every village whose verdict changed, in input order. */
  changes: NationalChange[];
  refusedRecords: BatchError[];
  provisions: ProvisionDiff[];
  parameters: ParameterDiff[];
}

/** What a comparison on data needs besides the records. */
export interface CompareDataOptions
  extends Omit<BatchOptions, 'detail' | 'amended' | 'amendedFile' | 'regulation' | 'amendment'> {
  base: Regulation;
  /** The amendment file of the base text (`--base`), if any: worker threads load it. */
  baseFile?: string;
  amended: Regulation;
  amendedFile: string;
  /** What produced the comparison (default: this package, the two texts with their files' hashes, now). */
  run?: RunInfo;
  lang: Lang;
}

const byName = new Intl.Collator('id');

function side(r: Regulation): ComparisonReport['base'] {
  return {
    title: r.title,
    amendment: r.amendment?.title ?? null,
    description: r.amendment?.description ?? null,
  };
}

/** Judges every record under both texts (worker threads, as `dme batch`) and reports what changed. */
export async function compareData(
  items: AsyncIterable<BatchItem>,
  options: CompareDataOptions,
): Promise<NationalComparison> {
  const changes: NationalChange[] = [];
  const refusedRecords: BatchError[] = [];
  const sink = linesWritable((lines) => {
    for (const line of lines as unknown as (NationalChange | BatchError)[]) {
      if (isRefused(line as never)) refusedRecords.push(line as BatchError);
      else changes.push(line as NationalChange);
    }
  });
  const { base, baseFile, amended, amendedFile, run: given, ...batch } = options;
  const run =
    given ?? runInfo(await textInfo(amended, amendedFile), options.asOf, await textInfo(base, baseFile));
  const tally = await runBatch(items, sink, {
    ...batch,
    regulation: base,
    ...(baseFile ? { amendment: baseFile } : {}),
    amended,
    amendedFile,
  });
  await new Promise<void>((resolve, reject) => sink.end((e?: Error | null) => (e ? reject(e) : resolve())));
  const counted = tally.comparison ?? emptyComparisonTally();
  const referenceDate = referenceDateOf(base, amended);
  const provisions = diffProvisions(base, amended, referenceDate);
  const provinces = new Map<string, ChangeCounts & { province: string }>();
  for (const area of Object.values(counted.areas)) {
    let p = provinces.get(area.province);
    if (!p) {
      p = { province: area.province, ...emptyChangeCounts() };
      provinces.set(area.province, p);
    }
    addChangeCounts(p, area);
  }
  const provisionOf = (citation: string) =>
    changes.flatMap((c) => c.citations).find((c) => c.citation === citation)?.provision ?? null;
  return {
    run,
    base: side(base),
    amended: side(amended),
    referenceDate,
    asOf: options.asOf,
    villages: tally.judged,
    refused: tally.invalid,
    changed: counted.changed,
    outcomes: STATUS_FIELDS.map((field) => ({
      field,
      before: counted.outcomes[field].before,
      after: counted.outcomes[field].after,
    })),
    provinces: [...provinces.values()].sort(
      (a, b) => b.status - a.status || b.anyVerdict - a.anyVerdict || byName.compare(a.province, b.province),
    ),
    regencies: Object.values(counted.areas).sort(
      (a, b) =>
        b.status - a.status ||
        b.anyVerdict - a.anyVerdict ||
        byName.compare(a.province, b.province) ||
        byName.compare(a.regency, b.regency),
    ),
    drivers: Object.entries(counted.drivers)
      .map(([citation, d]) => ({ citation, ...d, provision: provisionOf(citation) }))
      .sort(
        (a, b) =>
          b.status - a.status || b.anyVerdict - a.anyVerdict || byName.compare(a.citation, b.citation),
      ),
    changes,
    refusedRecords,
    provisions,
    parameters: diffParameters(base, amended),
  };
}

/** How many records of a comparison were refused. */
export function refusedCount(r: NationalComparison): number {
  return Object.values(r.refused).reduce((a, b) => a + b, 0);
}
