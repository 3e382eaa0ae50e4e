// desa-migran-emas — the public API.

export { candidateFacts, villageFacts } from '../rules/facts.js';
export { type VillageKind, villageKindOf } from '../rules/pasal-01/facts.js';
export {
  type Amendment,
  type AmendmentChange,
  applyAmendment,
  loadAmendment,
  parseAmendment,
  validateAmendment,
} from './amendment/index.js';
// National-scale runs (`dme batch`): official village codes, streaming JSONL and spreadsheets, worker threads.
export {
  type Area,
  checkVillageCode,
  type OfficialVillage,
  officialVillages,
  type VillageList,
} from './area/index.js';
export { jsonlFile, jsonlItems } from './batch/jsonl.js';
export type { BatchError, BatchIssue, BatchItem, BatchVerdict } from './batch/judge.js';
export { type BatchOptions, runBatch } from './batch/run.js';
export { spreadsheetItems, writeTemplate } from './batch/spreadsheet.js';
export { formatSummary, type Tally } from './batch/summary.js';
export type { Calendar, CalendarYear, HolidayDay } from './calendar/index.js';
export {
  addWorkingDays,
  createCalendar,
  defaultCalendar,
  isWorkingDay,
  loadCalendarFile,
  workingDaysBetween,
} from './calendar/index.js';
export { type VerifyCandidateOptions, verifyCandidate } from './candidates.js';
export { formatComparisonMarkdown, formatComparisonText } from './compare/format.js';
export { type CompareInput, type ComparisonReport, compareRegulations } from './compare/index.js';
export {
  isSchemaName,
  type JsonSchema,
  jsonSchema,
  SCHEMA_NAMES,
  type SchemaName,
} from './contract/json-schema.js';
export { type CoverageReport, coverageOf } from './coverage.js';
export type {
  ArticleDef,
  ExceptionApplication,
  ExceptionDef,
  ExplainContext,
  ExplainValue,
  Explanation,
  FindingDef,
  ObligationContext,
  ObligationDef,
  ObligationResult,
  ParamInForce,
  Party,
  Provision,
  RuleContext,
  Subject,
} from './define.js';
export { defineArticle } from './define.js';
export type { AtLeast, Comparison, Condition, FindingRef, Operator, ParamRef } from './engine/condition.js';
export { OPERATORS } from './engine/condition.js';
export { evaluateKleene, type Outcome } from './engine/kleene.js';
export { formatIssue, InputError, type InputIssue, maskNik } from './errors.js';
export { combineVerdicts } from './evaluate/judge.js';
export { type EvaluateOptions, evaluate } from './evaluate.js';
export { articleDocs, formatArticle, formatArticles } from './literate.js';
export { type ParameterDef, type ParamValue, valueOn } from './parameters.js';
export { buildRegulation, citationWithin, parametersOn, type Regulation } from './regulation.js';
export { formatCoverageMarkdown, formatCoverageText } from './report/coverage.js';
export { formatComparisonHtml } from './report/html.js';
export { formatMarkdown, formatText } from './report/text.js';
export { articles, shippedRegulation } from './rules.js';
export {
  compareWithExpectations,
  type Mismatch,
  runScenario,
  runScenarios,
  type ScenarioResult,
} from './scenarios.js';
export type { Candidate, Member, Scenario, VillageRecord } from './schema/index.js';
export {
  candidateSchema,
  memberSchema,
  parseScenario,
  parseVillage,
  scenarioSchema,
  villageSchema,
} from './schema/index.js';
export { findingSchema, obligationSchema, verdictSchema } from './schema/verdict.js';
export type { Bilingual, DateString, Lang, ObligationStatus, Provenance, Verdict } from './types.js';
export type {
  ArticleVerdict,
  CandidateVerdict,
  Finding,
  Obligation,
  VerdictDocument,
  VerdictStatus,
} from './verdict.js';
