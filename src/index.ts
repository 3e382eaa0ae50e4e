// desa-migran-emas — the public API.

export type { CandidateFactName, CandidateFacts, VillageFactName, VillageFacts } from '../rules/facts.js';
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
// Types that the public signatures above use (so that the API reference documents every one of them).
export {
  type ArticleChange,
  articleChangeSchema,
  type ConditionInput,
  type ExceptionChange,
  exceptionChangeSchema,
  type ParameterChange,
  type ProvisionChange,
  parameterChangeSchema,
  provisionChangeSchema,
} from './amendment/schema.js';
// National-scale runs (`dme batch`): official village codes, streaming JSONL and spreadsheets, worker threads.
export {
  type Area,
  checkVillageCode,
  type OfficialVillage,
  officialVillages,
  type VillageList,
} from './area/index.js';
export { jsonlFile, jsonlItems } from './batch/jsonl.js';
export type {
  BatchError,
  BatchErrorKind,
  BatchIssue,
  BatchItem,
  BatchVerdict,
  CellRef,
  Detail,
} from './batch/judge.js';
export type { LateObligation, SummaryRow, UnknownCitation } from './batch/row.js';
export { type BatchOptions, runBatch } from './batch/run.js';
export { spreadsheetItems, writeTemplate } from './batch/spreadsheet.js';
export type { AreaCounts, CitationCounts, ResultKey } from './batch/summary.js';
export { formatSummary, type Tally } from './batch/summary.js';
export type {
  AddWorkingDaysResult,
  CalendarGap,
  CreateCalendarOptions,
  WorkingDaysBetweenResult,
} from './calendar/calendar.js';
export type { HolidayKind } from './calendar/data.js';
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
export {
  type CompareDataOptions,
  compareData,
  type Driver,
  type NationalComparison,
} from './compare/data.js';
export { formatComparisonMarkdown, formatComparisonText } from './compare/format.js';
export type {
  CitationChange,
  DiffPart,
  OutcomeCounts,
  ParameterDiff,
  ProvisionDiff,
  Side,
  StatusChange,
  VillageChange,
} from './compare/index.js';
export { type CompareInput, type ComparisonReport, compareRegulations } from './compare/index.js';
export type {
  AreaChanges,
  ChangeCounts,
  ComparisonTally,
  DriverCounts,
  NationalChange,
  NationalCitationChange,
  StatusField,
  StatusValues,
} from './compare/national.js';
export { STATUS_FIELDS } from './compare/national.js';
export {
  isSchemaName,
  type JsonSchema,
  jsonSchema,
  SCHEMA_NAMES,
  type SchemaName,
} from './contract/json-schema.js';
export type {
  ComparisonCoverage,
  CoverageOptions,
  FindingCoverage,
  ObligationCoverage,
  ParameterCoverage,
} from './coverage.js';
export { type CoverageReport, coverageOf } from './coverage.js';
export type {
  ArticleDef,
  ArticleNumber,
  ExceptionApplication,
  ExceptionDef,
  ExplainContext,
  ExplainValue,
  Explanation,
  FactDefsOf,
  FactNameOf,
  FindingDef,
  InputOf,
  ObligationContext,
  ObligationDef,
  ObligationResult,
  ParamInForce,
  Party,
  Provision,
  RuleContext,
  StatusDecisions,
  Subject,
} from './define.js';
export { defineArticle } from './define.js';
export type {
  All,
  Any,
  AtLeast,
  Comparison,
  Condition,
  FactRef,
  FindingRef,
  Literal,
  Not,
  Operator,
  ParamRef,
} from './engine/condition.js';
export { OPERATORS } from './engine/condition.js';
export type { KleeneInputs } from './engine/kleene.js';
export { evaluateKleene, type Outcome } from './engine/kleene.js';
export { formatIssue, InputError, type InputIssue, maskNik } from './errors.js';
export type { EngineKind } from './evaluate/engines.js';
export { combineVerdicts } from './evaluate/judge.js';
export { type EvaluateOptions, evaluate } from './evaluate.js';
export type { FactContext, FactDef, FactType, FactValue, Missing } from './facts/fact.js';
export type { FactValues } from './facts/index.js';
export type { Format } from './literate.js';
export { articleDocs, formatArticle, formatArticles } from './literate.js';
export { loadRecord, loadScenario } from './load.js';
export type { DatedValue, RegisteredParameter, StatutoryBound } from './parameters.js';
export { type ParameterDef, type ParamValue, valueOn } from './parameters.js';
export type { AmendmentInfo, RunInfo, TextInfo } from './provenance.js';
export type { RegisteredFinding } from './regulation.js';
export { buildRegulation, citationWithin, parametersOn, type Regulation } from './regulation.js';
export { formatCoverageMarkdown, formatCoverageText } from './report/coverage.js';
export { formatComparisonHtml } from './report/html.js';
export { formatMarkdown, formatText } from './report/text.js';
export { articles, shippedRegulation } from './rules.js';
export type { ScenarioOptions } from './scenarios.js';
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
export { EVALUATION_RESULTS, type EvaluationResult } from './schema/village.js';
export type { Bilingual, DateString, Lang, ObligationStatus, Provenance, Verdict } from './types.js';
export type {
  ArticleVerdict,
  CandidateVerdict,
  DesignationStatus,
  Finding,
  Obligation,
  VerdictDocument,
  VerdictStatus,
} from './verdict.js';
